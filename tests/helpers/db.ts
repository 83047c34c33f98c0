import { DEFAULT_SHOP } from "./webhooks";

/** The app's own Prisma client, on this test file's database. */
export async function testDb() {
  return (await import("~/db.server")).default;
}

export async function shipmentByShopifyId(shopifyId: number | string, shop = DEFAULT_SHOP) {
  const db = await testDb();
  return db.shipment.findFirst({ where: { shopifyId: String(shopifyId), shop: { domain: shop } } });
}

export async function orderByShopifyId(shopifyId: number | string, shop = DEFAULT_SHOP) {
  const db = await testDb();
  return db.order.findFirst({ where: { shopifyId: String(shopifyId), shop: { domain: shop } } });
}

/** Every row of every domain table, and every job the queue holds, for "nothing changed" assertions. */
export async function snapshotTables() {
  const db = await testDb();
  const { jobQueue } = await import("~/jobs/queue.server");
  return {
    shops: await db.shop.count(),
    orders: await db.order.count(),
    shipments: await db.shipment.count(),
    events: await db.trackingEvent.count(),
    receipts: await db.webhookInbox.count(),
    jobs: (await jobQueue().list(db, { finished: true })).length,
    dataRequests: await db.dataRequest.count(),
  };
}

/** The offline session OAuth leaves behind for an installed shop. */
export async function seedOfflineSession(shop = DEFAULT_SHOP) {
  const db = await testDb();
  await db.session.create({
    data: {
      id: `offline_${shop}`,
      shop,
      state: "",
      isOnline: false,
      accessToken: "shpat_x",
      scope: "read_orders",
    },
  });
}
