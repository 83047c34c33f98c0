import type { ShopEvent, ShopFulfillment, ShopLineItem, ShopOrder } from "./model";

/**
 * REST resource JSON exactly as Shopify's webhooks deliver it (see app/ingest/payloads.ts for the
 * fields the app reads; the rest is here so payloads look like the real ones). Times are in the
 * shop's time zone with an offset, as Shopify writes them.
 */
export const SHOP_ID = 68421551234;
export const SHOP_TIME_ZONE = "Europe/Amsterdam";
const LOCATION_ID = 71554203906;

/** "2026-11-20T14:03:11+01:00". */
export function shopTime(date: Date): string {
  const offset = new Intl.DateTimeFormat("en", { timeZone: SHOP_TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(date)
    .find((part) => part.type === "timeZoneName")!
    .value.replace("GMT", "");
  const sign = offset.startsWith("-") ? -1 : 1;
  const [hours, minutes] = (offset.slice(1) || "00:00").split(":").map(Number);
  const local = new Date(date.getTime() + sign * (hours * 60 + (minutes || 0)) * 60_000);
  return local.toISOString().slice(0, 19) + (offset || "+00:00");
}

const gid = (type: string, id: number) => `gid://shopify/${type}/${id}`;

function lineItemJson(item: ShopLineItem) {
  return {
    id: item.id,
    admin_graphql_api_id: gid("LineItem", item.id),
    product_id: item.productId,
    variant_id: item.variantId,
    title: item.title,
    variant_title: item.variantTitle,
    name: `${item.title} - ${item.variantTitle}`,
    sku: item.sku,
    vendor: "Parcelwise Demo Goods",
    quantity: item.quantity,
    price: item.price,
    requires_shipping: true,
    fulfillment_service: "manual",
  };
}

function addressJson(order: ShopOrder) {
  const a = order.address;
  return {
    first_name: a.firstName,
    last_name: a.lastName,
    name: `${a.firstName} ${a.lastName}`,
    address1: a.address1,
    address2: a.address2,
    city: a.city,
    province: a.province,
    province_code: a.provinceCode,
    zip: a.zip,
    country: a.countryName,
    country_code: a.countryCode,
    phone: a.phone,
    company: null,
    latitude: a.lat,
    longitude: a.lng,
  };
}

export function fulfillmentJson(order: ShopOrder, f: ShopFulfillment) {
  return {
    id: f.id,
    admin_graphql_api_id: gid("Fulfillment", f.id),
    order_id: order.id,
    name: f.name,
    status: f.status,
    service: "manual",
    location_id: LOCATION_ID,
    created_at: shopTime(f.createdAt),
    updated_at: shopTime(f.updatedAt),
    tracking_company: f.company,
    tracking_number: f.trackingNumber,
    tracking_numbers: [f.trackingNumber],
    tracking_url: f.trackingUrl,
    tracking_urls: [f.trackingUrl],
    shipment_status: f.shipmentStatus,
    receipt: {},
    line_items: f.lineItems.map(lineItemJson),
    destination: addressJson(order),
  };
}

export function orderJson(order: ShopOrder) {
  const total = order.lineItems.reduce((sum, i) => sum + Number(i.price) * i.quantity, 0).toFixed(2);
  const a = order.address;
  return {
    id: order.id,
    admin_graphql_api_id: gid("Order", order.id),
    name: order.name,
    order_number: order.number,
    number: order.number - 1000,
    email: order.email,
    contact_email: order.email,
    phone: null,
    customer_locale: order.locale,
    created_at: shopTime(order.createdAt),
    updated_at: shopTime(order.updatedAt),
    processed_at: shopTime(order.createdAt),
    cancelled_at: null,
    cancel_reason: null,
    closed_at: null,
    confirmed: true,
    currency: order.currency,
    total_price: total,
    subtotal_price: total,
    financial_status: "paid",
    fulfillment_status: order.fulfillments.length ? "fulfilled" : null,
    tags: "",
    customer: {
      id: order.customerId,
      email: order.email,
      phone: a.phone,
      first_name: a.firstName,
      last_name: a.lastName,
    },
    shipping_address: addressJson(order),
    billing_address: addressJson(order),
    line_items: order.lineItems.map(lineItemJson),
    shipping_lines: [{ title: "Standard", code: "standard", price: "0.00" }],
    fulfillments: order.fulfillments.map((f) => fulfillmentJson(order, f)),
  };
}

export function eventJson(order: ShopOrder, f: ShopFulfillment, e: ShopEvent) {
  return {
    id: e.id,
    admin_graphql_api_id: gid("FulfillmentEvent", e.id),
    fulfillment_id: f.id,
    order_id: order.id,
    shop_id: SHOP_ID,
    status: e.status,
    message: e.message,
    happened_at: shopTime(e.happenedAt),
    created_at: shopTime(e.createdAt),
    updated_at: shopTime(e.createdAt),
    city: e.place.city,
    province: e.place.province,
    country: e.place.country,
    zip: e.place.zip,
    address1: e.address1,
    latitude: e.place.lat,
    longitude: e.place.lng,
    estimated_delivery_at: e.estimatedDeliveryAt ? shopTime(e.estimatedDeliveryAt) : null,
  };
}
