import { beforeEach, describe, expect, it } from "vitest";
import { upsCheck } from "~/carriers/check-digits";
import { addDeliveryDays, localDayNumber, MON_TO_FRI, noonOf } from "~/estimates/calendar";
import { learnLanes } from "~/estimates/learn.server";
import { hasPendingJob } from "~/jobs/queue.server";
import { detectLateAndStalled } from "~/notifications/detect.server";
import { createAdminGraphql } from "~/shopify-admin/admin-graphql.server";
import { syncShopDetails } from "~/shops/sync-details.server";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { adminShop, shopifyAdminHandlers } from "../mocks/shopify-admin";
import { server } from "../mocks/server";
import { lookup } from "../helpers/app-proxy";
import { seedOfflineSession, shipmentByShopifyId, testDb } from "../helpers/db";
import { configureShop, hoursAgo, outbox } from "../helpers/notifications";
import { DEFAULT_SHOP, deliver } from "../helpers/webhooks";
import { resetRateLimits } from "~/storefront/rate-limit.server";

const DAY = 86_400_000;
const OTHER_SHOP = "other-shop.myshopify.com";
/** Test shops keep Shopify's default zone until their details are synced. */
const ZONE = "UTC";
const today = () => localDayNumber(new Date(), ZONE);
const at = (day: number, hour: number) => new Date(day * DAY + hour * 3_600_000).toISOString();
/** Noon of the day `days` delivery days (Monday–Friday) after `from`: how a learned day is stored. */
const deliveryDay = (from: number, days: number) => noonOf(addDeliveryDays(from, days, MON_TO_FRI), ZONE);

beforeEach(() => resetRateLimits());

/** A shop with its country known, as syncShopDetails leaves it. */
async function shopIn(country: string, domain = DEFAULT_SHOP) {
  const db = await testDb();
  await db.shop.create({ data: { domain, countryCode: country } });
}

/**
 * Delivered parcels of one lane, through Shopify's webhooks: one shipped on each of the `shipDays` days
 * before the last month per entry of `days` (delivery days it took), each scanned the day it shipped.
 * Every weekday shipped sees every transit time, so every level of the lane has the same distribution.
 */
async function history(
  lane: { carrier: string; country: string; days: number[]; shipDays?: number; number?: () => string },
  shop = DEFAULT_SHOP,
) {
  for (let k = 0; k < (lane.shipDays ?? 16); k++) {
    const shipDay = today() - 30 - k;
    for (const days of lane.days) {
      const delivered = at(addDeliveryDays(shipDay, days, MON_TO_FRI), 14);
      const order = orderPayload();
      const number = lane.number?.();
      const fulfillment = fulfillmentPayload(order.id, {
        created_at: at(shipDay, 9),
        // Shopify's own status, written at delivery: delivered
        updated_at: delivered,
        shipment_status: "delivered",
        tracking_company: lane.carrier,
        destination: { country_code: lane.country, city: "Anywhere" },
        ...(number && { tracking_number: number, tracking_numbers: [number] }),
      });
      await deliver("fulfillments/create", fulfillment, { shop });
      await deliver(
        "fulfillment_events/create",
        fulfillmentEventPayload(order.id, fulfillment.id, "in_transit", at(shipDay, 18)),
        { shop },
      );
    }
  }
}

/** A parcel shipped `hoursAgo` hours ago, not scanned yet. */
async function newParcel(
  lane: { carrier: string; country: string; number?: string },
  shipped = hoursAgo(1),
  shop = DEFAULT_SHOP,
) {
  const order = orderPayload({ customer_locale: "en", created_at: shipped, updated_at: shipped });
  const fulfillment = fulfillmentPayload(order.id, {
    created_at: shipped,
    updated_at: shipped,
    tracking_company: lane.carrier,
    destination: { country_code: lane.country, city: "Springfield" },
    ...(lane.number && { tracking_number: lane.number, tracking_numbers: [lane.number] }),
  });
  await deliver("orders/create", order, { shop });
  await deliver("fulfillments/create", fulfillment, { shop });
  return { order, fulfillment, shipDay: localDayNumber(new Date(shipped), ZONE) };
}

const UPS_US = { carrier: "UPS", country: "US", days: [2, 5] };

/** A different valid UPS "1Z" number each call (shipper 999AA1, service 01, its check digit). */
let upsSerial = 1_000_000;
function upsNumber(): string {
  const payload = `999AA101${upsSerial++}`;
  return `1Z${payload}${upsCheck(payload)}`;
}

