import { beforeEach, describe, expect, it } from "vitest";
import { createAdminGraphql } from "~/shopify-admin/admin-graphql.server";
import { resetRateLimits } from "~/storefront/rate-limit.server";
import { fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { lookup } from "../helpers/app-proxy";
import { seedOfflineSession, testDb } from "../helpers/db";
import { drainJobs, queuedJobs, runJobsNow } from "../helpers/jobs";
import { shopId } from "../helpers/notifications";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";
import {
  adminShop,
  gqlOrder,
  gqlVariant,
  shopifyAdminHandlers,
  type AdminShopState,
} from "../mocks/shopify-admin";
import { server } from "../mocks/server";

const OTHER_SHOP = "other-shop.myshopify.com";
const CDN = "https://cdn.shopify.com/s/files/1/0000/0001/files";
const JONS_ORDER = { orderNumber: "1001", contact: "jon@example.com" };

/** The Admin API client the worker would build for the mocked shop, without waiting on backoff. */
function clientFor(state: AdminShopState) {
  return async (shop: string) =>
    shop === state.shop
      ? createAdminGraphql({
          shop,
          accessToken: state.accessToken,
          apiVersion: "2026-07",
          origin: "https://{shop}",
          maxRetries: 0,
          sleep: async () => {},
        })
      : null;
}

/** Jon's order #1001 by webhook: a pink iPod (variant 808950810) and a case (variant 808950811), shipped. */
async function jonsOrder(shop = DEFAULT_SHOP) {
  const items = [
    {
      id: 7200000000001,
      title: "IPod Nano - 8GB",
      variant_title: "Pink",
      quantity: 1,
      variant_id: 808950810,
    },
    { id: 7200000000002, title: "IPod case", variant_title: null, quantity: 1, variant_id: 808950811 },
  ];
  const order = orderPayload({ name: "#1001", line_items: items });
  await deliver("orders/create", order, { shop });
  await deliver("fulfillments/create", fulfillmentPayload(order.id, { line_items: items }), { shop });
  return order;
}

async function shownItems(fields = JONS_ORDER, shop = DEFAULT_SHOP) {
  const { status, body } = await lookup(fields, { shop });
  expect(status).toBe(200);
  const [shipment] = body.shipments as Array<{ items: Array<Record<string, unknown>> }>;
  return shipment.items;
}

async function imageRows(shop = DEFAULT_SHOP) {
  const db = await testDb();
  return db.variantImage.findMany({ where: { shopId: await shopId(shop) }, orderBy: { variantId: "asc" } });
}

beforeEach(async () => {
  resetRateLimits();
  await seedOfflineSession();
});

describe("item images on the storefront", () => {
  it("fetches a webhook order's variant images in one batched job and shows them as thumbnails", async () => {
    // Given the shop's variants: the iPod with its own image, the case with only its product's
    const state = adminShop(DEFAULT_SHOP, []);
    state.variants["808950810"] = gqlVariant("808950810", { image: `${CDN}/ipod-pink.jpg?v=1` });
    state.variants["808950811"] = gqlVariant("808950811", { productImage: `${CDN}/case.png` });
    server.use(...shopifyAdminHandlers(state));

    // When the order arrives by webhook, then the lookup answers at once, without images yet
    await jonsOrder();
    expect(await queuedJobs({ type: "fetch-variant-images" })).toHaveLength(1);
    expect((await shownItems()).map((i) => i.imageUrl)).toEqual([null, null]);

    // And once the job ran (one Admin API call for both variants), the images are there
    await drainJobs(clientFor(state));
    expect(state.variantCalls).toEqual([
      ["gid://shopify/ProductVariant/808950810", "gid://shopify/ProductVariant/808950811"],
    ]);
    expect(await shownItems()).toEqual([
      {
        title: "IPod Nano - 8GB",
        variantTitle: "Pink",
        quantity: 1,
        imageUrl: `${CDN}/ipod-pink.jpg?v=1&width=128`,
      },
      { title: "IPod case", variantTitle: null, quantity: 1, imageUrl: `${CDN}/case.png?width=128` },
    ]);
  });

  it("asks once for a deleted variant, remembers it has none, and is safe to run twice", async () => {
    // Given a variant the shop no longer has (nodes answers null for it)
    const state = adminShop(DEFAULT_SHOP, []);
    state.variants["808950810"] = gqlVariant("808950810", { image: `${CDN}/ipod-pink.jpg` });
    server.use(...shopifyAdminHandlers(state));
    await jonsOrder();
    await drainJobs(clientFor(state));
    expect(await imageRows()).toEqual([
      expect.objectContaining({
        variantId: "808950810",
        url: `${CDN}/ipod-pink.jpg`,
        fetchedAt: expect.any(Date),
      }),
      expect.objectContaining({ variantId: "808950811", url: null, fetchedAt: expect.any(Date) }),
    ]);

    // When the job runs again, and another order of the same variants arrives
    const { enqueue } = await import("~/jobs/queue.server");
    const db = await testDb();
    await enqueue(db, "fetch-variant-images", { shop: DEFAULT_SHOP });
    await drainJobs(clientFor(state));
    await deliver(
      "orders/create",
      orderPayload({
        name: "#1002",
        line_items: [{ id: 7200000000009, title: "IPod case", quantity: 1, variant_id: 808950811 }],
      }),
    );

    // Then nothing is asked again and no job waits
    expect(state.variantCalls).toHaveLength(1);
    expect(await queuedJobs({ type: "fetch-variant-images" })).toEqual([]);
  });

  it("reads a week-old image again, showing the old one until then", async () => {
    // Given images fetched eight days ago
    const state = adminShop(DEFAULT_SHOP, []);
    state.variants["808950810"] = gqlVariant("808950810", { image: `${CDN}/ipod-old.jpg` });
    server.use(...shopifyAdminHandlers(state));
    await jonsOrder();
    await drainJobs(clientFor(state));
    const db = await testDb();
    await db.variantImage.updateMany({ data: { fetchedAt: new Date(Date.now() - 8 * 86_400_000) } });

    // When another order of the iPod arrives, after the merchant changed its photo
    state.variants["808950810"] = gqlVariant("808950810", { image: `${CDN}/ipod-new.jpg` });
    await deliver(
      "orders/create",
      orderPayload({
        name: "#1002",
        line_items: [{ id: 7200000000009, title: "IPod Nano - 8GB", quantity: 1, variant_id: 808950810 }],
      }),
    );

    // Then the old image still shows while the variant waits, and the new one after the job
    expect((await shownItems())[0].imageUrl).toBe(`${CDN}/ipod-old.jpg?width=128`);
    await drainJobs(clientFor(state));
    expect(state.variantCalls.at(-1)).toEqual(["gid://shopify/ProductVariant/808950810"]);
    expect((await shownItems())[0].imageUrl).toBe(`${CDN}/ipod-new.jpg?width=128`);
  });

  it("keeps the order when the Admin API fails, and fills the images in on a later try", async () => {
    const state = adminShop(DEFAULT_SHOP, []);
    state.variants["808950810"] = gqlVariant("808950810", { image: `${CDN}/ipod-pink.jpg` });
    state.failNext = 1;
    server.use(...shopifyAdminHandlers(state));

    await jonsOrder();
    await drainJobs(clientFor(state));

    // The order and its shipment are there, the job waits for its retry
    const db = await testDb();
    expect(await db.order.count()).toBe(1);
    expect((await shownItems()).map((i) => i.imageUrl)).toEqual([null, null]);
    expect(await queuedJobs({ type: "fetch-variant-images", finished: true })).toEqual([
      expect.objectContaining({ state: "waiting", attempts: 1 }),
    ]);

    expect(await runJobsNow({ type: "fetch-variant-images" })).toBe(1);
    await drainJobs(clientFor(state));
    expect((await shownItems()).map((i) => i.imageUrl)).toEqual([`${CDN}/ipod-pink.jpg?width=128`, null]);
  });

  it("never shows another shop's images for the same variant", async () => {
    // Given the same variant id cached with an image in another shop only
    const other = adminShop(OTHER_SHOP, []);
    other.variants["808950810"] = gqlVariant("808950810", { image: `${CDN}/other-shop.jpg` });
    server.use(...shopifyAdminHandlers(other));
    await jonsOrder(OTHER_SHOP);
    await drainJobs(clientFor(other));
    expect((await shownItems(JONS_ORDER, OTHER_SHOP))[0].imageUrl).toBe(`${CDN}/other-shop.jpg?width=128`);

    // When this shop has the order and its variants are still waiting
    await jonsOrder();

    // Then its storefront shows no image
    expect((await shownItems()).map((i) => i.imageUrl)).toEqual([null, null]);
  });

  it("shows only https images, and sizes only Shopify's CDN", async () => {
    await jonsOrder();
    const db = await testDb();
    const id = await shopId();
    await db.variantImage.updateMany({
      where: { shopId: id, variantId: "808950810" },
      data: { url: "http://cdn.shopify.com/s/files/ipod.jpg", fetchedAt: new Date() },
    });
    await db.variantImage.updateMany({
      where: { shopId: id, variantId: "808950811" },
      data: { url: "https://images.example.com/case.jpg", fetchedAt: new Date() },
    });
    expect((await shownItems()).map((i) => i.imageUrl)).toEqual([
      null,
      "https://images.example.com/case.jpg",
    ]);

    await db.variantImage.updateMany({
      where: { shopId: id, variantId: "808950811" },
      data: { url: "javascript:alert(1)//https://cdn.shopify.com/x.jpg" },
    });
    expect((await shownItems()).map((i) => i.imageUrl)).toEqual([null, null]);
  });
});

describe("item images from the backfill", () => {
  it("keeps the line item's image and fills the variant cache, so nothing is fetched", async () => {
    // Given an order the Admin API lists with its line item's image, and one with an http image
    const state = adminShop(DEFAULT_SHOP, [
      gqlOrder(1),
      gqlOrder(2, {
        lineItems: {
          nodes: [{ ...gqlOrder(2).lineItems.nodes[0], image: { url: "http://example.com/gnome.jpg" } }],
        },
      }),
    ]);
    server.use(...shopifyAdminHandlers(state));
    const db = await testDb();
    const { onShopAuthenticated } = await import("~/shops/install.server");
    await onShopAuthenticated(db, DEFAULT_SHOP);

    await drainJobs(clientFor(state));

    // Then the order's and the shipment's line items keep the image
    const order = await db.order.findFirstOrThrow({ where: { shopifyId: "6000000000001" } });
    const shipment = await db.shipment.findFirstOrThrow({ where: { shopifyId: "9000000000001" } });
    const gnome = `${CDN}/gnome.jpg?v=1700000000`;
    expect(JSON.parse(order.lineItems)[0]).toMatchObject({ variantId: "201", imageUrl: gnome });
    expect(JSON.parse(shipment.lineItems)[0]).toMatchObject({ variantId: "201", imageUrl: gnome });
    // And the variant's image is cached from it: no fetch job, no Admin API call
    expect(await imageRows()).toEqual([
      expect.objectContaining({ variantId: "201", url: gnome, fetchedAt: expect.any(Date) }),
    ]);
    expect(await queuedJobs({ type: "fetch-variant-images", finished: true })).toEqual([]);
    expect(state.variantCalls).toEqual([]);

    // And the storefront shows it as a thumbnail; the http one falls back to the cached variant image
    const first = await shownItems({ orderNumber: "2001", contact: "shopper1@example.com" });
    expect(first).toEqual([
      { title: "Garden gnome", variantTitle: null, quantity: 2, imageUrl: `${gnome}&width=128` },
    ]);
    const second = await shownItems({ orderNumber: "2002", contact: "shopper2@example.com" });
    expect(second[0].imageUrl).toBe(`${gnome}&width=128`);
  });
});
