import type {
  GqlFulfillment,
  GqlLineItem,
  GqlOrder,
  OrdersQueryResult,
} from "../../app/shopify-admin/orders-query";
import type { ShopQueryResult } from "../../app/shopify-admin/shop-query";
import type { ShopFulfillment, ShopLineItem, ShopOrder } from "./model";
import type { ShopSettings } from "./shop";

/**
 * The app's two Admin GraphQL reads over the emulated shop, typed with the app's own response types so
 * the emulator cannot drift from what the app reads. `ParcelwiseOrders` supports what the app sends:
 * `first`, `after` (opaque keyset cursor), `query` with created_at/updated_at comparisons, sortKey
 * UPDATED_AT. `ParcelwiseShop` answers the shop's settings.
 */
const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
const gid = (type: string, id: number) => `gid://shopify/${type}/${id}`;

function lineItem(item: ShopLineItem): GqlLineItem {
  return {
    id: gid("LineItem", item.id),
    title: item.title,
    variantTitle: item.variantTitle,
    sku: item.sku,
    quantity: item.quantity,
    product: { legacyResourceId: String(item.productId) },
    variant: { legacyResourceId: String(item.variantId) },
  };
}

function fulfillment(f: ShopFulfillment): GqlFulfillment {
  // events(first: 10, sortKey: HAPPENED_AT, reverse: true): newest first.
  const events = [...f.events].sort((a, b) => b.happenedAt.getTime() - a.happenedAt.getTime()).slice(0, 10);
  return {
    legacyResourceId: String(f.id),
    name: f.name,
    status: f.status.toUpperCase(),
    createdAt: iso(f.createdAt),
    updatedAt: iso(f.updatedAt),
    trackingInfo: [{ company: f.company, number: f.trackingNumber, url: f.trackingUrl }],
    fulfillmentLineItems: {
      nodes: f.lineItems.map((i) => ({ quantity: i.quantity, lineItem: lineItem(i) })),
    },
    events: {
      nodes: events.map((e) => ({
        id: gid("FulfillmentEvent", e.id),
        status: e.status.toUpperCase(),
        message: e.message,
        happenedAt: iso(e.happenedAt),
        createdAt: iso(e.createdAt),
        city: e.place.city,
        province: e.place.province,
        country: e.place.country,
        zip: e.place.zip,
        address1: e.address1,
        latitude: e.place.lat,
        longitude: e.place.lng,
        estimatedDeliveryAt: e.estimatedDeliveryAt ? iso(e.estimatedDeliveryAt) : null,
      })),
    },
  };
}

export function toGqlOrder(order: ShopOrder): GqlOrder {
  const a = order.address;
  return {
    legacyResourceId: String(order.id),
    name: order.name,
    email: order.email,
    phone: null,
    customerLocale: order.locale,
    createdAt: iso(order.createdAt),
    updatedAt: iso(order.updatedAt),
    processedAt: iso(order.createdAt),
    cancelledAt: null,
    cancelReason: null,
    displayFinancialStatus: "PAID",
    displayFulfillmentStatus: order.fulfillments.length ? "FULFILLED" : "UNFULFILLED",
    customer: { legacyResourceId: String(order.customerId), firstName: a.firstName, lastName: a.lastName },
    shippingAddress: {
      name: `${a.firstName} ${a.lastName}`,
      firstName: a.firstName,
      lastName: a.lastName,
      address1: a.address1,
      address2: a.address2,
      zip: a.zip,
      city: a.city,
      province: a.province,
      countryCodeV2: a.countryCode,
      phone: a.phone,
    },
    lineItems: { nodes: order.lineItems.map(lineItem) },
    fulfillments: order.fulfillments.slice(0, 4).map(fulfillment),
  };
}

/** Shopify search syntax, the subset the app uses: `created_at:>='2026-…' updated_at:<…`. */
export function matchesSearch(order: ShopOrder, search: string | null | undefined): boolean {
  for (const [, field, op, value] of (search ?? "").matchAll(
    /(created_at|updated_at):(>=|<=|>|<)?'?([^'\s]+)'?/g,
  )) {
    const actual = (field === "created_at" ? order.createdAt : order.updatedAt).getTime();
    const bound = new Date(value).getTime();
    if (Number.isNaN(bound)) continue; // Shopify ignores what it cannot parse.
    const ok = { ">=": actual >= bound, "<=": actual <= bound, ">": actual > bound, "<": actual < bound }[
      op ?? ">="
    ];
    if (!ok) return false;
  }
  return true;
}

const cursorOf = (o: ShopOrder) =>
  Buffer.from(JSON.stringify([o.updatedAt.getTime(), o.id])).toString("base64url");
const afterCursor = (cursor: string) =>
  JSON.parse(Buffer.from(cursor, "base64url").toString()) as [number, number];

/** One page of `orders(first, after, query, sortKey: UPDATED_AT)`. */
export function ordersPage(orders: ShopOrder[], first: number, after: string | null, search: string | null) {
  const sorted = orders
    .filter((o) => matchesSearch(o, search))
    .sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime() || a.id - b.id);
  let start = 0;
  if (after) {
    const [time, id] = afterCursor(after);
    start = sorted.findIndex(
      (o) => o.updatedAt.getTime() > time || (o.updatedAt.getTime() === time && o.id > id),
    );
    if (start < 0) start = sorted.length;
  }
  const nodes = sorted.slice(start, start + first);
  const result: OrdersQueryResult = {
    orders: {
      pageInfo: {
        hasNextPage: start + first < sorted.length,
        endCursor: nodes.length ? cursorOf(nodes[nodes.length - 1]) : null,
      },
      nodes: nodes.map(toGqlOrder),
    },
  };
  return result;
}

/** Shopify's cost model, roughly: the connection sizes asked for up front, what was returned after. */
export function queryCost(first: number, result: OrdersQueryResult): { requested: number; actual: number } {
  const requested = 2 + first * (1 + 20 + 4 * (1 + 20 + 10));
  const actual = result.orders.nodes.reduce(
    (sum, o) =>
      sum +
      1 +
      o.lineItems.nodes.length +
      o.fulfillments.reduce((s, f) => s + 1 + f.fulfillmentLineItems.nodes.length + f.events.nodes.length, 0),
    2,
  );
  return { requested, actual };
}

/** `shop { name contactEmail ianaTimezone currencyCode }`. */
export function shopResult(settings: ShopSettings): ShopQueryResult {
  return { shop: { ...settings } };
}

/** Shopify charges 1 point for an object and nothing for its scalar fields. */
export const SHOP_QUERY_COST = { requested: 1, actual: 1 };
