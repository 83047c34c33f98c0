/**
 * A big store for the storefront lookups, inserted in bulk as ingest would leave it: shops with their
 * offline sessions (the app-proxy check reads one per request), one order per shipment, each shipment's
 * tracking number in TrackingNumber, and a few scans for a sample of the shipments.
 */
import type { BenchDatabase, Value } from "../notifications/database";
import { seedShops, shopId } from "../notifications/seed";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Rows per insert transaction. */
const CHUNK = 20_000;

export interface StorePlan {
  shipments: number;
  shops: number;
  /** Every k-th shipment has scans (k = 1: all of them). */
  eventsEvery: number;
  eventsPerShipment: number;
}

/** What the lookups need to know about the seeded rows; everything follows from the row number i. */
export const shopDomain = (s: number) => `parcelwise-bench-${s}.myshopify.com`;
/** Order i belongs to shop i % shops and is that shop's (i / shops)-th order. */
export const orderName = (i: number, shops: number) => `#${1001 + Math.floor(i / shops)}`;
export const orderEmail = (i: number) => `shopper${i}@example.com`;
export const orderId = (i: number) => `o${i}`;
/** As Shopify sends them: a UPS-style number, upper-case, no spaces. */
export const trackingNumber = (i: number) => `1Z999AA1${String(i).padStart(10, "0")}`;

const STATUSES = ["IN_TRANSIT", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "DELIVERED", "PENDING"];
const EVENT_STATUSES = ["confirmed", "in_transit", "in_transit", "out_for_delivery", "delivered"];
const CANONICAL: Record<string, string> = {
  confirmed: "PENDING",
  in_transit: "IN_TRANSIT",
  out_for_delivery: "OUT_FOR_DELIVERY",
  delivered: "DELIVERED",
};
const CITIES = ["Louisville", "Memphis", "Chicago", "Newark", "Ontario"];

type Row = Record<string, Value>;

async function insertMany(db: BenchDatabase, table: string, count: number, row: (i: number) => Row | null) {
  for (let start = 0; start < count; start += CHUNK) {
    const rows: Row[] = [];
    for (let i = start; i < Math.min(start + CHUNK, count); i++) {
      const r = row(i);
      if (r) rows.push(r);
    }
    if (!rows.length) continue;
    const columns = Object.keys(rows[0]);
    await db.insert(
      table,
      columns,
      rows.map((r) => columns.map((c) => r[c])),
    );
  }
}

const lineItems = (i: number) =>
  JSON.stringify([
    { id: `${i}1`, title: "Merino Crew Sweater", variantTitle: "M / Navy", quantity: 1 },
    { id: `${i}2`, title: "Wool Socks", variantTitle: null, quantity: 2 },
  ]);

export async function seedStore(db: BenchDatabase, plan: StorePlan, now: Date, log: (m: string) => void) {
  const t = now.getTime();
  await seedShops(db, plan.shops, now);
  await insertMany(db, "Session", plan.shops, (s) => ({
    id: `offline_${shopDomain(s)}`,
    shop: shopDomain(s),
    state: "",
    scope: "read_orders,read_fulfillments,write_app_proxy",
    accessToken: `shpat_bench_${s}`,
  }));
  const shippedAt = (i: number) => new Date(t - (1 + (i % 10)) * DAY);
  await insertMany(db, "Order", plan.shipments, (i) => ({
    id: orderId(i),
    shopId: shopId(i % plan.shops),
    shopifyId: String(5_000_000_000 + i),
    name: orderName(i, plan.shops),
    email: orderEmail(i),
    phone: null,
    customerId: String(7_000_000 + (i % 400_000)),
    customerFirstName: "Alex",
    customerLastName: `Doe${i}`,
    customerLocale: "en",
    shippingName: `Alex Doe${i}`,
    shippingAddress1: `${i % 900} Main Street`,
    shippingZip: "11201",
    shippingCity: "Brooklyn",
    shippingProvince: "NY",
    shippingCountryCode: "US",
    financialStatus: "paid",
    fulfillmentStatus: "fulfilled",
    lineItems: lineItems(i),
    processedAt: shippedAt(i),
    shopifyUpdatedAt: shippedAt(i),
    createdAt: shippedAt(i),
    updatedAt: shippedAt(i),
  }));
  log(`seeded ${plan.shipments} orders`);
  await insertMany(db, "Shipment", plan.shipments, (i) => {
    const cancelled = i % 97 === 0;
    const status = cancelled ? "CANCELLED" : STATUSES[i % STATUSES.length];
    const at = shippedAt(i);
    return {
      id: `s${i}`,
      shopId: shopId(i % plan.shops),
      orderId: orderId(i),
      orderShopifyId: String(5_000_000_000 + i),
      shopifyId: String(8_000_000_000 + i),
      name: `${orderName(i, plan.shops)}.1`,
      fulfillmentStatus: cancelled ? "cancelled" : "success",
      carrier: "UPS",
      trackingNumbers: JSON.stringify([trackingNumber(i)]),
      trackingUrls: JSON.stringify([`https://www.ups.com/track?tracknum=${trackingNumber(i)}`]),
      status,
      statusAt: at,
      estimatedDeliveryAt: new Date(at.getTime() + 4 * DAY),
      deliveredAt: status === "DELIVERED" ? new Date(at.getTime() + 3 * DAY) : null,
      lastEventAt: at,
      destinationCity: "Brooklyn",
      destinationCountry: "US",
      lineItems: lineItems(i),
      shippedAt: at,
      shopifyUpdatedAt: at,
      checkAt: status === "DELIVERED" || cancelled ? null : new Date(t + (i % 30) * HOUR),
      createdAt: at,
      updatedAt: at,
    };
  });
  log(`seeded ${plan.shipments} shipments`);
  await insertMany(db, "TrackingNumber", plan.shipments, (i) => ({
    shopId: shopId(i % plan.shops),
    number: trackingNumber(i),
    shipmentId: `s${i}`,
  }));
  log(`seeded ${plan.shipments} tracking numbers`);
  const per = plan.eventsPerShipment;
  const sampled = Math.ceil(plan.shipments / plan.eventsEvery);
  await insertMany(db, "TrackingEvent", sampled * per, (n) => {
    const i = Math.floor(n / per) * plan.eventsEvery;
    const k = n % per;
    if (i >= plan.shipments) return null;
    const at = new Date(shippedAt(i).getTime() + (k + 1) * 6 * HOUR);
    return {
      id: `e${n}`,
      shopId: shopId(i % plan.shops),
      shipmentId: `s${i}`,
      fulfillmentShopifyId: String(8_000_000_000 + i),
      source: "shopify",
      externalId: String(9_000_000_000 + n),
      rawStatus: EVENT_STATUSES[k % EVENT_STATUSES.length],
      status: CANONICAL[EVENT_STATUSES[k % EVENT_STATUSES.length]],
      message: "Arrived at facility",
      happenedAt: at,
      recordedAt: at,
      city: CITIES[(i + k) % CITIES.length],
      country: "United States",
      createdAt: at,
    };
  });
  log(`seeded ${sampled * per} tracking events (${per} each for 1 in ${plan.eventsEvery} shipments)`);
}
