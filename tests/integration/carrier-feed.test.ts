import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POLL_AFTER_SILENCE_MS } from "~/carriers/feed";
import { pollCarrierFeed } from "~/carriers/poll.server";
import { configuredFeed } from "~/carriers/provider.server";
import { registerCarrierFeeds } from "~/carriers/register.server";
import { env } from "~/env.server";
import { action as pushAction } from "~/routes/carriers.17track";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { shipmentByShopifyId, testDb } from "../helpers/db";
import { drainJobs } from "../helpers/jobs";
import { hoursAgo, outbox } from "../helpers/notifications";
import { DEFAULT_SHOP, deliver } from "../helpers/webhooks";
import {
  pushBody,
  pushRequest,
  seventeenTrackAccount,
  sign17,
  seventeenTrackHandlers,
  trackInfo,
  type ScanInput,
  type SeventeenTrackState,
} from "../mocks/seventeentrack";
import { server } from "../mocks/server";

const HOUR = 3_600_000;
const KEY = "17track-test-security-key";
const ROYAL_MAIL = "RB123456785GB";
let account: SeventeenTrackState;

/** The deployment's 17TRACK key, as SEVENTEENTRACK_API_KEY sets it (env is read when a job or push runs). */
function configure17Track(key: string | undefined) {
  env.SEVENTEENTRACK_API_KEY = key;
  env.SEVENTEENTRACK_WEBHOOK_SECRET = undefined;
}

beforeEach(() => {
  account = seventeenTrackAccount({ apiKey: KEY });
  server.use(...seventeenTrackHandlers(account));
  configure17Track(KEY);
});
afterEach(() => configure17Track(undefined));

/** An order shipped 30 hours ago with a carrier Shopify does not track ("Other" unless told). */
async function ship(trackingNumber: string, options: { company?: string | null; shop?: string } = {}) {
  const shop = options.shop ?? DEFAULT_SHOP;
  const order = orderPayload({ customer_locale: "en", created_at: hoursAgo(40), updated_at: hoursAgo(40) });
  const fulfillment = fulfillmentPayload(order.id, {
    created_at: hoursAgo(30),
    updated_at: hoursAgo(30),
    tracking_company: options.company === undefined ? "Other" : options.company,
    tracking_number: trackingNumber,
    tracking_numbers: [trackingNumber],
    tracking_url: null,
    tracking_urls: [],
    destination: { city: "London", country_code: "GB" },
  });
  await deliver("orders/create", order, { shop });
  await deliver("fulfillments/create", fulfillment, { shop });
  return { order, fulfillment };
}

async function feedsOf(shopifyId: number, shop = DEFAULT_SHOP) {
  const db = await testDb();
  return db.carrierFeed.findMany({
    where: { shipment: { shopifyId: String(shopifyId), shop: { domain: shop } } },
    orderBy: { createdAt: "asc" },
  });
}

async function eventsOf(shopifyId: number, shop = DEFAULT_SHOP) {
  const db = await testDb();
  return db.trackingEvent.findMany({
    where: { shipment: { shopifyId: String(shopifyId), shop: { domain: shop } } },
    orderBy: { happenedAt: "asc" },
  });
}

