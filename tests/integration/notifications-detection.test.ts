import { describe, expect, it } from "vitest";
import { detectLateAndStalled } from "~/notifications/detect.server";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { shipmentByShopifyId, testDb } from "../helpers/db";
import { configureShop, dispatch, dispatchConfig, hoursAgo, outbox } from "../helpers/notifications";
import { useSmtpServer } from "../helpers/smtp";
import { deliver } from "../helpers/webhooks";

const HOUR = 3_600_000;
const smtp = useSmtpServer();

/** A shipped order (English-speaking shopper) whose carrier scanned it `scannedHoursAgo` and promised `eta`. */
async function inTransit(options: { scannedHoursAgo: number; eta?: string; shippedHoursAgo?: number }) {
  const order = orderPayload({ customer_locale: "en", created_at: hoursAgo(200), updated_at: hoursAgo(200) });
  const shipped = hoursAgo(options.shippedHoursAgo ?? options.scannedHoursAgo + 2);
  const fulfillment = fulfillmentPayload(order.id, { created_at: shipped, updated_at: shipped });
  await deliver("orders/create", order);
  await deliver("fulfillments/create", fulfillment);
  await deliver(
    "fulfillment_events/create",
    fulfillmentEventPayload(order.id, fulfillment.id, "in_transit", hoursAgo(options.scannedHoursAgo), {
      estimated_delivery_at: options.eta ?? null,
    }),
  );
  return { order, fulfillment };
}

describe("delay and stall detection", () => {
  it("tells the shopper their parcel is late once the estimated day has passed, once", async () => {
    // Given a parcel promised for the day before yesterday, still in transit
    const { fulfillment } = await inTransit({ scannedHoursAgo: 10, eta: hoursAgo(48) });
    const db = await testDb();

    // When detection runs (twice, as the schedule would)
    const first = await detectLateAndStalled(db);
    const second = await detectLateAndStalled(db);
    await dispatch(dispatchConfig(smtp.url));

    // Then the shipment is flagged late and the shopper gets one "delayed" email
    expect(first.delayed).toBe(1);
    expect(second.delayed).toBe(0);
    expect((await shipmentByShopifyId(fulfillment.id))?.lateSince).not.toBeNull();
    const delayed = (await outbox()).filter((r) => r.milestone === "DELAYED");
    expect(delayed.map((r) => r.status)).toEqual(["SENT"]);
    const mails = smtp.messages.filter((m) => /delay|late/i.test(m.subject ?? ""));
    expect(mails).toHaveLength(1);
  });

  it("reads only the shipments that are due", async () => {
    // Given one late shipment and two whose estimate is next week
    await inTransit({ scannedHoursAgo: 5, eta: hoursAgo(30) });
    await inTransit({ scannedHoursAgo: 5, eta: hoursAgo(-24 * 7) });
    await inTransit({ scannedHoursAgo: 5, eta: hoursAgo(-24 * 6) });

    // When detection runs
    const result = await detectLateAndStalled(await testDb());

    // Then it looked at the one due shipment only
    expect(result).toEqual({ checked: 1, delayed: 1, stalled: 0, more: false });
  });

  it("flags a parcel with no tracking update for the shop's stall period, and not before", async () => {
    // Given a shop that calls a parcel stalled after 3 days, one parcel quiet for 3.5 days and one for 2
    const quiet = await inTransit({ scannedHoursAgo: 84 });
    const recent = await inTransit({ scannedHoursAgo: 48 });
    const db = await testDb();

    // When detection runs
    const result = await detectLateAndStalled(db);
    await dispatch(dispatchConfig(smtp.url));

    // Then only the quiet one is stalled, and its shopper is told
    expect(result.stalled).toBe(1);
    expect((await shipmentByShopifyId(quiet.fulfillment.id))?.stalledSince).not.toBeNull();
    const other = await shipmentByShopifyId(recent.fulfillment.id);
    expect(other?.stalledSince).toBeNull();
    // And the other is scheduled for when it would become stalled (its last scan + 3 days, to the hour)
    const stallsAt = other!.lastEventAt!.getTime() + 72 * HOUR;
    expect(other?.checkAt?.getTime()).toBe(Math.ceil(stallsAt / HOUR) * HOUR);
    expect((await outbox()).filter((r) => r.milestone === "STALLED" && r.status === "SENT")).toHaveLength(1);
  });

  it("uses the shop's own stall period", async () => {
    // Given a shop with a 5-day stall period and a parcel quiet for 3.5 days
    await inTransit({ scannedHoursAgo: 84 });
    await configureShop({ stallDays: 5 });

    // When detection runs
    const result = await detectLateAndStalled(await testDb());

    // Then nothing is stalled yet
    expect(result.stalled).toBe(0);
    expect(await outbox()).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ milestone: "STALLED" })]),
    );
  });

  it("does not send a stall message once the parcel moved again", async () => {
    // Given a stalled parcel whose message has not gone out yet
    const { order, fulfillment } = await inTransit({ scannedHoursAgo: 90 });
    await detectLateAndStalled(await testDb());

    // When a new scan arrives before the dispatcher runs
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "in_transit", hoursAgo(0.5)),
    );
    await dispatch(dispatchConfig(smtp.url));

    // Then the stall is over and the message is skipped as out of date
    expect((await shipmentByShopifyId(fulfillment.id))?.stalledSince).toBeNull();
    const stalled = (await outbox()).find((r) => r.milestone === "STALLED");
    expect(stalled?.status).toBe("SKIPPED");
    expect(stalled?.skipReason).toMatch(/moved/i);
  });

  it("announces a new delivery estimate when it moves by a day or more", async () => {
    // Given a merchant who turned on "new estimate" emails, and a parcel due in two days
    const { order, fulfillment } = await inTransit({ scannedHoursAgo: 6, eta: hoursAgo(-48) });
    await configureShop({ rules: { NEW_ESTIMATE: { channels: ["email"], klaviyo: false } } });

    // When the carrier moves the estimate by a few hours, then by three days
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "in_transit", hoursAgo(4), {
        estimated_delivery_at: hoursAgo(-52),
      }),
    );
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "in_transit", hoursAgo(2), {
        estimated_delivery_at: hoursAgo(-52 - 72),
      }),
    );
    await dispatch(dispatchConfig(smtp.url));

    // Then one "new estimate" email goes, for the three-day move only
    const rows = (await outbox()).filter((r) => r.milestone === "NEW_ESTIMATE");
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe("SENT");
    expect(rows[0].occurrence).toBe(new Date(Date.now() + (52 + 72) * HOUR).toISOString().slice(0, 10));
  });
});

