import { describe, expect, it } from "vitest";
import { EXCEPTION_KINDS, exceptionListPath } from "~/admin/dashboard/exception-kinds";
import { detectLateAndStalled } from "~/notifications/detect.server";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { seedOfflineSession, shipmentByShopifyId, testDb } from "../helpers/db";
import { configureShop, dispatch, dispatchConfig, hoursAgo, outbox } from "../helpers/notifications";
import { sessionToken } from "../helpers/session-token";
import { insertShipments, type ShipmentSeed } from "../helpers/shipments";
import { useSmtpServer } from "../helpers/smtp";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";
import { TEST_APP_URL } from "../setup/test-env";

const smtp = useSmtpServer();
const OTHER_SHOP = "other.myshopify.com";
const DAY_MS = 86_400_000;
const daysAgo = (days: number) => hoursAgo(days * 24);
/** A calendar day `offset` days from today, in the test shop's zone (UTC). */
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

/** A request from the embedded admin: App Bridge adds the session token. */
function adminRequest(path: string, init: RequestInit = {}, shop = DEFAULT_SHOP) {
  return new Request(`${TEST_APP_URL}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${sessionToken(shop)}`, ...init.headers },
  });
}

async function inbox(search = "", shop = DEFAULT_SHOP) {
  const { loader } = await import("~/routes/app.exceptions");
  return loader({ request: adminRequest(`/app/exceptions${search}`, {}, shop), params: {}, context: {} });
}

async function home(shop = DEFAULT_SHOP) {
  const { loader } = await import("~/routes/app._index");
  return loader({ request: adminRequest("/app", {}, shop), params: {}, context: {} });
}

/** A form post from one of the inbox's modals. */
async function post(fields: Record<string, string>, shop = DEFAULT_SHOP) {
  const { action } = await import("~/routes/app.exceptions");
  const request = adminRequest(
    "/app/exceptions",
    {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    },
    shop,
  );
  return action({ request, params: {}, context: {} });
}

async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toSatisfy((error) => error instanceof Response && error.status === 404);
}

const ids = (page: { rows: Array<{ id: string }> }) => page.rows.map((row) => row.id);
/** When a seeded problem began: detection's flag, else (a carrier's "delayed") the label. */
const since = (s: ShipmentSeed) => Date.parse(s.lateSince ?? s.shippedAt);

interface Parcel {
  shippedDaysAgo: number;
  /** Carrier scans: [status, days ago, estimated delivery days ago (negative: ahead)?]. */
  scans?: Array<[status: string, daysAgo: number, estimateDaysAgo?: number]>;
  shop?: string;
  carrier?: string;
}

/** An order and its fulfillment, then the carrier's scans, all delivered as Shopify's webhooks. */
async function ship(parcel: Parcel) {
  const shop = parcel.shop ?? DEFAULT_SHOP;
  const order = orderPayload({ processed_at: daysAgo(parcel.shippedDaysAgo + 1) });
  const fulfillment = fulfillmentPayload(order.id, {
    created_at: daysAgo(parcel.shippedDaysAgo),
    updated_at: daysAgo(parcel.shippedDaysAgo),
    tracking_company: parcel.carrier ?? "UPS",
  });
  await deliver("orders/create", order, { shop });
  await deliver("fulfillments/create", fulfillment, { shop });
  for (const [status, at, estimate] of parcel.scans ?? []) {
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, status, daysAgo(at), {
        estimated_delivery_at: estimate === undefined ? null : daysAgo(estimate),
      }),
      { shop },
    );
  }
  const shipment = await shipmentByShopifyId(fulfillment.id, shop);
  return { order, id: shipment!.id };
}

/** Everything an action could touch: the shipment row and the shop's outbox. */
async function snapshot(id: string) {
  const db = await testDb();
  return { shipment: await db.shipment.findUniqueOrThrow({ where: { id } }), outbox: await outbox() };
}