async function push(body: unknown, options: { key?: string; sign?: string | null; rawBody?: string } = {}) {
  const response = await pushAction({
    request: pushRequest(body, { key: options.key ?? KEY, sign: options.sign, rawBody: options.rawBody }),
    params: {},
    context: {},
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const SCANS: Record<string, ScanInput> = {
  received: { at: hoursAgo(29), description: "Item received for processing", subStatus: "InfoReceived" },
  collected: {
    at: hoursAgo(20),
    description: "We've got it",
    subStatus: "InTransit_PickedUp",
    city: "Swindon",
  },
  outForDelivery: {
    at: hoursAgo(3),
    description: "Your item is with the delivery office",
    subStatus: "OutForDelivery_Other",
    city: "London",
  },
  delivered: { at: hoursAgo(1), description: "Delivered", subStatus: "Delivered_Other", city: "London" },
};

const updated = (number: string, scans: ScanInput[], eta?: { from: string; to: string }) =>
  pushBody("TRACKING_UPDATED", number, 11031, trackInfo({ events: scans, eta }));

/** Ships a Royal Mail parcel under "Other" and lets the registration job run. */
async function registered(number = ROYAL_MAIL, shop = DEFAULT_SHOP) {
  const shipped = await ship(number, { shop });
  await drainJobs();
  return shipped;
}

describe("carrier detection on ingest", () => {
  it("names the carrier from the number when Shopify says Other or nothing, and keeps Shopify's own", async () => {
    // Given fulfillments under "Other", under no company, and under UPS
    const other = await ship(ROYAL_MAIL);
    const none = await ship("1Z999AA10123456784", { company: null });
    const ups = await ship("1Z5R89390357567127", { company: "UPS" });

    // Then the first two get a detected carrier, and Shopify's carrier is left as Shopify said
    expect(await shipmentByShopifyId(other.fulfillment.id)).toMatchObject({
      carrier: "Other",
      detectedCarrier: "Royal Mail",
    });
    expect(await shipmentByShopifyId(none.fulfillment.id)).toMatchObject({
      carrier: null,
      detectedCarrier: "UPS",
    });
    expect(await shipmentByShopifyId(ups.fulfillment.id)).toMatchObject({
      carrier: "UPS",
      detectedCarrier: null,
    });

    // When the merchant later names the carrier in Shopify, the guess goes
    await deliver(
      "fulfillments/update",
      fulfillmentPayload(other.order.id, {
        id: other.fulfillment.id,
        created_at: hoursAgo(30),
        updated_at: hoursAgo(2),
        tracking_company: "Royal Mail",
        tracking_numbers: [ROYAL_MAIL],
        tracking_number: ROYAL_MAIL,
      }),
    );
    expect(await shipmentByShopifyId(other.fulfillment.id)).toMatchObject({
      carrier: "Royal Mail",
      detectedCarrier: null,
    });
  });
});

describe("17TRACK registration", () => {
  it("registers an unknown carrier's number on ingest and waits for pushes", async () => {
    // Given a shipment under "Other" and one under no company with a UPS number
    const other = await ship(ROYAL_MAIL);
    const ups = await ship("1Z999AA10123456784", { company: null });
    expect((await feedsOf(other.fulfillment.id)).map((f) => f.state)).toEqual(["PENDING"]);

    // When the registration jobs run
    const started = Date.now();
    await drainJobs();

    // Then 17TRACK was asked with the security key, naming the carrier only where its code is certain
    const bodies = account.calls.filter((c) => c.path === "register").map((c) => c.body);
    expect(bodies).toEqual(
      expect.arrayContaining([[{ number: ROYAL_MAIL }], [{ number: "1Z999AA10123456784", carrier: 100002 }]]),
    );
    // And both numbers are registered under the carrier 17TRACK settled on, with a poll due if no push comes
    const [feed] = await feedsOf(other.fulfillment.id);
    expect(feed).toMatchObject({
      provider: "17track",
      number: ROYAL_MAIL,
      state: "REGISTERED",
      carrierCode: 11031,
    });
    expect(feed.nextPollAt!.getTime()).toBeGreaterThanOrEqual(started + POLL_AFTER_SILENCE_MS);
    expect((await feedsOf(ups.fulfillment.id))[0]).toMatchObject({
      state: "REGISTERED",
      carrierCode: 100002,
    });
  });

  it("keeps a rejected number with 17TRACK's reason, and retries one 17TRACK cannot take yet", async () => {
    // Given 17TRACK refuses one number for good and one for now (quota exhausted)
    account.rejectOnRegister.set("3SDEVC1234567", {
      code: -18019903,
      message: "The carrier can not be detected.",
    });
    account.rejectOnRegister.set("RB987654325GB", { code: -18019908, message: "The quota is not enough." });
    const refused = await ship("3SDEVC1234567");
    const later = await ship("RB987654325GB");

    // When the registration jobs run
    await drainJobs();

    // Then the first is rejected with the reason, and nothing will poll it
    expect((await feedsOf(refused.fulfillment.id))[0]).toMatchObject({
      state: "REJECTED",
      lastError: "-18019903 The carrier can not be detected.",
      nextPollAt: null,
    });
    // And the second still waits, its job failed to be retried
    const [waiting] = await feedsOf(later.fulfillment.id);
    expect(waiting).toMatchObject({ state: "PENDING", lastError: "-18019908 The quota is not enough." });

    // When the quota is back and the retry runs
    account.rejectOnRegister.delete("RB987654325GB");
    const db = await testDb();
    await registerCarrierFeeds(db, configuredFeed(), waiting.shipmentId);

    // Then it is registered
    expect((await feedsOf(later.fulfillment.id))[0]).toMatchObject({ state: "REGISTERED", lastError: null });
  });

  it("leaves carriers Shopify tracks to Shopify, and takes over only when Shopify reports nothing", async () => {
    // Given two UPS shipments named by Shopify, one of which Shopify reports on
    const quiet = await ship("1Z5R89390357567127", { company: "UPS" });
    const tracked = await ship("1Z879E930346834440", { company: "UPS" });
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(tracked.order.id, tracked.fulfillment.id, "in_transit", hoursAgo(10)),
    );

    // Then their numbers wait on standby: nothing is registered during Shopify's grace period
    await drainJobs();
    expect(account.calls).toEqual([]);
    expect((await feedsOf(quiet.fulfillment.id))[0].state).toBe("STANDBY");

    // When the grace period is over (the job queued for then runs)
    const db = await testDb();
    for (const shipment of [quiet, tracked]) {
      const id = (await shipmentByShopifyId(shipment.fulfillment.id))!.id;
      await registerCarrierFeeds(db, configuredFeed(), id);
    }

    // Then only the one Shopify was silent about is registered
    expect(account.calls.map((c) => c.body)).toEqual([[{ number: "1Z5R89390357567127", carrier: 100002 }]]);
    expect((await feedsOf(quiet.fulfillment.id))[0].state).toBe("REGISTERED");
    expect((await feedsOf(tracked.fulfillment.id))[0].state).toBe("NOT_NEEDED");
  });

  it("follows a corrected tracking number and lets go of the old one", async () => {
    // Given a registered number the merchant then corrects
    const { order, fulfillment } = await registered();
    await deliver(
      "fulfillments/update",
      fulfillmentPayload(order.id, {
        id: fulfillment.id,
        created_at: hoursAgo(30),
        updated_at: hoursAgo(5),
        tracking_company: "Other",
        tracking_number: "RB987654325GB",
        tracking_numbers: ["RB987654325GB"],
      }),
    );
    await drainJobs();

    // Then the old one is detached and the new one registered
    expect((await feedsOf(fulfillment.id)).map((f) => [f.number, f.state])).toEqual([
      [ROYAL_MAIL, "DETACHED"],
      ["RB987654325GB", "REGISTERED"],
    ]);
    // And a push for the old number changes nothing any more
    expect((await push(updated(ROYAL_MAIL, [SCANS.collected]))).body).toMatchObject({
      ignored: "unknown tracking number",
    });
    expect(await eventsOf(fulfillment.id)).toEqual([]);
  });
});

describe("17TRACK pushes", () => {
  it("move the status, fill the timeline and record the shopper's milestone once", async () => {
    // Given a registered shipment
    const { fulfillment } = await registered();
    const eta = { from: hoursAgo(-20), to: hoursAgo(-30) };

    // When 17TRACK pushes its scans, twice (a retry)
    const body = updated(ROYAL_MAIL, [SCANS.received, SCANS.collected, SCANS.outForDelivery], eta);
    const first = await push(body);
    const again = await push(body);

    // Then the shipment is out for delivery, with the carrier's estimate
    expect(first).toEqual({ status: 200, body: { ok: true, shipments: 1 } });
    expect(again.status).toBe(200);
    const shipment = await shipmentByShopifyId(fulfillment.id);
    expect(shipment).toMatchObject({ status: "OUT_FOR_DELIVERY" });
    expect(shipment?.estimatedDeliveryAt?.toISOString()).toBe(new Date(eta.from).toISOString());
    // And its timeline holds each scan once, in the canonical model, like Shopify's own events
    const events = await eventsOf(fulfillment.id);
    expect(events.map((e) => [e.source, e.rawStatus, e.status, e.message])).toEqual([
      ["17track", "InfoReceived", "PENDING", "Item received for processing"],
      ["17track", "InTransit_PickedUp", "IN_TRANSIT", "We've got it"],
      ["17track", "OutForDelivery_Other", "OUT_FOR_DELIVERY", "Your item is with the delivery office"],
    ]);
    expect(events[1]).toMatchObject({
      city: "Swindon",
      country: "GB",
      fulfillmentShopifyId: String(fulfillment.id),
    });
    // And the shopper's "out for delivery" message is queued once
    const milestones = (await outbox()).map((n) => n.milestone);
    expect(milestones.filter((m) => m === "OUT_FOR_DELIVERY").length).toBeGreaterThan(0);
    const before = await outbox();

    // When the delivery scan comes
    await push(updated(ROYAL_MAIL, [SCANS.received, SCANS.collected, SCANS.outForDelivery, SCANS.delivered]));

    // Then the shipment is delivered, and only the "delivered" message is new
    expect((await shipmentByShopifyId(fulfillment.id))?.status).toBe("DELIVERED");
    const after = await outbox();
    expect(after.slice(before.length).map((n) => n.milestone)).toEqual(
      after.slice(before.length).map(() => "DELIVERED"),
    );
    expect(after.length).toBeGreaterThan(before.length);
  });

  it("give the same result in any order", async () => {
    // Given a registered shipment
    const { fulfillment } = await registered();

    // When the delivered push arrives before an older, shorter one (17TRACK retried it late)
    await push(updated(ROYAL_MAIL, [SCANS.received, SCANS.collected, SCANS.delivered]));
    await push(updated(ROYAL_MAIL, [SCANS.received, SCANS.collected]));
    await push(updated(ROYAL_MAIL, [SCANS.collected]));

    // Then it stays delivered, each scan is there once, and no "in transit" message follows "delivered"
    expect((await shipmentByShopifyId(fulfillment.id))?.status).toBe("DELIVERED");
    expect((await eventsOf(fulfillment.id)).map((e) => e.rawStatus)).toEqual([
      "InfoReceived",
      "InTransit_PickedUp",
      "Delivered_Other",
    ]);
    const milestones = new Set((await outbox()).map((n) => n.milestone));
    expect(milestones.has("DELIVERED")).toBe(true);
    expect(milestones.has("IN_TRANSIT")).toBe(false);
  });

  it("update each shop's own shipment when two shops ship the same number", async () => {
    // Given two shops that shipped the same number, and a third with another
    const shops = ["one.myshopify.com", "two.myshopify.com", "three.myshopify.com"];
    const a = await registered(ROYAL_MAIL, shops[0]);
    const b = await registered(ROYAL_MAIL, shops[1]);
    const c = await registered("RB987654325GB", shops[2]);
    expect((await feedsOf(b.fulfillment.id, shops[1]))[0].state).toBe("REGISTERED");

    // When 17TRACK pushes the number once
    const result = await push(updated(ROYAL_MAIL, [SCANS.received, SCANS.outForDelivery]));

    // Then both shops' shipments moved, each with its own copy of the scans, and the third did not
    expect(result.body).toEqual({ ok: true, shipments: 2 });
    for (const [shipped, shop] of [
      [a, shops[0]],
      [b, shops[1]],
    ] as const) {
      expect((await shipmentByShopifyId(shipped.fulfillment.id, shop))?.status).toBe("OUT_FOR_DELIVERY");
      const events = await eventsOf(shipped.fulfillment.id, shop);
      expect(events).toHaveLength(2);
      expect(new Set(events.map((e) => e.shopId)).size).toBe(1);
      expect((await outbox(shop)).some((n) => n.milestone === "OUT_FOR_DELIVERY")).toBe(true);
    }
    expect((await shipmentByShopifyId(c.fulfillment.id, shops[2]))?.status).toBe("PENDING");
    expect(await eventsOf(c.fulfillment.id, shops[2])).toEqual([]);
  });

  it("are refused when forged, unsigned, malformed or too large, and change nothing", async () => {
    // Given a registered shipment
    const { fulfillment } = await registered();
    const body = updated(ROYAL_MAIL, [SCANS.delivered]);
    const db = await testDb();

    // When pushes arrive signed with another key, unsigned, with a tampered body, not JSON, wrongly
    // shaped, or bigger than the webhook limit
    const forged = await push(body, { key: "not-the-key" });
    const unsigned = await push(body, { sign: null });
    const tampered = await push(body, {
      rawBody: JSON.stringify(body).replace("Delivered", "Delivered!"),
      sign: sign17(JSON.stringify(body), KEY),
    });
    const garbled = await push(null, { rawBody: '{"event":"TRACKING_UPDATED","data":' });
    const shapeless = await push({ event: "TRACKING_UPDATED", data: { carrier: 11031 } });
    const huge = await push(null, { rawBody: `{"pad":"${"x".repeat(env.WEBHOOK_MAX_BYTES)}"}` });

    // Then each is refused with its reason
    expect([forged.status, unsigned.status, tampered.status]).toEqual([401, 401, 401]);
    expect(garbled).toEqual({ status: 400, body: { error: "Malformed JSON body" } });
    expect(shapeless.status).toBe(400);
    expect(shapeless.body.error).toMatch(/data\.number/);
    expect(huge.status).toBe(413);
    // And the shipment is as it was
    expect((await shipmentByShopifyId(fulfillment.id))?.status).toBe("PENDING");
    expect(await db.trackingEvent.count()).toBe(0);
    expect((await feedsOf(fulfillment.id))[0].lastPushAt).toBeNull();
  });

  it("for a number nobody registered, or events 17TRACK may add later, are acknowledged and ignored", async () => {
    // Given a registered shipment
    const { fulfillment } = await registered();

    // When 17TRACK pushes another number, and an event type the app does not know
    const stranger = await push(updated("RB111111115GB", [SCANS.delivered]));
    const novel = await push({ event: "TRACKING_REFRESHED", data: { number: ROYAL_MAIL, carrier: 11031 } });

    // Then both are answered 200 (17TRACK does not retry) and nothing changes
    expect(stranger).toEqual({ status: 200, body: { ok: true, ignored: "unknown tracking number" } });
    expect(novel).toEqual({ status: 200, body: { ok: true, ignored: "event TRACKING_REFRESHED" } });
    expect(await eventsOf(fulfillment.id)).toEqual([]);
  });

  it("answer only POST", async () => {
    const { loader } = await import("~/routes/carriers.17track");
    expect(loader().status).toBe(405);
    const put = await pushAction({
      request: new Request("https://parcelwise.test/carriers/17track", { method: "PUT", body: "{}" }),
      params: {},
      context: {},
    });
    expect(put.status).toBe(405);
  });
});

describe("17TRACK polling", () => {
  it("asks 17TRACK when pushes stop, backing off while nothing changes", async () => {
    // Given a registered shipment and no push since
    const { fulfillment } = await registered();
    const db = await testDb();
    const [feed] = await feedsOf(fulfillment.id);
    account.trackInfo.set(ROYAL_MAIL, trackInfo({ events: [SCANS.received, SCANS.collected] }));

    // When the poll falls due
    let now = new Date(feed.nextPollAt!.getTime() + 60_000);
    await pollCarrierFeed(db, configuredFeed(), feed.id, now);

    // Then 17TRACK's account is applied like a push, and the next poll is 12 hours out
    expect((await shipmentByShopifyId(fulfillment.id))?.status).toBe("IN_TRANSIT");
    expect(account.calls.at(-1)).toEqual({
      path: "gettrackinfo",
      body: [{ number: ROYAL_MAIL, carrier: 11031 }],
    });
    let polled = (await feedsOf(fulfillment.id))[0];
    expect(polled).toMatchObject({ attempts: 0, lastError: null });
    expect(polled.nextPollAt!.getTime() - now.getTime()).toBe(12 * HOUR);

    // When later polls bring nothing new, and one fails (17TRACK down)
    const waits: number[] = [];
    for (const fail of [false, false, true]) {
      if (fail) account.failNext.push({ status: 503 });
      now = new Date(polled.nextPollAt!.getTime());
      await pollCarrierFeed(db, configuredFeed(), feed.id, now);
      polled = (await feedsOf(fulfillment.id))[0];
      waits.push((polled.nextPollAt!.getTime() - now.getTime()) / HOUR);
    }

    // Then each waits twice as long as the one before
    expect(waits).toEqual([24, 48, 96]);
    expect(polled.attempts).toBe(3);
    expect(polled.lastError).toMatch(/HTTP 503/);

    // When a poll brings news again
    account.trackInfo.set(
      ROYAL_MAIL,
      trackInfo({ events: [SCANS.received, SCANS.collected, SCANS.delivered] }),
    );
    now = new Date(polled.nextPollAt!.getTime());
    await pollCarrierFeed(db, configuredFeed(), feed.id, now);

    // Then the shipment is delivered and polling stops
    expect((await shipmentByShopifyId(fulfillment.id))?.status).toBe("DELIVERED");
    const calls = account.calls.length;
    polled = (await feedsOf(fulfillment.id))[0];
    await pollCarrierFeed(db, configuredFeed(), feed.id, new Date(polled.nextPollAt!.getTime()));
    expect(account.calls.length).toBe(calls);
    expect((await feedsOf(fulfillment.id))[0].nextPollAt).toBeNull();
  });

  it("is put off by every push, and ends when 17TRACK stops tracking", async () => {
    // Given a shipment registered 6 hours ago: its poll is due in 6 hours
    const { fulfillment } = await registered();
    const db = await testDb();
    const [feed] = await feedsOf(fulfillment.id);
    const dueAt = new Date(Date.now() + 6 * HOUR);
    await db.carrierFeed.update({ where: { id: feed.id }, data: { nextPollAt: dueAt } });

    // When a push comes, and the poll queued earlier runs at its time
    await push(updated(ROYAL_MAIL, [SCANS.collected]));
    const pushed = (await feedsOf(fulfillment.id))[0];
    await pollCarrierFeed(db, configuredFeed(), feed.id, new Date(dueAt.getTime() + 1000));

    // Then 17TRACK is not asked: the poll waits for 12 hours after the push
    expect(account.calls.filter((c) => c.path === "gettrackinfo")).toEqual([]);
    expect(pushed.lastPushAt).not.toBeNull();
    expect(pushed.nextPollAt!.getTime()).toBe(pushed.lastPushAt!.getTime() + POLL_AFTER_SILENCE_MS);
    expect((await feedsOf(fulfillment.id))[0].nextPollAt).toEqual(pushed.nextPollAt);

    // When 17TRACK stops tracking the number
    expect((await push(pushBody("TRACKING_STOPPED", ROYAL_MAIL, 11031))).status).toBe(200);

    // Then nothing polls it any more
    expect((await feedsOf(fulfillment.id))[0]).toMatchObject({ state: "STOPPED", nextPollAt: null });
    await pollCarrierFeed(db, configuredFeed(), feed.id, new Date(Date.now() + 30 * 24 * HOUR));
    expect(account.calls.filter((c) => c.path === "gettrackinfo")).toEqual([]);
  });
});

describe("without a 17TRACK key", () => {
  it("registers nothing, calls nobody, and has no push endpoint", async () => {
    // Given a deployment without SEVENTEENTRACK_API_KEY
    configure17Track(undefined);

    // When an unknown carrier's shipment arrives and the jobs run
    const { fulfillment } = await ship(ROYAL_MAIL);
    await drainJobs();

    // Then the carrier is still named from the number, but no feed exists and 17TRACK was never called
    expect((await shipmentByShopifyId(fulfillment.id))?.detectedCarrier).toBe("Royal Mail");
    expect(await feedsOf(fulfillment.id)).toEqual([]);
    expect(account.calls).toEqual([]);
    // And a push (even correctly signed) finds no endpoint
    expect((await push(updated(ROYAL_MAIL, [SCANS.delivered]))).status).toBe(404);
    expect((await shipmentByShopifyId(fulfillment.id))?.status).toBe("PENDING");
  });
});