describe("what detection leaves alone", () => {
  it("does not call a parcel stalled or late while it waits at a pickup point or is in exception", async () => {
    // Given a parcel at a pickup point for 4 days and one returned to sender 4 days ago, both past their estimate
    for (const status of ["ready_for_pickup", "failure"]) {
      const { order, fulfillment } = await inTransit({ scannedHoursAgo: 120, eta: hoursAgo(100) });
      await deliver(
        "fulfillment_events/create",
        fulfillmentEventPayload(order.id, fulfillment.id, status, hoursAgo(96)),
      );
    }

    // When detection runs
    const result = await detectLateAndStalled(await testDb());

    // Then neither is flagged, and neither is even due
    expect(result).toEqual({ checked: 0, delayed: 0, stalled: 0, more: false });
    expect((await outbox()).filter((r) => r.milestone === "STALLED" || r.milestone === "DELAYED")).toEqual(
      [],
    );
  });
});

describe("a backlog", () => {
  it("is worked off in bounded passes, each saying whether more is due", async () => {
    // Given three late shipments
    for (let i = 0; i < 3; i++) await inTransit({ scannedHoursAgo: 5, eta: hoursAgo(30) });
    const db = await testDb();

    // When passes of at most two shipments run
    const first = await detectLateAndStalled(db, new Date(), { batchSize: 1, maxBatches: 2 });
    const second = await detectLateAndStalled(db, new Date(), { batchSize: 1, maxBatches: 2 });

    // Then the first stops at its limit and asks for another; the second finishes the backlog
    expect(first).toEqual({ checked: 2, delayed: 2, stalled: 0, more: true });
    expect(second).toEqual({ checked: 1, delayed: 1, stalled: 0, more: false });
  });
});
