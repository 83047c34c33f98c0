import { beforeEach, describe, expect, it } from "vitest";
import { resetRateLimits } from "~/storefront/rate-limit.server";
import { trackingLinkToken } from "~/security/signed-token.server";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { call, lookup, proxyRequest } from "../helpers/app-proxy";
import { orderByShopifyId, seedOfflineSession } from "../helpers/db";
import { hoursAgo, shopId } from "../helpers/notifications";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";
import { TEST_API_SECRET } from "../setup/test-env";

const OTHER_SHOP = "other-shop.myshopify.com";

beforeEach(async () => {
  resetRateLimits();
  await seedOfflineSession();
});

/** Jon's order #1001, shipped with UPS and scanned in Louisville. */
async function jonsOrder(shop = DEFAULT_SHOP, overrides: Record<string, unknown> = {}) {
  const order = orderPayload({ name: "#1001", ...overrides });
  const fulfillment = fulfillmentPayload(order.id, { created_at: hoursAgo(20), updated_at: hoursAgo(20) });
  await deliver("orders/create", order, { shop });
  await deliver("fulfillments/create", fulfillment, { shop });
  await deliver(
    "fulfillment_events/create",
    fulfillmentEventPayload(order.id, fulfillment.id, "in_transit", hoursAgo(5), {
      estimated_delivery_at: hoursAgo(-30),
    }),
    { shop },
  );
  return { order, fulfillment };
}

describe("storefront lookup through the app proxy", () => {
  it("shows the shopper their shipment for the right order number and email, and nothing personal", async () => {
    await jonsOrder();

    const { status, body, response } = await lookup({ orderNumber: "1001", contact: "  JON@example.com " });

    expect(status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(body.order).toEqual({ name: "#1001" });
    const [shipment] = body.shipments as Array<Record<string, unknown>>;
    expect(shipment).toMatchObject({
      status: "IN_TRANSIT",
      progress: 1,
      late: false,
      carrier: "UPS",
      trackingNumbers: ["1Z2345"],
      destination: { city: "Shippington", country: "US" },
      items: [{ title: "IPod Nano - 8GB", variantTitle: "Pink", quantity: 1 }],
    });
    expect(shipment.events).toEqual([
      expect.objectContaining({ status: "IN_TRANSIT", city: "Louisville", country: "United States" }),
    ]);
    const text = JSON.stringify(body);
    for (const secret of ["jon@example.com", "6135551234", "123 Shipping Street", "40003", "Snow"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("finds the order by the phone number on it", async () => {
    await jonsOrder();
    const { status } = await lookup({ orderNumber: "#1001", contact: "+1 613-555-1234" });
    expect(status).toBe(200);
  });

  it("gives the same answer for a wrong email and a wrong order number", async () => {
    await jonsOrder();

    const wrongEmail = await lookup({ orderNumber: "1001", contact: "someone@example.com" });
    const wrongNumber = await lookup({ orderNumber: "1002", contact: "jon@example.com" });

    expect(wrongEmail.status).toBe(404);
    expect(wrongNumber.status).toBe(404);
    expect(wrongEmail.body).toEqual(wrongNumber.body);
  });

  it("reads only the shop the proxy signed for", async () => {
    // Given the same order number and email in another shop only
    await jonsOrder(OTHER_SHOP);

    // When a request signed for this shop asks for it, then it is not found
    expect((await lookup({ orderNumber: "1001", contact: "jon@example.com" })).status).toBe(404);
    // And the other shop's storefront finds it
    expect(
      (await lookup({ orderNumber: "1001", contact: "jon@example.com" }, { shop: OTHER_SHOP })).status,
    ).toBe(200);
  });

  it("refuses forged, altered and stale signatures with a 401", async () => {
    await jonsOrder();
    const fields = { orderNumber: "1001", contact: "jon@example.com" };

    const forged = await lookup(fields, { secret: "not-the-app-secret" });
    const stale = await lookup(fields, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    const { action } = await import("~/routes/proxy.lookup");
    const request = proxyRequest("/lookup", { method: "POST", body: JSON.stringify(fields) });
    const altered = new URL(request.url);
    altered.searchParams.set("shop", OTHER_SHOP);
    const swapped = await call(() =>
      action({
        request: new Request(altered, { method: "POST", body: JSON.stringify(fields) }),
        params: {},
        context: {},
      }),
    );

    expect([forged.status, stale.status, swapped.status]).toEqual([401, 401, 401]);
    expect(forged.body).not.toHaveProperty("shipments");
  });

  it("rate-limits a client guessing order numbers", async () => {
    await jonsOrder();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await lookup({ orderNumber: String(2000 + i), contact: "jon@example.com" })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    const limited = await lookup({ orderNumber: "1001", contact: "jon@example.com" });
    expect(limited.status).toBe(429);
    expect(Number(limited.response.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another shopper is not held back
    expect(
      (await lookup({ orderNumber: "1001", contact: "jon@example.com" }, { clientIp: "198.51.100.9" }))
        .status,
    ).toBe(200);
  });

  it("answers bad input with a clear message as JSON, never echoing it", async () => {
    const script = "<script>alert(1)</script>";
    for (const fields of [
      { orderNumber: script, contact: "jon@example.com" },
      { orderNumber: "", contact: "jon@example.com" },
      { orderNumber: "1001", contact: "" },
      { orderNumber: "1".repeat(500), contact: "jon@example.com" },
    ]) {
      const { status, body, response } = await lookup(fields);
      expect(status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
      expect(typeof body.error).toBe("string");
      expect(JSON.stringify(body)).not.toContain("<script>");
    }
    const huge = await lookup({ orderNumber: "1001", contact: "x".repeat(10_000) });
    expect(huge.status).toBe(413);
  });
});

describe("signed tracking links", () => {
  it("open the order they were made for, on its own shop only", async () => {
    const { order } = await jonsOrder();
    const stored = await orderByShopifyId(order.id);
    const token = trackingLinkToken(TEST_API_SECRET, { shopId: await shopId(), orderId: stored!.id });
    const { loader } = await import("~/routes/proxy.track.$token");
    const open = (t: string, shop = DEFAULT_SHOP) =>
      call(() =>
        loader({
          request: proxyRequest(`/track/${t}`, { shop, headers: { Accept: "application/json" } }),
          params: { token: t },
          context: {},
        }),
      );

    const ok = await open(token);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { order: unknown }).order).toEqual({ name: "#1001" });

    await deliver("orders/create", orderPayload(), { shop: OTHER_SHOP });
    expect((await open(token, OTHER_SHOP)).status).toBe(404);
    expect((await open(`${token.slice(0, -2)}xx`)).status).toBe(404);
  });
});
