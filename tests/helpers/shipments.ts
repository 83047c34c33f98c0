import { testDb } from "./db";
import { DEFAULT_SHOP } from "./webhooks";

export interface ShipmentSeed {
  id: string;
  shippedAt: string;
  status?: string;
  carrier?: string | null;
  lateSince?: string | null;
  trackingNumber?: string;
  orderName?: string;
  email?: string;
}

/**
 * Shipments written straight into the tables, as ingest leaves them (order, shipment, tracking number),
 * for list tests that need many rows or exact times; the flows themselves are tested through webhooks.
 */
export async function insertShipments(
  seeds: ShipmentSeed[],
  options: { shop?: string; timezone?: string } = {},
): Promise<string> {
  const db = await testDb();
  const domain = options.shop ?? DEFAULT_SHOP;
  const shop = await db.shop.upsert({
    where: { domain },
    create: { domain, timezone: options.timezone ?? "UTC" },
    update: options.timezone ? { timezone: options.timezone } : {},
    select: { id: true },
  });
  await db.order.createMany({
    data: seeds.map((s, k) => ({
      id: `order-${s.id}`,
      shopId: shop.id,
      shopifyId: `${domain}-${s.id}`,
      name: s.orderName ?? `#${2000 + k}`,
      email: s.email ?? `shopper-${s.id}@example.com`,
      customerFirstName: "Ada",
      customerLastName: s.id,
      shopifyUpdatedAt: new Date(s.shippedAt),
    })),
  });
  await db.shipment.createMany({
    data: seeds.map((s) => ({
      id: s.id,
      shopId: shop.id,
      orderId: `order-${s.id}`,
      orderShopifyId: `${domain}-${s.id}`,
      shopifyId: `${domain}-f-${s.id}`,
      carrier: s.carrier === undefined ? "UPS" : s.carrier,
      trackingNumbers: JSON.stringify([s.trackingNumber ?? `TN${s.id.toUpperCase()}`]),
      status: s.status ?? "IN_TRANSIT",
      lateSince: s.lateSince ? new Date(s.lateSince) : null,
      shippedAt: new Date(s.shippedAt),
      shopifyUpdatedAt: new Date(s.shippedAt),
    })),
  });
  await db.trackingNumber.createMany({
    data: seeds.map((s) => ({
      shopId: shop.id,
      shipmentId: s.id,
      number: s.trackingNumber ?? `TN${s.id.toUpperCase()}`,
    })),
  });
  return shop.id;
}
