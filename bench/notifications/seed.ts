/**
 * Rows as the app writes them, built in memory and inserted in bulk: shops, orders with shipments and
 * their SHIPPED email outbox rows (dispatch), and a million active shipments with spread-out check
 * times (detection).
 */
import type { BenchDatabase, Value } from "./database";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Rows per insert transaction: large enough to amortise the commit, small enough to stay in memory. */
const CHUNK = 20_000;

const TIME_ZONES = [
  "America/New_York",
  "Europe/Berlin",
  "America/Los_Angeles",
  "Europe/London",
  "Asia/Tokyo",
];
/** Mostly English shoppers, the rest in each language the default templates ship in. */
const SHOPPER_LOCALES = ["en", "en", "en", "de", "fr", "es", "it", "nl"];

type Row = Record<string, Value>;

export const shopId = (s: number) => `bench-shop-${s}`;

/** Inserts `count` rows made by `row(i)` (all with the same keys), CHUNK rows per transaction. */
async function insertMany(db: BenchDatabase, table: string, count: number, row: (i: number) => Row) {
  for (let start = 0; start < count; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - start) }, (_, k) => row(start + k));
    const columns = Object.keys(rows[0]);
    await db.insert(
      table,
      columns,
      rows.map((r) => columns.map((c) => r[c])),
    );
  }
}

export async function seedShops(db: BenchDatabase, count: number, now: Date): Promise<void> {
  await insertMany(db, "Shop", count, (s) => ({
    id: shopId(s),
    domain: `parcelwise-bench-${s}.myshopify.com`,
    name: `Bench Shop ${s}`,
    email: `support@bench-${s}.example`,
    primaryLocale: "en",
    timezone: TIME_ZONES[s % TIME_ZONES.length],
    installedAt: now,
    createdAt: now,
    updatedAt: now,
  }));
}

const lineItems = (i: number) =>
  JSON.stringify([
    { id: `${i}1`, title: "Merino Crew Sweater", variantTitle: "M / Navy", quantity: 1 },
    { id: `${i}2`, title: "Wool Socks", variantTitle: null, quantity: 2 },
  ]);
const tracking = (i: number) => `1Z999AA1${String(i).padStart(10, "0")}`;

/**
 * One shop; `count` orders, each with a shipment shipped an hour ago and its pending SHIPPED email, as
 * ingest leaves them (the shop has no settings row: the default rules send SHIPPED by email).
 */
export async function seedOutbox(db: BenchDatabase, count: number, now: Date): Promise<void> {
  await seedShops(db, 1, now);
  const shop = shopId(0);
  const shippedAt = new Date(now.getTime() - HOUR);
  await insertMany(db, "Order", count, (i) => ({
    id: `o${i}`,
    shopId: shop,
    shopifyId: String(5_000_000_000 + i),
    name: `#${1001 + i}`,
    email: `shopper${i}@example.com`,
    customerFirstName: "Alex",
    customerLastName: `Doe${i}`,
    customerLocale: SHOPPER_LOCALES[i % SHOPPER_LOCALES.length],
    shippingCity: "Brooklyn",
    shippingProvince: "NY",
    shippingCountryCode: "US",
    lineItems: lineItems(i),
    processedAt: shippedAt,
    shopifyUpdatedAt: shippedAt,
    createdAt: shippedAt,
    updatedAt: shippedAt,
  }));
  await insertMany(db, "Shipment", count, (i) => ({
    id: `s${i}`,
    shopId: shop,
    orderId: `o${i}`,
    orderShopifyId: String(5_000_000_000 + i),
    shopifyId: String(7_000_000_000 + i),
    name: `#${1001 + i}.1`,
    fulfillmentStatus: "success",
    carrier: "UPS",
    trackingNumbers: JSON.stringify([tracking(i)]),
    trackingUrls: JSON.stringify([`https://www.ups.com/track?tracknum=${tracking(i)}`]),
    status: "IN_TRANSIT",
    statusAt: shippedAt,
    estimatedDeliveryAt: new Date(now.getTime() + 3 * DAY),
    destinationCity: "Brooklyn",
    destinationCountry: "US",
    lineItems: lineItems(i),
    shippedAt,
    shopifyUpdatedAt: shippedAt,
    checkAt: new Date(shippedAt.getTime() + DAY),
    createdAt: shippedAt,
    updatedAt: shippedAt,
  }));
  await insertMany(db, "Notification", count, (i) => {
    // Due a millisecond apart, in the order they were recorded.
    const at = new Date(shippedAt.getTime() + i);
    return {
      id: `n${i}`,
      shopId: shop,
      shipmentId: `s${i}`,
      milestone: "SHIPPED",
      channel: "email",
      occurrence: "",
      fallback: "[]",
      status: "PENDING",
      milestoneAt: shippedAt,
      context: "{}",
      dueAt: at,
      attempts: 0,
      createdAt: at,
      updatedAt: at,
    };
  });
}

