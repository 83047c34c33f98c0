import { beforeEach, describe, expect, it } from "vitest";
import { resetRateLimits } from "~/storefront/rate-limit.server";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { lookupTrackingNumber } from "../helpers/app-proxy";
import { seedOfflineSession, testDb } from "../helpers/db";
import { hoursAgo } from "../helpers/notifications";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";

const OTHER_SHOP = "other-shop.myshopify.com";
const UPS = "1Z999AA10123456784";
const UPS_CORRECTED = "1Z999AA10123456795";

beforeEach(async () => {
  resetRateLimits();
  await seedOfflineSession();
});

/** Jon's order #1001, shipped with UPS under one tracking number and scanned in Louisville. */
async function jonsParcel(shop = DEFAULT_SHOP) {
  const order = orderPayload({ name: "#1001" });
  const fulfillment = fulfillmentPayload(order.id, {
    created_at: hoursAgo(20),
    updated_at: hoursAgo(20),
    tracking_number: UPS,
    tracking_numbers: [UPS],
    tracking_url: `https://www.ups.com/track?tracknum=${UPS}`,
    tracking_urls: [`https://www.ups.com/track?tracknum=${UPS}`],
  });
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

describe("storefront lookup by tracking number", () => {
  it("shows the parcel's status and nothing of the order behind it", async () => {
    await jonsParcel();

    const { status, body, response } = await lookupTrackingNumber({ trackingNumber: UPS });

    expect(status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(Object.keys(body)).toEqual(["shipments"]);
    const [shipment] = body.shipments as Array<Record<string, unknown>>;
    expect(shipment).toMatchObject({
      status: "IN_TRANSIT",
      progress: 1,
      late: false,
      carrier: "UPS",
      trackingNumbers: [UPS],
      trackingUrls: [`https://www.ups.com/track?tracknum=${UPS}`],
    });
    expect(shipment.estimatedDeliveryAt).toEqual(expect.any(String));
    expect(shipment.events).toEqual([
      expect.objectContaining({ status: "IN_TRANSIT", city: "Louisville", country: "United States" }),
    ]);
    expect(shipment).not.toHaveProperty("destination");
    expect(shipment).not.toHaveProperty("items");
    const text = JSON.stringify(body);
    for (const orderLevel of [
      "#1001",
      "IPod",
      "Pink",
      "Shippington",
      "40003",
      "123 Shipping Street",
      "jon@example.com",
      "Snow",
    ]) {
      expect(text).not.toContain(orderLevel);
    }
  });

  it("ignores case and spaces in what the shopper types", async () => {
    await jonsParcel();

    const answers = await Promise.all(
      ["1z999aa10123456784", "  1Z 999 AA1 0123 4567 84 ", "1z999AA1 01234 56784"].map((trackingNumber) =>
        lookupTrackingNumber({ trackingNumber }),
      ),
    );

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers[1].body).toEqual(answers[0].body);
    expect(answers[2].body).toEqual(answers[0].body);
  });

  it("reads only the shop the proxy signed for, with the same answer as an unknown number", async () => {
    // Given the parcel in another shop only
    await jonsParcel(OTHER_SHOP);

    // When this shop's storefront asks for its number
    const elsewhere = await lookupTrackingNumber({ trackingNumber: UPS });
    const unknown = await lookupTrackingNumber({ trackingNumber: "9400111899223197428490" });

    // Then it is not found, exactly like a number nobody has
    expect(elsewhere.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(elsewhere.body).toEqual(unknown.body);
    // And the other shop's storefront finds it
    expect((await lookupTrackingNumber({ trackingNumber: UPS }, { shop: OTHER_SHOP })).status).toBe(200);
  });

  it("follows a fulfillment update that corrects the tracking number", async () => {
    const { order, fulfillment } = await jonsParcel();

    await deliver(
      "fulfillments/update",
      fulfillmentPayload(order.id, {
        id: fulfillment.id,
        created_at: hoursAgo(20),
        updated_at: hoursAgo(1),
        tracking_number: UPS_CORRECTED,
        tracking_numbers: [UPS_CORRECTED],
      }),
    );

    expect((await lookupTrackingNumber({ trackingNumber: UPS })).status).toBe(404);
    const corrected = await lookupTrackingNumber({ trackingNumber: UPS_CORRECTED });
    expect(corrected.status).toBe(200);
    expect(corrected.body.shipments).toEqual([expect.objectContaining({ trackingNumbers: [UPS_CORRECTED] })]);
    const db = await testDb();
    expect(await db.trackingNumber.findMany({ select: { number: true } })).toEqual([
      { number: UPS_CORRECTED },
    ]);
  });

  it("does not show a cancelled fulfillment", async () => {
    const { order, fulfillment } = await jonsParcel();

    await deliver(
      "fulfillments/update",
      fulfillmentPayload(order.id, {
        id: fulfillment.id,
        status: "cancelled",
        created_at: hoursAgo(20),
        updated_at: hoursAgo(1),
        tracking_numbers: [UPS],
      }),
    );

    expect((await lookupTrackingNumber({ trackingNumber: UPS })).status).toBe(404);
  });

  it("keeps tracking numbers through customers/redact and removes them with the shop", async () => {
    const { order } = await jonsParcel();

    await deliver("customers/redact", {
      shop_domain: DEFAULT_SHOP,
      customer: { id: 7100000000001, email: "jon@example.com" },
      orders_to_redact: [order.id],
    });
    expect((await lookupTrackingNumber({ trackingNumber: UPS })).status).toBe(200);

    await deliver("shop/redact", { shop_domain: DEFAULT_SHOP });
    expect(await (await testDb()).trackingNumber.count()).toBe(0);
  });

  it("answers bad input with a clear message as JSON, never echoing it", async () => {
    for (const fields of [
      {},
      { trackingNumber: 12345678 },
      { trackingNumber: "" },
      { trackingNumber: " 1Z9 " },
      { trackingNumber: "1".repeat(41) },
      { trackingNumber: "<script>alert(1)</script>" },
      { trackingNumber: "1Z999AA1/0123" },
    ]) {
      const { status, body, response } = await lookupTrackingNumber(fields);
      expect(status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
      expect(body.error).toMatch(/tracking number/i);
      expect(JSON.stringify(body)).not.toContain("<script>");
    }
  });

  it("refuses a forged signature and shares the shopper's lookup budget", async () => {
    await jonsParcel();
    expect(
      (await lookupTrackingNumber({ trackingNumber: UPS }, { secret: "not-the-app-secret" })).status,
    ).toBe(401);

    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await lookupTrackingNumber({ trackingNumber: `1Z999AA1000000${i}` })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
