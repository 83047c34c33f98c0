import { describe, expect, it } from "vitest";
import { createAdminGraphql } from "~/shopify-admin/admin-graphql.server";
import { fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { testDb } from "../helpers/db";
import { cancelJobs, drainJobs, queuedJobs, runJobsNow } from "../helpers/jobs";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";
import {
  adminShop,
  gqlOrder,
  shopDetails,
  shopifyAdminHandlers,
  type AdminShopState,
} from "../mocks/shopify-admin";
import { server } from "../mocks/server";

const sleeps: number[] = [];

/** The Admin API client the worker would build, with sleeps recorded instead of waited. */
function clientFor(state: AdminShopState) {
  return async (shop: string) =>
    shop === state.shop
      ? createAdminGraphql({
          shop,
          accessToken: state.accessToken,
          apiVersion: "2026-07",
          origin: "https://{shop}",
          sleep: async (ms) => {
            sleeps.push(ms);
          },
        })
      : null;
}

async function install(shop = DEFAULT_SHOP) {
  const db = await testDb();
  const { onShopAuthenticated } = await import("~/shops/install.server");
  await onShopAuthenticated(db, shop);
  // Reconciliation waits a minute after install; make it due for the tests that want it.
  await runJobsNow({ shop, type: "reconcile" });
}

describe("backfill after install", () => {
  it("imports every page of recent orders with their fulfillments and scans", async () => {
    sleeps.length = 0;
    const state = adminShop(
      DEFAULT_SHOP,
      Array.from({ length: 12 }, (_, i) => gqlOrder(i + 1)),
    );
    server.use(...shopifyAdminHandlers(state));
    await install();
    await cancelJobs(DEFAULT_SHOP, "reconcile");

    await drainJobs(clientFor(state));

    const db = await testDb();
    // 12 orders at 5 per page: three pages, each after the cursor of the last.
    expect(state.calls.map((c) => c.after)).toEqual([null, "5", "10"]);
    expect(state.calls[0].query).toMatch(/^created_at:>='\d{4}-\d\d-\d\dT/);
    expect(await db.order.count()).toBe(12);
    const shipment = await db.shipment.findFirst({
      where: { shopifyId: "9000000000001" },
      include: { order: true, events: true },
    });
    expect(shipment).toMatchObject({
      carrier: "La Poste",
      status: "IN_TRANSIT",
      destinationCity: null,
      order: expect.objectContaining({ name: "#2001", customerLocale: "fr", shippingCity: "Paris" }),
    });
    expect(JSON.parse(shipment!.trackingNumbers)).toEqual(["6A1FR"]);
    expect(shipment!.estimatedDeliveryAt?.toISOString()).toBe("2026-11-14T18:00:00.000Z");
    expect(shipment!.events).toHaveLength(1);
    expect(await db.shop.findUnique({ where: { domain: DEFAULT_SHOP } })).toMatchObject({
      backfilledAt: expect.any(Date),
    });
    expect(sleeps).toEqual([]);
  });

  it("waits out THROTTLED answers by the restore rate and then completes", async () => {
    sleeps.length = 0;
    const state = adminShop(DEFAULT_SHOP, [gqlOrder(1), gqlOrder(2)]);
    state.throttleNext = 2;
    server.use(...shopifyAdminHandlers(state));
    await install();

    await drainJobs(clientFor(state));

    expect(await (await testDb()).order.count()).toBe(2);
    // requested 600 points, 10 available, 100 restored per second: 5.9 s each time.
    expect(sleeps).toEqual([5900, 5900]);
  });

  it("retries a Shopify outage with backoff, and a job that still fails is retried later", async () => {
    sleeps.length = 0;
    const state = adminShop(DEFAULT_SHOP, [gqlOrder(1)]);
    state.failNext = 2;
    server.use(...shopifyAdminHandlers(state));
    await install();
    await drainJobs(clientFor(state));
    expect(sleeps).toEqual([1000, 2000]);
    expect(await (await testDb()).order.count()).toBe(1);

    // Down for longer than the client's retries: the job fails, keeps its error and is scheduled again.
    const db = await testDb();
    await db.shop.update({ where: { domain: DEFAULT_SHOP }, data: { backfilledAt: null } });
    await cancelJobs(DEFAULT_SHOP);
    state.failNext = 100;
    await install();
    await cancelJobs(DEFAULT_SHOP, "reconcile");
    await drainJobs(clientFor(state));
    const [job, ...others] = await queuedJobs({ type: "backfill" });
    expect(others).toEqual([]);
    expect(job).toMatchObject({ attempts: 1, state: "waiting" });
    expect(job.lastError).toMatch(/unreachable/);
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("webhooks keep working while the Admin API is unreachable", async () => {
    const state = adminShop(DEFAULT_SHOP, []);
    state.failNext = 1000;
    server.use(...shopifyAdminHandlers(state));
    const order = orderPayload();
    await install();
    await drainJobs(clientFor(state));
    expect((await deliver("orders/create", order)).status).toBe(200);
    expect((await deliver("fulfillments/create", fulfillmentPayload(order.id))).status).toBe(200);
    expect(await (await testDb()).shipment.count()).toBe(1);
  });
});

describe("the shop's own details", () => {
  it("are stored from the Admin API at backfill: name, contact email, time zone and currency", async () => {
    // Given a shop whose row holds only its domain
    const state = adminShop(DEFAULT_SHOP, [gqlOrder(1)]);
    state.details = shopDetails(DEFAULT_SHOP, {
      name: "Maison Poulain",
      contactEmail: "bonjour@maison-poulain.example",
      ianaTimezone: "Europe/Paris",
      currencyCode: "EUR",
    });
    server.use(...shopifyAdminHandlers(state));
    await install();
    const db = await testDb();
    await cancelJobs(DEFAULT_SHOP, "reconcile");

    // When the backfill runs
    await drainJobs(clientFor(state));

    // Then the row carries the shop's details; the primary locale needs read_locales, so it stays
    expect(state.detailsCalls).toBe(1);
    expect(await db.shop.findUniqueOrThrow({ where: { domain: DEFAULT_SHOP } })).toMatchObject({
      name: "Maison Poulain",
      email: "bonjour@maison-poulain.example",
      timezone: "Europe/Paris",
      currency: "EUR",
      primaryLocale: "en",
      backfilledAt: expect.any(Date),
    });
    expect(await db.order.count()).toBe(1);
  });

  it("keep what the Admin API cannot improve on: an unknown time zone, blank or missing values", async () => {
    // Given a shop already known by name and zone, and an Admin API answer with gaps
    const state = adminShop(DEFAULT_SHOP, [gqlOrder(1)]);
    state.details = {
      name: "  ",
      contactEmail: null,
      ianaTimezone: "Mars/Olympus_Mons",
      currencyCode: "EUR",
    };
    server.use(...shopifyAdminHandlers(state));
    await install();
    const db = await testDb();
    await cancelJobs(DEFAULT_SHOP, "reconcile");
    await db.shop.update({
      where: { domain: DEFAULT_SHOP },
      data: { name: "Maison Poulain", email: "bonjour@maison-poulain.example", timezone: "Europe/Paris" },
    });

    // When the backfill runs
    await drainJobs(clientFor(state));

    // Then only the usable value is taken, and the orders are imported
    expect(await db.shop.findUniqueOrThrow({ where: { domain: DEFAULT_SHOP } })).toMatchObject({
      name: "Maison Poulain",
      email: "bonjour@maison-poulain.example",
      timezone: "Europe/Paris",
      currency: "EUR",
    });
    expect(await db.order.count()).toBe(1);
  });

  it("do not hold up the order import when the details call fails", async () => {
    // Given an Admin API that answers the details query with a GraphQL error
    const state = adminShop(DEFAULT_SHOP, [gqlOrder(1), gqlOrder(2)]);
    state.detailsError = { message: "Access denied for shop field.", code: "ACCESS_DENIED" };
    server.use(...shopifyAdminHandlers(state));
    await install();
    const db = await testDb();
    await cancelJobs(DEFAULT_SHOP, "reconcile");

    // When the backfill runs
    await drainJobs(clientFor(state));

    // Then the orders are imported, the job is done, and the row keeps its defaults
    expect(state.detailsCalls).toBe(1);
    expect(await db.order.count()).toBe(2);
    expect(await queuedJobs({ type: "backfill", finished: true })).toEqual([
      expect.objectContaining({ state: "done", lastError: null }),
    ]);
    expect(await db.shop.findUniqueOrThrow({ where: { domain: DEFAULT_SHOP } })).toMatchObject({
      name: null,
      email: null,
      timezone: "UTC",
      currency: null,
      backfilledAt: expect.any(Date),
    });
  });

  it("are refreshed by reconciliation, so a change in the Shopify admin arrives", async () => {
    // Given a backfilled shop that has since been renamed and moved to another zone
    const state = adminShop(DEFAULT_SHOP, []);
    state.details = shopDetails(DEFAULT_SHOP, { name: "Poulain & Fils", ianaTimezone: "America/Montreal" });
    server.use(...shopifyAdminHandlers(state));
    await install();
    const db = await testDb();
    await cancelJobs(DEFAULT_SHOP, "backfill");
    await db.shop.update({
      where: { domain: DEFAULT_SHOP },
      data: { name: "Maison Poulain", timezone: "Europe/Paris", backfilledAt: new Date() },
    });

    // When reconciliation runs
    await drainJobs(clientFor(state));

    // Then the row follows
    expect(await db.shop.findUniqueOrThrow({ where: { domain: DEFAULT_SHOP } })).toMatchObject({
      name: "Poulain & Fils",
      timezone: "America/Montreal",
    });
  });
});

describe("reconciliation", () => {
  it("catches an order whose webhooks never arrived, and agrees with the ones that did", async () => {
    const webhookOrder = orderPayload({ id: 6000000000001, updated_at: "2026-11-12T09:00:00Z" });
    const state = adminShop(DEFAULT_SHOP, [
      gqlOrder(1, { updatedAt: "2026-11-12T09:00:00Z" }),
      gqlOrder(2, { updatedAt: "2026-11-20T09:00:00Z" }),
    ]);
    server.use(...shopifyAdminHandlers(state));
    await deliver("orders/create", webhookOrder);
    await install();
    const db = await testDb();
    await cancelJobs(DEFAULT_SHOP, "backfill");
    await db.shop.update({
      where: { domain: DEFAULT_SHOP },
      data: { backfilledAt: new Date(), reconciledUntil: new Date("2026-11-10T00:00:00Z") },
    });

    await drainJobs(clientFor(state));

    expect(state.calls[0].query).toBe("updated_at:>='2026-11-09T23:55:00.000Z'");
    expect(await db.order.count()).toBe(2);
    expect(await db.shipment.count()).toBe(2);
    const shop = await db.shop.findUniqueOrThrow({ where: { domain: DEFAULT_SHOP } });
    expect(shop.reconciledUntil?.toISOString()).toBe("2026-11-20T09:00:00.000Z");
    // The cycle continues: exactly one next pass is scheduled.
    const next = await queuedJobs({ type: "reconcile" });
    expect(next).toHaveLength(1);
    expect(next[0].runAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("stops for an uninstalled shop", async () => {
    const state = adminShop(DEFAULT_SHOP, [gqlOrder(1)]);
    server.use(...shopifyAdminHandlers(state));
    await install();
    const db = await testDb();
    await cancelJobs(DEFAULT_SHOP, "backfill");
    await db.shop.update({ where: { domain: DEFAULT_SHOP }, data: { uninstalledAt: new Date() } });
    await drainJobs(clientFor(state));
    expect(state.calls).toHaveLength(0);
    expect(state.detailsCalls).toBe(0);
    expect(await queuedJobs()).toEqual([]);
  });
});