describe("exceptions inbox: the worklist", () => {
  it("lists each kind's open problems, oldest first, with the home's counts, for this shop only", async () => {
    // Given a shop that allows 5 days without a scan, problems of every kind, some already handled,
    // shipments that are fine, and another shop's problem
    await seedOfflineSession();
    const returnedOld = await ship({ shippedDaysAgo: 6, scans: [["failure", 3]], carrier: "DHL Express" });
    const returnedNew = await ship({ shippedDaysAgo: 4, scans: [["failure", 1]] });
    const returnedHandled = await ship({ shippedDaysAgo: 5, scans: [["failure", 2]] });
    const attempted = await ship({ shippedDaysAgo: 3, scans: [["attempted_delivery", 0.5]] });
    const unpicked = await ship({ shippedDaysAgo: 3 });
    const late = await ship({ shippedDaysAgo: 5, scans: [["in_transit", 0.5, 2]] });
    const delayed = await ship({ shippedDaysAgo: 2, scans: [["delayed", 1]] });
    const stalled = await ship({ shippedDaysAgo: 8, scans: [["in_transit", 6]] });
    await ship({ shippedDaysAgo: 6, scans: [["in_transit", 4]] }); // 4 quiet days: not stalled here
    await ship({ shippedDaysAgo: 5, scans: [["delivered", 1]] });
    await ship({ shippedDaysAgo: 1 }); // a fresh label
    await seedOfflineSession(OTHER_SHOP);
    const theirs = await ship({ shippedDaysAgo: 4, scans: [["failure", 1]], shop: OTHER_SHOP });
    await configureShop({ stallDays: 5 });
    const db = await testDb();
    await detectLateAndStalled(db);
    await db.shipment.update({
      where: { id: returnedHandled.id },
      data: { exceptionHandledAt: new Date(), exceptionNote: "Reshipped" },
    });

    // When the merchant opens the inbox, and each tab
    const first = await inbox();
    const tabs = Object.fromEntries(
      await Promise.all(EXCEPTION_KINDS.map(async (kind) => [kind, ids(await inbox(`?kind=${kind}`))])),
    );

    // Then the tabs count what the home counts, and it opens on the most urgent kind
    expect(first.counts).toEqual((await home()).exceptions.counts);
    expect(first.counts).toEqual({ exception: 2, attempted: 1, notPickedUp: 1, late: 2, stalled: 1 });
    expect(first.kind).toBe("exception");
    // And each tab lists its open problems only, the longest waiting first
    expect(tabs).toEqual({
      exception: [returnedOld.id, returnedNew.id],
      attempted: [attempted.id],
      notPickedUp: [unpicked.id],
      // (the carrier's "delayed" a day ago before the one detection found late just now)
      late: [delayed.id, late.id],
      stalled: [stalled.id],
    });
    expect(JSON.stringify(tabs)).not.toContain(returnedHandled.id);
    expect(JSON.stringify(tabs)).not.toContain(theirs.id);
    // And a row says what the merchant needs to act
    expect(first.rows[0]).toMatchObject({
      id: returnedOld.id,
      kind: "exception",
      orderName: returnedOld.order.name,
      customer: "Jon Snow",
      carrier: "DHL Express",
      trackingNumber: "1Z2345",
      trackingUrl: "https://www.ups.com/track?tracknum=1Z2345",
      status: "EXCEPTION",
      destinationCity: "Shippington",
      destinationCountry: "US",
      lastEvent: {
        status: "EXCEPTION",
        message: "Parcel failure",
        place: "Louisville, Kentucky, United States",
      },
    });
    expect(Math.abs(Date.parse(first.rows[0].since) - Date.parse(daysAgo(3)))).toBeLessThan(60_000);
    // And the other shop sees its own problem and nothing of this shop's
    const other = await inbox("", OTHER_SHOP);
    expect(other.counts).toMatchObject({ exception: 1, late: 0 });
    expect(ids(other)).toEqual([theirs.id]);
  });

  it("pages a kind 50 at a time, oldest problem first, across statuses, forward and back", async () => {
    // Given 100 parcels that became late (three at a time, in transit or out for delivery), 10 the
    // carrier said are delayed (no lateness flag: their problem starts with the label here), 5 late
    // ones already handled, a late label never scanned (another kind), and another shop's
    await seedOfflineSession();
    const base = Date.now() - 5 * DAY_MS;
    const minutes = (n: number) => new Date(base + n * 60_000).toISOString();
    const late: ShipmentSeed[] = Array.from({ length: 100 }, (_, i) => ({
      id: `l${String(i).padStart(3, "0")}`,
      shippedAt: new Date(base - 3 * DAY_MS).toISOString(),
      status: i % 2 ? "IN_TRANSIT" : "OUT_FOR_DELIVERY",
      lateSince: minutes(Math.floor(i / 3) * 10),
    }));
    const delayed: ShipmentSeed[] = Array.from({ length: 10 }, (_, i) => ({
      id: `d${i}`,
      shippedAt: minutes(i * 31 + 5),
      status: "DELAYED",
    }));
    const handled: ShipmentSeed[] = Array.from({ length: 5 }, (_, i) => ({
      id: `h${i}`,
      shippedAt: new Date(base - 3 * DAY_MS).toISOString(),
      lateSince: minutes(i),
    }));
    await insertShipments([
      ...late,
      ...delayed,
      ...handled,
      {
        id: "np",
        shippedAt: new Date(base - DAY_MS).toISOString(),
        status: "PENDING",
        lateSince: minutes(1),
      },
    ]);
    await insertShipments([{ id: "x1", shippedAt: minutes(0), lateSince: minutes(0) }], { shop: OTHER_SHOP });
    const db = await testDb();
    await db.shipment.updateMany({
      where: { id: { startsWith: "h" } },
      data: { exceptionHandledAt: new Date(), exceptionNote: "Refunded" },
    });
    const expected = [...late, ...delayed]
      .sort((a, b) => since(a) - since(b) || a.id.localeCompare(b.id))
      .map((s) => s.id);

    // When the merchant pages through the late tab
    const first = await inbox("?kind=late");
    const second = await inbox(`?kind=late&after=${first.page.endCursor}`);
    // (handling a row on the next page meanwhile does not shift the pages)
    await db.shipment.update({ where: { id: expected[105] }, data: { exceptionHandledAt: new Date() } });
    const third = await inbox(`?kind=late&after=${second.page.endCursor}`);

    // Then each page continues where the last ended, oldest problem first, and the last says so
    expect(first.counts.late).toBe(110);
    expect(ids(first)).toEqual(expected.slice(0, 50));
    expect(first.page).toMatchObject({ hasPrevious: false, hasNext: true });
    expect(ids(second)).toEqual(expected.slice(50, 100));
    expect(second.page).toMatchObject({ hasPrevious: true, hasNext: true });
    expect(ids(third)).toEqual(expected.slice(100).filter((id) => id !== expected[105]));
    expect(third.page).toMatchObject({ hasPrevious: true, hasNext: false });

    // When they page back
    const back = await inbox(`?kind=late&before=${third.page.startCursor}`);
    const backAgain = await inbox(`?kind=late&before=${back.page.startCursor}`);

    // Then they see the same pages again
    expect(ids(back)).toEqual(expected.slice(50, 100));
    expect(ids(backAgain)).toEqual(expected.slice(0, 50));
    expect(backAgain.page.hasPrevious).toBe(false);
    // And a malformed cursor is the first page, not an error
    expect(ids(await inbox("?kind=late&after=garbage"))).toEqual(expected.slice(0, 50));
  });

  it('opens each of the home\'s "View all" links on exactly the problems the home counted', async () => {
    // Given one of each kind, and an exception and a failed attempt the merchant marked as handled
    // (the shipments list's status filter still showed those: the bug this link fixes)
    await seedOfflineSession();
    await ship({ shippedDaysAgo: 4, scans: [["failure", 1]] });
    const handledReturn = await ship({ shippedDaysAgo: 5, scans: [["failure", 2]] });
    await ship({ shippedDaysAgo: 3, scans: [["attempted_delivery", 0.5]] });
    const handledAttempt = await ship({ shippedDaysAgo: 3, scans: [["attempted_delivery", 1]] });
    await ship({ shippedDaysAgo: 3 });
    await ship({ shippedDaysAgo: 5, scans: [["in_transit", 0.5, 2]] });
    await ship({ shippedDaysAgo: 8, scans: [["in_transit", 6]] });
    await configureShop({ stallDays: 5 });
    const db = await testDb();
    await detectLateAndStalled(db);
    await db.shipment.updateMany({
      where: { id: { in: [handledReturn.id, handledAttempt.id] } },
      data: { exceptionHandledAt: new Date(), exceptionNote: "Called the carrier" },
    });
    const { exceptions } = await home();

    for (const kind of EXCEPTION_KINDS) {
      // When the merchant follows the kind's "View all"
      const link = exceptionListPath(kind);
      expect(link).toBe(`/app/exceptions?kind=${kind}`);
      const page = await inbox(link.slice("/app/exceptions".length));

      // Then the list is that kind, with as many rows as the home counted, and no handled one
      expect({ kind, shown: page.kind, rows: page.rows.length }).toEqual({
        kind,
        shown: kind,
        rows: exceptions.counts[kind],
      });
      expect(ids(page)).not.toContain(handledReturn.id);
      expect(ids(page)).not.toContain(handledAttempt.id);
    }
    expect(exceptions.counts).toEqual({ exception: 1, attempted: 1, notPickedUp: 1, late: 1, stalled: 1 });
  });
});

