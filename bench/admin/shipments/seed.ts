/**
 * A shop with a long history for the admin's shipments list, inserted in bulk: mostly delivered, a few
 * percent in each problem state, some late, one dominant carrier and a rare one, batches of shipments
 * fulfilled in the same second (ties on shippedAt), each with its order and tracking number. A second,
 * smaller shop shares the tables, so every query must keep to its shop.
 */
import type { BenchDatabase, Value } from "../../notifications/database";
import { seedShops, shopId } from "../../notifications/seed";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const CHUNK = 20_000;

export interface ShipmentsStorePlan {
  /** Shipments of the measured shop (shop 0). */
  shipments: number;
  /** Shipments of the other shop (shop 1). */
  otherShipments: number;
}

export const shopDomain = (s: number) => `parcelwise-bench-${s}.myshopify.com`;
export const orderName = (i: number) => `#${100_001 + i}`;
export const orderEmail = (i: number) => `shopper${i}@example.com`;
export const trackingNumber = (i: number) => `1Z999AA1${String(i).padStart(10, "0")}`;
/** Three shipments per fulfillment batch share a second; a batch every 10 minutes, newest first. */
export const shippedAt = (i: number, now: number) => new Date(now - Math.floor(i / 3) * 10 * MINUTE - DAY);

/** Status by i % 100: 80 % delivered, the rest on the way or in trouble. */
export function statusOf(i: number): string {
  const k = i % 100;
  if (k < 80) return "DELIVERED";
  if (k < 88 || k === 99) return "IN_TRANSIT";
  if (k < 91) return "PENDING";
  if (k < 93) return "OUT_FOR_DELIVERY";
  return ["DELAYED", "ATTEMPTED_DELIVERY", "EXCEPTION", "READY_FOR_PICKUP", "CANCELLED", "CANCELLED"][k - 93];
}

/**
 * UPS half, DHL Express 30 %, FedEx 15 %, USPS 4 %, Royal Mail 1 %: one carrier per hundred shipments,
 * so every carrier has every status (statusOf cycles within the hundred).
 */
export function carrierOf(i: number): string {
  const block = Math.floor(i / 100);
  if (block % 100 === 19) return "Royal Mail";
  const k = block % 20;
  return k < 10 ? "UPS" : k < 16 ? "DHL Express" : k < 19 ? "FedEx" : "USPS";
}

/** One in four unfinished shipments is late; one in twenty delivered ones arrived late. */
function lateSince(i: number, status: string, at: Date): Date | null {
  const late = status === "DELIVERED" ? i % 20 === 7 : status !== "CANCELLED" && i % 4 === 1;
  return late ? new Date(at.getTime() + 5 * DAY) : null;
}

type Row = Record<string, Value>;

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

export async function seedShipmentsStore(
  db: BenchDatabase,
  plan: ShipmentsStorePlan,
  now: Date,
  log: (m: string) => void,
) {
  const t = now.getTime();
  await seedShops(db, 2, now);
  await insertMany(db, "Session", 2, (s) => ({
    id: `offline_${shopDomain(s)}`,
    shop: shopDomain(s),
    state: "",
    scope: "read_orders,read_fulfillments",
    accessToken: `shpat_bench_${s}`,
  }));
  const total = plan.shipments + plan.otherShipments;
  // Rows 0 … shipments-1 are shop 0's; the rest shop 1's.
  const shop = (i: number) => shopId(i < plan.shipments ? 0 : 1);
  await insertMany(db, "Order", total, (i) => ({
    id: `o${i}`,
    shopId: shop(i),
    shopifyId: String(5_000_000_000 + i),
    name: orderName(i),
    email: orderEmail(i),
    customerFirstName: "Alex",
    customerLastName: `Doe${i}`,
    shippingCountryCode: "US",
    lineItems: "[]",
    shopifyUpdatedAt: shippedAt(i, t),
    createdAt: shippedAt(i, t),
    updatedAt: shippedAt(i, t),
  }));
  log(`seeded ${total} orders`);
  await insertMany(db, "Shipment", total, (i) => {
    const status = statusOf(i);
    const at = shippedAt(i, t);
    return {
      id: `s${i}`,
      shopId: shop(i),
      orderId: `o${i}`,
      orderShopifyId: String(5_000_000_000 + i),
      shopifyId: String(8_000_000_000 + i),
      name: `${orderName(i)}.1`,
      fulfillmentStatus: status === "CANCELLED" ? "cancelled" : "success",
      carrier: carrierOf(i),
      trackingNumbers: JSON.stringify([trackingNumber(i)]),
      trackingUrls: "[]",
      status,
      statusAt: at,
      estimatedDeliveryAt: new Date(at.getTime() + 4 * DAY),
      deliveredAt: status === "DELIVERED" ? new Date(at.getTime() + 3 * DAY) : null,
      lateSince: lateSince(i, status, at),
      destinationCity: "Brooklyn",
      destinationCountry: "US",
      lineItems: "[]",
      shippedAt: at,
      shopifyUpdatedAt: at,
      createdAt: at,
      updatedAt: at,
    };
  });
  log(`seeded ${total} shipments`);
  await insertMany(db, "TrackingNumber", total, (i) => ({
    shopId: shop(i),
    number: trackingNumber(i),
    shipmentId: `s${i}`,
  }));
  log(`seeded ${total} tracking numbers`);
}