describe("learned delivery estimates", () => {
  it("give a new parcel in a lane with history the lane's range, without announcing it", async () => {
    // Given a US shop whose UPS parcels within the US took 2 or 5 delivery days, all scanned the day they shipped
    await shopIn("US");
    await history(UPS_US);
    const db = await testDb();
    const shopId = (await db.shop.findUniqueOrThrow({ where: { domain: DEFAULT_SHOP } })).id;
    expect(await learnLanes(db, DEFAULT_SHOP)).toMatchObject({ deliveries: 32 });
    await configureShop({ rules: { NEW_ESTIMATE: { channels: ["email"], klaviyo: false } } });

    // When a new UPS parcel to the US ships ("ups", as another app spells it)
    const { fulfillment, shipDay } = await newParcel({ carrier: "ups ", country: "US" });

    // Then it gets the lane's range: 2 to 5 delivery days, and a first scan due the day it shipped
    const shipment = await shipmentByShopifyId(fulfillment.id);
    expect(shipment).toMatchObject({
      estimateSource: "LEARNED",
      estimateLane: "ups|US",
      estimatedDeliveryAt: deliveryDay(shipDay, 2),
      estimatedDeliveryLatestAt: deliveryDay(shipDay, 5),
      scanDueAt: noonOf(shipDay, ZONE),
    });
    expect(shipment!.estimateConfidence).toBeGreaterThan(0.6);
    expect(shipment!.estimateConfidence).toBeLessThanOrEqual(1);
    // And the statistics are the shop's own, one row per level
    const keys = (await db.laneStat.findMany({ where: { shopId }, select: { key: true } })).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(["all", "scope:domestic", "lane:ups|US|US", "carrier:ups"]));
    // And a first estimate is not news: nothing is announced
    expect((await outbox()).filter((r) => r.milestone === "NEW_ESTIMATE")).toEqual([]);

    // And the storefront shows the range
    await seedOfflineSession();
    const order = await db.order.findFirstOrThrow({ where: { shipments: { some: { id: shipment!.id } } } });
    const shown = await lookup({ orderNumber: order.name.replace("#", ""), contact: "jon@example.com" });
    expect((shown.body.shipments as Array<Record<string, unknown>>)[0].estimatedDelivery).toEqual({
      earliest: deliveryDay(shipDay, 2).toISOString(),
      latest: deliveryDay(shipDay, 5).toISOString(),
    });
  });

  it("gives parcels that shipped before there were statistics their range when they are built", async () => {
    // Given history, and a parcel that arrived before the statistics were built
    await shopIn("US");
    await history(UPS_US);
    const { fulfillment, shipDay } = await newParcel(UPS_US);
    expect((await shipmentByShopifyId(fulfillment.id))?.estimateSource).toBeNull();
    // It queued the rebuild (delivered parcels need no estimate, and queue nothing)
    expect(await hasPendingJob(await testDb(), DEFAULT_SHOP, "learn-lanes")).toBe(true);

    // When the learn-lanes job runs
    const result = await learnLanes(await testDb(), DEFAULT_SHOP);

    // Then the waiting parcel has its range
    expect(result?.estimated).toBe(1);
    expect(await shipmentByShopifyId(fulfillment.id)).toMatchObject({
      estimateSource: "LEARNED",
      estimatedDeliveryAt: deliveryDay(shipDay, 2),
    });
  });

  it("gives way to the carrier's date, and announces it when it moves the estimate by a day or more", async () => {
    // Given a learned range on two parcels, and a shop that sends new estimates by email
    await shopIn("US");
    await history(UPS_US);
    await learnLanes(await testDb(), DEFAULT_SHOP);
    await configureShop({ rules: { NEW_ESTIMATE: { channels: ["email"], klaviyo: false } } });
    const moved = await newParcel(UPS_US);
    const same = await newParcel(UPS_US);
    const learned = deliveryDay(moved.shipDay, 2);

    // When the carrier scans both: one due three days after the range starts, one on its first day
    const later = new Date(learned.getTime() + 3 * DAY);
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(moved.order.id, moved.fulfillment.id, "in_transit", hoursAgo(0.5), {
        estimated_delivery_at: later.toISOString(),
      }),
    );
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(same.order.id, same.fulfillment.id, "in_transit", hoursAgo(0.5), {
        estimated_delivery_at: new Date(learned.getTime() + 2 * 3_600_000).toISOString(),
      }),
    );

    // Then the carrier's date is the estimate, a single day, with nothing learned left on it
    expect(await shipmentByShopifyId(moved.fulfillment.id)).toMatchObject({
      estimateSource: "CARRIER",
      estimatedDeliveryAt: later,
      estimatedDeliveryLatestAt: null,
      estimateConfidence: null,
      estimateLane: null,
      scanDueAt: null,
    });
    // And only the move of a day or more is announced, with the learned start as the previous estimate
    const announced = (await outbox()).filter((r) => r.milestone === "NEW_ESTIMATE");
    expect(announced).toHaveLength(1);
    expect(announced[0]).toMatchObject({
      shipmentId: (await shipmentByShopifyId(moved.fulfillment.id))!.id,
      occurrence: later.toISOString().slice(0, 10),
    });
    expect(JSON.parse(announced[0].context)).toMatchObject({ previousEstimate: learned.toISOString() });
  });

  it("flags a parcel with no first scan past the lane's p90 day as late, days before its range ends", async () => {
    // Given a lane whose parcels were all scanned the day they shipped
    await shopIn("US");
    await history(UPS_US);
    await learnLanes(await testDb(), DEFAULT_SHOP);
    // And a parcel shipped three days ago with no scan since, and one shipped an hour ago
    const silent = await newParcel(UPS_US, at(today() - 3, 9));
    const fresh = await newParcel(UPS_US);

    // When detection runs
    const result = await detectLateAndStalled(await testDb());

    // Then the silent parcel is late now, although its range runs on for days; the fresh one is not
    expect(result.delayed).toBe(1);
    const shipment = await shipmentByShopifyId(silent.fulfillment.id);
    expect(shipment?.lateSince).not.toBeNull();
    expect(shipment!.estimatedDeliveryLatestAt!.getTime()).toBeGreaterThan(Date.now() + DAY);
    expect((await shipmentByShopifyId(fresh.fulfillment.id))?.lateSince).toBeNull();
    // And the shopper is told (DELAYED is on by default), once
    const delayed = (await outbox()).filter((r) => r.milestone === "DELAYED");
    expect(delayed.map((r) => r.shipmentId)).toEqual([shipment!.id]);
    expect(delayed[0].milestoneAt).toEqual(new Date((today() - 2) * DAY - 1));
    expect((await detectLateAndStalled(await testDb())).delayed).toBe(0);
  });

  it("moves the range when the first scan comes late, announces it and ends the lateness", async () => {
    // Given a parcel flagged late for having no scan three days after it shipped
    await shopIn("US");
    await history(UPS_US);
    await learnLanes(await testDb(), DEFAULT_SHOP);
    await configureShop({ rules: { NEW_ESTIMATE: { channels: ["email"], klaviyo: false } } });
    const silent = await newParcel(UPS_US, at(today() - 3, 9));
    await detectLateAndStalled(await testDb());
    const before = (await shipmentByShopifyId(silent.fulfillment.id))!;
    expect(before.lateSince).not.toBeNull();

    // When the carrier's first scan arrives now
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(silent.order.id, silent.fulfillment.id, "in_transit", hoursAgo(0.5)),
    );

    // Then the range starts from the scan: later by the delivery days the parcel sat, still learned
    const after = (await shipmentByShopifyId(silent.fulfillment.id))!;
    const sat = addDeliveryDays(silent.shipDay, 0, MON_TO_FRI);
    expect(after).toMatchObject({ estimateSource: "LEARNED", scanDueAt: null, lateSince: null });
    expect(after.firstScanAt).not.toBeNull();
    expect(after.estimatedDeliveryAt!.getTime()).toBeGreaterThan(before.estimatedDeliveryAt!.getTime());
    expect(after.estimatedDeliveryLatestAt!.getTime()).toBeGreaterThan(noonOf(sat, ZONE).getTime() + 5 * DAY);
    // And the shopper hears the new estimate
    const announced = (await outbox()).filter((r) => r.milestone === "NEW_ESTIMATE");
    expect(announced.map((r) => r.occurrence)).toEqual([
      after.estimatedDeliveryAt!.toISOString().slice(0, 10),
    ]);
  });

  it("falls back on the shop's wider history when a lane is thin, with less confidence, not abroad", async () => {
    // Given plenty of UPS parcels within the US, and two FedEx ones that took 9 delivery days
    await shopIn("US");
    await history(UPS_US);
    await history({ carrier: "FedEx", country: "US", days: [9], shipDays: 2 });
    await learnLanes(await testDb(), DEFAULT_SHOP);

    // When a FedEx parcel and a UPS one ship to the US, and a UPS one to Canada, where the shop never shipped
    const ups = await newParcel(UPS_US);
    const fedex = await newParcel({ carrier: "FedEx", country: "US" });
    const canada = await newParcel({ carrier: "UPS", country: "CA" });

    // Then the FedEx range starts with the shop's domestic parcels and stretches towards its own two
    const rich = (await shipmentByShopifyId(ups.fulfillment.id))!;
    const thin = (await shipmentByShopifyId(fedex.fulfillment.id))!;
    expect(thin).toMatchObject({
      estimateSource: "LEARNED",
      estimatedDeliveryAt: deliveryDay(fedex.shipDay, 2),
    });
    expect(thin.estimatedDeliveryLatestAt!.getTime()).toBeGreaterThanOrEqual(
      deliveryDay(fedex.shipDay, 5).getTime(),
    );
    expect(thin.estimateConfidence!).toBeLessThan(rich.estimateConfidence!);
    // And the parcel to Canada gets none: the shop's parcels within the US say nothing about it
    expect(await shipmentByShopifyId(canada.fulfillment.id)).toMatchObject({
      estimateSource: null,
      estimatedDeliveryAt: null,
    });
  });

  it("learns each shop from its own history only", async () => {
    // Given one shop whose UPS parcels took 2 or 5 days, another whose took 9, and a third with none
    await shopIn("US");
    await shopIn("US", OTHER_SHOP);
    await shopIn("US", "third-shop.myshopify.com");
    await history(UPS_US);
    await history({ carrier: "UPS", country: "US", days: [9], shipDays: 24 }, OTHER_SHOP);
    const db = await testDb();
    for (const shop of [DEFAULT_SHOP, OTHER_SHOP, "third-shop.myshopify.com"]) await learnLanes(db, shop);

    // When each ships a UPS parcel within the US
    const mine = await newParcel(UPS_US);
    const theirs = await newParcel(UPS_US, hoursAgo(1), OTHER_SHOP);
    const none = await newParcel(UPS_US, hoursAgo(1), "third-shop.myshopify.com");

    // Then each estimate comes from its own shop's deliveries, and the shop with none gets none
    expect(await shipmentByShopifyId(mine.fulfillment.id)).toMatchObject({
      estimatedDeliveryAt: deliveryDay(mine.shipDay, 2),
      estimatedDeliveryLatestAt: deliveryDay(mine.shipDay, 5),
    });
    expect(await shipmentByShopifyId(theirs.fulfillment.id, OTHER_SHOP)).toMatchObject({
      estimatedDeliveryAt: deliveryDay(theirs.shipDay, 9),
      estimatedDeliveryLatestAt: deliveryDay(theirs.shipDay, 9),
    });
    expect(await shipmentByShopifyId(none.fulfillment.id, "third-shop.myshopify.com")).toMatchObject({
      estimateSource: null,
      estimatedDeliveryAt: null,
    });
    const counts = await db.laneStat.groupBy({ by: ["shopId"], where: { key: "all" }, _sum: { n: true } });
    expect(counts.map((c) => c._sum.n).sort((a, b) => a! - b!)).toEqual([0, 24, 32]);
  });

  it("learns and uses a carrier's lane from tracking numbers when Shopify names no carrier", async () => {
    // Given a US shop whose history went out as "Other", every parcel with a UPS 1Z number
    await shopIn("US");
    await history({ ...UPS_US, carrier: "Other", number: upsNumber });
    const db = await testDb();
    const shopId = (await db.shop.findUniqueOrThrow({ where: { domain: DEFAULT_SHOP } })).id;
    expect(await learnLanes(db, DEFAULT_SHOP)).toMatchObject({ deliveries: 32 });
    // Then the statistics are UPS's lane, not a lane of "Other"
    const keys = (await db.laneStat.findMany({ where: { shopId }, select: { key: true } })).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(["lane:ups|US|US", "carrier:ups"]));
    expect(keys.filter((key) => key.includes("other"))).toEqual([]);

    // When a new parcel ships as "Other" with a UPS number
    const { fulfillment, shipDay } = await newParcel({
      carrier: "Other",
      country: "US",
      number: upsNumber(),
    });

    // Then it is recognised as UPS, and gets UPS's range from the first webhook on
    const shipment = await shipmentByShopifyId(fulfillment.id);
    expect(shipment).toMatchObject({
      carrier: "Other",
      detectedCarrier: "UPS",
      estimateSource: "LEARNED",
      estimateLane: "ups|US",
      estimatedDeliveryAt: deliveryDay(shipDay, 2),
      estimatedDeliveryLatestAt: deliveryDay(shipDay, 5),
    });
  });

  it("reads the shop's country, the origin of its lanes, with its other details", async () => {
    // Given the Admin API reports a shop in France
    const state = adminShop(DEFAULT_SHOP, []);
    server.use(...shopifyAdminHandlers(state));
    const db = await testDb();
    const shop = await db.shop.create({ data: { domain: DEFAULT_SHOP } });

    // When the shop's details are synced
    const graphql = createAdminGraphql({
      shop: DEFAULT_SHOP,
      accessToken: state.accessToken,
      apiVersion: "2026-07",
      origin: "https://{shop}",
    });
    await syncShopDetails(db, shop, graphql);

    // Then its country is stored
    expect(await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({ countryCode: "FR" });
  });
});