describe("exceptions inbox: new estimate", () => {
  it("saves the date, clears lateness, queues one NEW_ESTIMATE message and marks it handled, together", async () => {
    // Given a late parcel in a shop that emails new delivery dates at any hour
    await seedOfflineSession();
    const late = await ship({ shippedDaysAgo: 5, scans: [["in_transit", 0.5, 2]] });
    await configureShop({
      rules: { NEW_ESTIMATE: { channels: ["email"], klaviyo: false } },
      quietHoursStart: 0,
      quietHoursEnd: 0,
    });
    const db = await testDb();
    await detectLateAndStalled(db);
    expect((await inbox("?kind=late")).rows.map((r) => r.id)).toEqual([late.id]);
    const before = await db.shipment.findUniqueOrThrow({ where: { id: late.id } });
    const newDay = day(3);

    // When the merchant gives the new date
    const result = await post({ intent: "estimate", shipmentId: late.id, earliest: newDay, locale: "en" });

    // Then it says the customer is told by email
    expect(result).toEqual({
      ok: true,
      intent: "estimate",
      shipmentId: late.id,
      orderName: late.order.name,
      channels: ["email"],
      notSent: null,
    });
    // And the shipment has the new estimate (noon of that day in the shop's zone), is no longer late,
    // and is handled with a note saying what happened
    const after = await db.shipment.findUniqueOrThrow({ where: { id: late.id } });
    expect(after).toMatchObject({
      estimatedDeliveryAt: new Date(`${newDay}T12:00:00.000Z`),
      estimatedDeliveryLatestAt: null,
      lateSince: null,
      exceptionNote: `Shopper told: new estimate ${newDay}`,
      exceptionResolution: "NOTIFIED",
    });
    expect(after.exceptionHandledAt).not.toBeNull();
    expect(before.lateSince).not.toBeNull();
    // (detection looks at it again before the new day ends: the next scan check comes first)
    expect(after.checkAt).not.toBeNull();
    expect(after.checkAt!.getTime()).toBeLessThanOrEqual(Date.parse(`${newDay}T12:00:00.000Z`));
    // And exactly one NEW_ESTIMATE message waits, for that date, with the estimate it replaces
    const estimates = (await outbox()).filter((n) => n.milestone === "NEW_ESTIMATE");
    expect(estimates).toHaveLength(1);
    expect(estimates[0]).toMatchObject({ channel: "email", occurrence: newDay, status: "PENDING" });
    expect(JSON.parse(estimates[0].context)).toMatchObject({
      previousEstimate: before.estimatedDeliveryAt!.toISOString(),
    });
    // And the row left the inbox and the home's count
    expect((await inbox("?kind=late")).rows).toEqual([]);
    expect((await home()).exceptions.counts.late).toBe(0);

    // When the dispatcher runs
    await dispatch(dispatchConfig(smtp.url));

    // Then the shopper gets the new date (the stale "delayed" email is not sent)
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.subject).toContain(late.order.name);
    expect(mail.subject).toMatch(/Liefertermin/);
    expect((await outbox()).find((n) => n.milestone === "NEW_ESTIMATE")?.status).toBe("SENT");
    expect((await outbox()).find((n) => n.milestone === "DELAYED")?.status).not.toBe("SENT");

    // And detection does not call it late again before the new day has passed, but does after
    await detectLateAndStalled(db, new Date(Date.now() + DAY_MS));
    expect((await db.shipment.findUniqueOrThrow({ where: { id: late.id } })).lateSince).toBeNull();
    await detectLateAndStalled(db, new Date(Date.parse(`${newDay}T00:00:00Z`) + 1.5 * DAY_MS));
    expect((await db.shipment.findUniqueOrThrow({ where: { id: late.id } })).lateSince).not.toBeNull();
  });

  it("keeps the merchant's date through carrier scans without one, until the carrier gives a date of its own", async () => {
    // Given a late parcel whose carrier once promised a date two days ago, and the merchant's new range
    await seedOfflineSession();
    const late = await ship({ shippedDaysAgo: 5, scans: [["in_transit", 3, 2]] });
    await configureShop({ rules: { NEW_ESTIMATE: { channels: ["email"], klaviyo: false } } });
    const db = await testDb();
    await detectLateAndStalled(db);
    const [earliest, latest] = [day(3), day(4)];
    expect(
      await post({ intent: "estimate", shipmentId: late.id, earliest, latest, locale: "en" }),
    ).toMatchObject({
      ok: true,
    });
    const told = await outbox();

    // When the carrier scans it again without an estimate
    const shipment = await db.shipment.findUniqueOrThrow({
      where: { id: late.id },
      include: { order: true },
    });
    const fulfillmentId = Number(shipment.shopifyId);
    const orderId = Number(shipment.orderShopifyId);
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(orderId, fulfillmentId, "in_transit", hoursAgo(1), {
        estimated_delivery_at: null,
      }),
    );

    // Then the merchant's range stands (not the carrier's old date), it is not late, and nobody is told again
    expect(await db.shipment.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({
      estimatedDeliveryAt: new Date(`${earliest}T12:00:00.000Z`),
      estimatedDeliveryLatestAt: new Date(`${latest}T12:00:00.000Z`),
      lateSince: null,
    });
    expect(await outbox()).toHaveLength(told.length);

    // When the carrier then gives a date of its own, a week out
    const carrierDate = new Date(Date.now() + 7 * DAY_MS);
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(orderId, fulfillmentId, "in_transit", hoursAgo(0.5), {
        estimated_delivery_at: carrierDate.toISOString(),
        // Shopify records the scan now, after the merchant's date (an older scan would not replace it)
        created_at: new Date().toISOString(),
      }),
    );

    // Then the carrier's date wins, the merchant's range is gone, and the shopper hears of the move once
    const after = await db.shipment.findUniqueOrThrow({ where: { id: late.id } });
    expect(after.estimatedDeliveryAt?.getTime()).toBe(carrierDate.getTime());
    expect(after).toMatchObject({ estimatedDeliveryLatestAt: null, merchantEstimateAt: null });
    const moves = (await outbox()).filter((n) => n.milestone === "NEW_ESTIMATE");
    expect(moves.map((n) => n.occurrence)).toEqual([earliest, carrierDate.toISOString().slice(0, 10)]);
  });

  it("takes a range of days, and writes the note in the admin's language", async () => {
    await seedOfflineSession();
    const stalled = await ship({ shippedDaysAgo: 8, scans: [["in_transit", 6]] });
    await configureShop({ stallDays: 5, rules: { NEW_ESTIMATE: { channels: ["email"], klaviyo: true } } });
    const db = await testDb();
    await detectLateAndStalled(db);

    const result = await post({
      intent: "estimate",
      shipmentId: stalled.id,
      earliest: day(2),
      latest: day(4),
      locale: "de-DE",
    });

    expect(result).toMatchObject({ ok: true, channels: ["email", "klaviyo"], notSent: null });
    expect(await db.shipment.findUniqueOrThrow({ where: { id: stalled.id } })).toMatchObject({
      estimatedDeliveryAt: new Date(`${day(2)}T12:00:00.000Z`),
      estimatedDeliveryLatestAt: new Date(`${day(4)}T12:00:00.000Z`),
      exceptionNote: `Kunde informiert: neuer Liefertermin ${day(2)} – ${day(4)}`,
      exceptionResolution: "NOTIFIED",
    });
    expect(
      (await outbox())
        .filter((n) => n.milestone === "NEW_ESTIMATE")
        .map((n) => n.channel)
        .sort(),
    ).toEqual(["email", "klaviyo"]);
    expect((await inbox("?kind=stalled")).rows).toEqual([]);
  });

  it("saves the estimate but says no message went out when the shop's rules send none", async () => {
    // Given a late parcel in a shop with the default rules (nothing for a new delivery date)
    await seedOfflineSession();
    const late = await ship({ shippedDaysAgo: 5, scans: [["in_transit", 0.5, 2]] });
    const db = await testDb();
    await detectLateAndStalled(db);
    const rowsBefore = await outbox();

    const result = await post({ intent: "estimate", shipmentId: late.id, earliest: day(1), locale: "en" });

    expect(result).toMatchObject({ ok: true, intent: "estimate", channels: [], notSent: "ruleOff" });
    expect(await outbox()).toEqual(rowsBefore);
    expect(await db.shipment.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({
      estimatedDeliveryAt: new Date(`${day(1)}T12:00:00.000Z`),
      lateSince: null,
      exceptionResolution: "HANDLED",
      exceptionNote: expect.stringMatching(/no message sent/),
    });
    expect((await inbox("?kind=late")).rows).toEqual([]);
  });

  it("refuses a bad date or a finished parcel field by field, and changes nothing", async () => {
    // Given a late parcel in a shop that sends new dates, and a delivered one
    await seedOfflineSession();
    const late = await ship({ shippedDaysAgo: 5, scans: [["in_transit", 0.5, 2]] });
    const delivered = await ship({ shippedDaysAgo: 5, scans: [["delivered", 1]] });
    await configureShop({ rules: { NEW_ESTIMATE: { channels: ["email"], klaviyo: false } } });
    await detectLateAndStalled(await testDb());
    const before = await snapshot(late.id);

    // When the merchant sends what cannot be an estimate, then each field says why
    const cases: Array<[Record<string, string>, Record<string, string>]> = [
      [{}, { earliest: "dateRequired" }],
      [{ earliest: "next week" }, { earliest: "dateInvalid" }],
      [{ earliest: "2026-02-30" }, { earliest: "dateInvalid" }],
      [{ earliest: day(-2) }, { earliest: "datePast" }],
      [{ earliest: day(61) }, { earliest: "dateTooFar" }],
      [{ earliest: day(5), latest: day(3) }, { latest: "latestBeforeEarliest" }],
      [{ earliest: day(5), latest: day(70) }, { latest: "dateTooFar" }],
      [
        { earliest: day(-1), latest: "soon" },
        { earliest: "datePast", latest: "dateInvalid" },
      ],
    ];
    for (const [fields, errors] of cases) {
      const result = await post({ intent: "estimate", shipmentId: late.id, locale: "en", ...fields });
      expect({ fields, result }).toEqual({
        fields,
        result: { ok: false, intent: "estimate", shipmentId: late.id, errors },
      });
    }
    expect(await post({ intent: "estimate", shipmentId: delivered.id, earliest: day(2) })).toMatchObject({
      ok: false,
      errors: { form: "finished" },
    });

    // And nothing was written: not the shipment, not the outbox
    expect(await snapshot(late.id)).toEqual(before);
    expect((await outbox()).filter((n) => n.milestone === "NEW_ESTIMATE")).toEqual([]);
    expect((await inbox("?kind=late")).rows.map((r) => r.id)).toEqual([late.id]);
  });
});

