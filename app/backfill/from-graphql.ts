import {
  fulfillmentEventPayload,
  orderPayload,
  type FulfillmentEventPayload,
  type OrderPayload,
} from "../ingest/payloads";
import type {
  GqlAddress,
  GqlFulfillment,
  GqlFulfillmentEvent,
  GqlLineItem,
  GqlOrder,
} from "../shopify-admin/orders-query";

/**
 * Turns Admin GraphQL nodes into the webhook payload shapes, so backfill and reconciliation go through
 * exactly the same ingestion (and the same ordering guards) as webhooks.
 */
export function orderFromGraphql(order: GqlOrder): OrderPayload {
  // Fulfillment line items are the order's line items: they take their images from there.
  const images = new Map(order.lineItems.nodes.map((item) => [item.id, item.image?.url ?? null]));
  return orderPayload.parse({
    id: order.legacyResourceId,
    name: order.name,
    email: order.email,
    phone: order.phone,
    customer_locale: order.customerLocale,
    created_at: order.createdAt,
    updated_at: order.updatedAt,
    processed_at: order.processedAt,
    cancelled_at: order.cancelledAt,
    cancel_reason: order.cancelReason?.toLowerCase() ?? null,
    financial_status: order.displayFinancialStatus?.toLowerCase() ?? null,
    fulfillment_status: fulfillmentStatus(order.displayFulfillmentStatus),
    customer: order.customer
      ? {
          id: order.customer.legacyResourceId,
          first_name: order.customer.firstName,
          last_name: order.customer.lastName,
        }
      : null,
    shipping_address: address(order.shippingAddress),
    line_items: order.lineItems.nodes.map((item) => lineItem(item, item.quantity, images)),
    fulfillments: order.fulfillments.map((f) => fulfillment(f, order.legacyResourceId, images)),
  });
}

export function eventsFromGraphql(order: GqlOrder): FulfillmentEventPayload[] {
  return order.fulfillments.flatMap((f) =>
    f.events.nodes.map((event) => fulfillmentEvent(event, f.legacyResourceId, order.legacyResourceId)),
  );
}

function fulfillment(f: GqlFulfillment, orderId: string, images: Map<string, string | null>) {
  return {
    id: f.legacyResourceId,
    order_id: orderId,
    name: f.name,
    status: f.status.toLowerCase(),
    created_at: f.createdAt,
    updated_at: f.updatedAt,
    tracking_company: f.trackingInfo[0]?.company ?? null,
    tracking_numbers: f.trackingInfo.map((t) => t.number).filter((n): n is string => !!n),
    tracking_urls: f.trackingInfo.map((t) => t.url).filter((u): u is string => !!u),
    // GraphQL has no shipment_status snapshot; the events below carry the same information.
    shipment_status: null,
    line_items: f.fulfillmentLineItems.nodes.map((n) => lineItem(n.lineItem, n.quantity, images)),
  };
}

function fulfillmentEvent(event: GqlFulfillmentEvent, fulfillmentId: string, orderId: string) {
  return fulfillmentEventPayload.parse({
    id: legacyId(event.id),
    fulfillment_id: fulfillmentId,
    order_id: orderId,
    status: event.status.toLowerCase(),
    message: event.message,
    happened_at: event.happenedAt,
    created_at: event.createdAt,
    city: event.city,
    province: event.province,
    country: event.country,
    zip: event.zip,
    address1: event.address1,
    latitude: event.latitude,
    longitude: event.longitude,
    estimated_delivery_at: event.estimatedDeliveryAt,
  });
}

function lineItem(item: GqlLineItem, quantity: number, images: Map<string, string | null>) {
  return {
    id: legacyId(item.id),
    title: item.title,
    variant_title: item.variantTitle,
    sku: item.sku,
    quantity,
    product_id: item.product?.legacyResourceId ?? null,
    variant_id: item.variant?.legacyResourceId ?? null,
    image_url: images.get(item.id) ?? null,
  };
}

function address(a: GqlAddress | null) {
  if (!a) return null;
  return {
    name: a.name,
    first_name: a.firstName,
    last_name: a.lastName,
    address1: a.address1,
    address2: a.address2,
    zip: a.zip,
    city: a.city,
    province: a.province,
    country_code: a.countryCodeV2,
    phone: a.phone,
  };
}

/** Webhooks say null where GraphQL says UNFULFILLED; keep one vocabulary in the database. */
function fulfillmentStatus(display: string | null): string | null {
  if (!display || display === "UNFULFILLED") return null;
  return display.toLowerCase();
}

/** "gid://shopify/FulfillmentEvent/123" → "123". */
export function legacyId(gid: string): string {
  const id = gid.slice(gid.lastIndexOf("/") + 1);
  if (!/^\d+$/.test(id)) throw new Error(`Not a Shopify global id: ${gid}`);
  return id;
}