export interface ActiveShipmentsPlan {
  shipments: number;
  shops: number;
  /** Fraction of shipments whose checkAt has passed. */
  dueFraction: number;
  /** checkAt of the rest: spread evenly over this many days from now. */
  spreadDays: number;
}

/**
 * Shipments in transit, without orders (detection never reads them). The due ones, every k-th row as
 * after months of ingest, are what a backlog holds in equal parts: an estimate that passed yesterday
 * (→ DELAYED), no scan for 4 days (→ STALLED), and an early check (scheduled with the 1-day minimum,
 * the shop's stall period not yet up → only rescheduled). The rest are scheduled as nextCheckAt would:
 * within a day by their last scan, later only by an estimate (stalled already, or a long stall period).
 */
export async function seedActiveShipments(db: BenchDatabase, plan: ActiveShipmentsPlan, now: Date) {
  await seedShops(db, plan.shops, now);
  // Shops 0, 5, 10 … stall after 2 days (their own settings row); the rest after the default 3.
  await insertMany(db, "NotificationSettings", Math.ceil(plan.shops / 5), (k) => ({
    shopId: shopId(k * 5),
    rules: "{}",
    stallDays: 2,
    createdAt: now,
    updatedAt: now,
  }));
  const due = Math.round(plan.shipments * plan.dueFraction);
  const step = due ? Math.floor(plan.shipments / due) : 0;
  const t = now.getTime();
  await insertMany(db, "Shipment", plan.shipments, (i) => {
    const kind = i % 3;
    let checkAt: number;
    let lastEventAt: number;
    let estimate: number | null;
    let stalledSince: number | null = null;
    if (step && i % step === 0 && i / step < due) {
      // Due up to an hour ago: the backlog of a worker that was down for a while.
      checkAt = t - 1 - ((i * 7919) % HOUR);
      lastEventAt = t - [1.5, 4, 1.2][kind] * DAY;
      estimate = kind === 0 ? t - DAY : t + 2 * DAY;
    } else {
      checkAt = t + 60_000 + ((i * 7919) % (plan.spreadDays * DAY));
      if (checkAt - DAY < t) {
        lastEventAt = checkAt - DAY;
        estimate = kind === 2 ? null : checkAt + DAY;
      } else {
        lastEventAt = t - 5 * DAY;
        stalledSince = t - 2 * DAY;
        estimate = checkAt;
      }
    }
    const shippedAt = Math.min(lastEventAt, t - 2 * DAY);
    return {
      id: `a${i}`,
      shopId: shopId(i % plan.shops),
      orderShopifyId: String(6_000_000_000 + i),
      shopifyId: String(8_000_000_000 + i),
      carrier: "USPS",
      trackingNumbers: JSON.stringify([tracking(i)]),
      status: "IN_TRANSIT",
      statusAt: new Date(lastEventAt),
      estimatedDeliveryAt: estimate === null ? null : new Date(estimate),
      lastEventAt: new Date(lastEventAt),
      shippedAt: new Date(shippedAt),
      shopifyUpdatedAt: new Date(lastEventAt),
      checkAt: new Date(checkAt),
      stalledSince: stalledSince === null ? null : new Date(stalledSince),
      createdAt: new Date(shippedAt),
      updatedAt: new Date(lastEventAt),
    };
  });
  return { due };
}