describe("exceptions inbox: resolve", () => {
  it("marks a problem reshipped or refunded with the merchant's note, in one write", async () => {
    // Given a returned parcel and a label nobody picked up
    await seedOfflineSession();
    const returned = await ship({ shippedDaysAgo: 4, scans: [["failure", 1]] });
    const unpicked = await ship({ shippedDaysAgo: 3 });

    // When the merchant resolves them
    const reshipped = await post({
      intent: "resolve",
      shipmentId: returned.id,
      resolution: "RESHIPPED",
      note: "  Sent a replacement, tracking 1Z999  ",
    });
    const refunded = await post({
      intent: "resolve",
      shipmentId: unpicked.id,
      resolution: "REFUNDED",
      note: "Customer cancelled",
    });

    // Then each is saved with its resolution and note, and leaves the inbox
    expect(reshipped).toEqual({
      ok: true,
      intent: "resolve",
      shipmentId: returned.id,
      orderName: returned.order.name,
      resolution: "RESHIPPED",
    });
    expect(refunded).toMatchObject({ ok: true, resolution: "REFUNDED" });
    const db = await testDb();
    expect(await db.shipment.findUniqueOrThrow({ where: { id: returned.id } })).toMatchObject({
      exceptionNote: "Sent a replacement, tracking 1Z999",
      exceptionResolution: "RESHIPPED",
      exceptionHandledAt: expect.any(Date),
    });
    expect(await db.shipment.findUniqueOrThrow({ where: { id: unpicked.id } })).toMatchObject({
      exceptionNote: "Customer cancelled",
      exceptionResolution: "REFUNDED",
    });
    const after = await inbox();
    expect(after.counts).toEqual({ exception: 0, attempted: 0, notPickedUp: 0, late: 0, stalled: 0 });
    // And the shipment page shows how it was resolved
    const { loader } = await import("~/routes/app.shipments.$id");
    const page = await loader({
      request: adminRequest(`/app/shipments/${returned.id}`),
      params: { id: returned.id },
      context: {},
    });
    expect(page).toMatchObject({ resolution: "RESHIPPED", problem: { handled: true } });
  });

  it("refuses a missing note, a note too long or no resolution, and changes nothing", async () => {
    await seedOfflineSession();
    const returned = await ship({ shippedDaysAgo: 4, scans: [["failure", 1]] });
    const before = await snapshot(returned.id);

    const cases: Array<[Record<string, string>, Record<string, string>]> = [
      [{ resolution: "RESHIPPED", note: "   " }, { note: "noteRequired" }],
      [{ resolution: "REFUNDED", note: "x".repeat(1001) }, { note: "noteTooLong" }],
      [{ note: "Called them" }, { resolution: "resolutionRequired" }],
      [{ resolution: "NOTIFIED", note: "Told them" }, { resolution: "resolutionRequired" }],
      [{ resolution: "LOST" }, { resolution: "resolutionRequired", note: "noteRequired" }],
    ];
    for (const [fields, errors] of cases) {
      const result = await post({ intent: "resolve", shipmentId: returned.id, ...fields });
      expect({ fields, result }).toEqual({
        fields,
        result: { ok: false, intent: "resolve", shipmentId: returned.id, errors },
      });
    }
    expect(await post({ intent: "archive", shipmentId: returned.id })).toMatchObject({
      ok: false,
      errors: { form: "unknownAction" },
    });

    expect(await snapshot(returned.id)).toEqual(before);
    expect(ids(await inbox("?kind=exception"))).toEqual([returned.id]);
  });

  it("answers 404 for another shop's shipment or an unknown id, and changes nothing", async () => {
    // Given another shop's late, returned parcel
    await seedOfflineSession();
    await seedOfflineSession(OTHER_SHOP);
    await ship({ shippedDaysAgo: 2 });
    const theirs = await ship({ shippedDaysAgo: 5, scans: [["failure", 1, 2]], shop: OTHER_SHOP });
    await configureShop({ rules: { NEW_ESTIMATE: { channels: ["email"], klaviyo: false } } }, OTHER_SHOP);
    const before = await snapshot(theirs.id);
    const theirOutbox = await outbox(OTHER_SHOP);

    // When this shop's admin acts on it
    await expectNotFound(post({ intent: "estimate", shipmentId: theirs.id, earliest: day(2) }));
    await expectNotFound(
      post({ intent: "resolve", shipmentId: theirs.id, resolution: "REFUNDED", note: "x" }),
    );
    await expectNotFound(post({ intent: "other", shipmentId: theirs.id }));
    await expectNotFound(post({ intent: "resolve", shipmentId: "no-such-shipment", note: "x" }));
    await expectNotFound(post({ intent: "resolve", resolution: "REFUNDED", note: "x" }));

    // Then nothing of theirs changed, and their own inbox still lists it
    const db = await testDb();
    expect(await db.shipment.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(before.shipment);
    expect(await outbox(OTHER_SHOP)).toEqual(theirOutbox);
    expect(ids(await inbox("?kind=exception", OTHER_SHOP))).toEqual([theirs.id]);
  });
});
