import { beforeEach, describe, expect, it } from "vitest";
import { resetRateLimits } from "~/storefront/rate-limit.server";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { lookup, lookupTrackingNumber } from "../helpers/app-proxy";
import { seedOfflineSession, testDb } from "../helpers/db";
import { hoursAgo } from "../helpers/notifications";
import { deliver } from "../helpers/webhooks";

const ETA = hoursAgo(-30);

beforeEach(async () => {
  resetRateLimits();
  await seedOfflineSession();
});

/** Jon's order #1001, in transit with the carrier's estimate of 30 hours from now. */
async function jonsParcel() {
  const order = orderPayload({ name: "#1001" });
  const fulfillment = fulfillmentPayload(order.id, { created_at: hoursAgo(20), updated_at: hoursAgo(20) });
  await deliver("orders/create", order);
  await deliver("fulfillments/create", fulfillment);
  await deliver(
    "fulfillment_events/create",
    fulfillmentEventPayload(order.id, fulfillment.id, "in_transit", hoursAgo(5), {
      estimated_delivery_at: ETA,
    }),
  );
  return { order, fulfillment };
}

async function shownShipment() {
  const { status, body } = await lookup({ orderNumber: "1001", contact: "jon@example.com" });
  expect(status).toBe(200);
  return (body.shipments as Array<Record<string, unknown>>)[0];
}

describe("estimated delivery on the storefront", () => {
  it("shows the carrier's single date as a range of one moment", async () => {
    await jonsParcel();
    const at = new Date(ETA).toISOString();
    expect(await shownShipment()).toMatchObject({
      estimatedDeliveryAt: at,
      estimatedDelivery: { earliest: at, latest: at },
    });
  });

  it("shows a stored range, by order and by tracking number", async () => {
    // Given an estimate with an end (what learned estimates per lane will store)
    const { fulfillment } = await jonsParcel();
    const latest = new Date(new Date(ETA).getTime() + 2 * 86_400_000);
    const db = await testDb();
    await db.shipment.updateMany({
      where: { shopifyId: String(fulfillment.id) },
      data: { estimatedDeliveryLatestAt: latest },
    });

    // Then both lookups show the range
    const range = { earliest: new Date(ETA).toISOString(), latest: latest.toISOString() };
    expect((await shownShipment()).estimatedDelivery).toEqual(range);
    const byNumber = await lookupTrackingNumber({ trackingNumber: fulfillment.tracking_number });
    expect((byNumber.body.shipments as Array<Record<string, unknown>>)[0].estimatedDelivery).toEqual(range);
  });

  it("ignores an end before the start, and shows no estimate once delivered", async () => {
    const { order, fulfillment } = await jonsParcel();
    const db = await testDb();
    await db.shipment.updateMany({
      where: { shopifyId: String(fulfillment.id) },
      data: { estimatedDeliveryLatestAt: new Date(new Date(ETA).getTime() - 86_400_000) },
    });
    const at = new Date(ETA).toISOString();
    expect((await shownShipment()).estimatedDelivery).toEqual({ earliest: at, latest: at });

    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "delivered", hoursAgo(1)),
    );
    expect(await shownShipment()).toMatchObject({ estimatedDeliveryAt: null, estimatedDelivery: null });
  });
});
