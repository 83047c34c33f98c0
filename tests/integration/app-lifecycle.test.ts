import { describe, expect, it } from "vitest";
import { orderPayload } from "../fixtures/builders";
import { seedOfflineSession, snapshotTables, testDb } from "../helpers/db";
import { cancelJobs, queuedJobs } from "../helpers/jobs";
import { deliver, DEFAULT_SHOP, send, webhookRequest } from "../helpers/webhooks";

async function seedInstalledShop(shop = DEFAULT_SHOP) {
  const db = await testDb();
  const { onShopAuthenticated } = await import("~/shops/install.server");
  await seedOfflineSession(shop);
  await onShopAuthenticated(db, shop);
}

describe("install and uninstall", () => {
  it("install marks the shop installed and queues one backfill and one reconciliation, however often auth runs", async () => {
    await seedInstalledShop();
    const { onShopAuthenticated } = await import("~/shops/install.server");
    await onShopAuthenticated(await testDb(), DEFAULT_SHOP);

    const db = await testDb();
    const jobs = await queuedJobs({ shop: DEFAULT_SHOP, finished: true });
    expect(jobs.map((j) => j.type).sort()).toEqual(["backfill", "reconcile"]);
    expect(await db.shop.findUnique({ where: { domain: DEFAULT_SHOP } })).toMatchObject({
      uninstalledAt: null,
    });
  });

  it("app/uninstalled removes the sessions and marks the shop, and is safe twice", async () => {
    await seedInstalledShop();
    await deliver("orders/create", orderPayload());

    const first = await deliver("app/uninstalled", { id: 1, domain: DEFAULT_SHOP });
    const second = await deliver("app/uninstalled", { id: 1, domain: DEFAULT_SHOP });
    expect([first.status, second.status]).toEqual([200, 200]);

    const db = await testDb();
    expect(await db.session.count({ where: { shop: DEFAULT_SHOP } })).toBe(0);
    const shop = await db.shop.findUnique({ where: { domain: DEFAULT_SHOP } });
    expect(shop?.uninstalledAt).toBeInstanceOf(Date);
    // History stays for a reinstall; pending background work for the shop does not.
    expect(await db.order.count()).toBe(1);
    expect(await queuedJobs()).toEqual([]);
  });

  it("the same uninstall delivered twice with one event id is a duplicate", async () => {
    await seedInstalledShop();
    await deliver("app/uninstalled", {}, { eventId: "uninstall-1" });
    expect((await deliver("app/uninstalled", {}, { eventId: "uninstall-1" })).body).toEqual({
      ok: true,
      duplicate: true,
    });
  });

  it("an uninstall for another shop leaves this one alone", async () => {
    await seedInstalledShop();
    await deliver("app/uninstalled", {}, { shop: "someone-else.myshopify.com" });
    const db = await testDb();
    expect(await db.session.count({ where: { shop: DEFAULT_SHOP } })).toBe(1);
    expect(await db.shop.findUnique({ where: { domain: DEFAULT_SHOP } })).toMatchObject({
      uninstalledAt: null,
    });
  });

  it("reinstalling clears the uninstalled mark and backfills again", async () => {
    await seedInstalledShop();
    await deliver("app/uninstalled", {});
    await seedInstalledShop();
    const db = await testDb();
    expect(await db.shop.findUnique({ where: { domain: DEFAULT_SHOP } })).toMatchObject({
      uninstalledAt: null,
    });
    expect(await queuedJobs({ type: "backfill" })).toHaveLength(1);
  });

  it("an unsigned request gets 401 and changes nothing", async () => {
    await seedInstalledShop();
    const before = await snapshotTables();
    const request = webhookRequest("app/uninstalled", {});
    request.headers.delete("X-Shopify-Hmac-Sha256");
    expect(await send("app/uninstalled", request)).toEqual({
      status: 401,
      body: { error: "Missing webhook signature" },
    });
    expect(await snapshotTables()).toEqual(before);
    expect(await (await testDb()).session.count()).toBe(1);
  });
});

describe("reconciliation cycle", () => {
  it("re-running auth while a later pass is queued does not start a second cycle", async () => {
    const db = await testDb();
    const { onShopAuthenticated } = await import("~/shops/install.server");
    await onShopAuthenticated(db, DEFAULT_SHOP);
    // The first pass is over and queued its successor (under a different key).
    await cancelJobs(DEFAULT_SHOP, "reconcile");
    const { enqueue } = await import("~/jobs/queue.server");
    await enqueue(db, "reconcile", { shop: DEFAULT_SHOP }, { uniqueKey: "reconcile-after:x" });

    await onShopAuthenticated(db, DEFAULT_SHOP);

    expect(await queuedJobs({ type: "reconcile" })).toHaveLength(1);
  });
});
