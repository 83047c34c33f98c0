import { describe, expect, it } from "vitest";
import { exceptionListPath, shipmentPath } from "~/admin/dashboard/exception-kinds";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { seedOfflineSession, shipmentByShopifyId, testDb } from "../helpers/db";
import { configureShop, hoursAgo, shopId } from "../helpers/notifications";
import { sessionToken } from "../helpers/session-token";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";
import { TEST_APP_URL } from "../setup/test-env";
import { detectLateAndStalled } from "~/notifications/detect.server";

const OTHER_SHOP = "other.myshopify.com";
const daysAgo = (days: number) => hoursAgo(days * 24);

/** The admin home as App Bridge loads it: /app with a session token. */
async function loadHome(search = "") {
  const { loader } = await import("~/routes/app._index");
  return loader({
    request: new Request(`${TEST_APP_URL}/app${search}`, {
      headers: { Authorization: `Bearer ${sessionToken(DEFAULT_SHOP)}` },
    }),
    params: {},
    context: {},
  });
}

interface Parcel {
  shippedDaysAgo: number;
  carrier?: string;
  country?: string;
  /** Carrier scans: [status, days ago, estimated delivery days ago (negative: ahead)?]. */
  scans?: Array<[status: string, daysAgo: number, estimateDaysAgo?: number]>;
  shop?: string;
}

/** An order and its fulfillment, then the carrier's scans, all delivered as Shopify's webhooks. */
async function ship(parcel: Parcel) {
  const shop = parcel.shop ?? DEFAULT_SHOP;
  const order = orderPayload({ processed_at: daysAgo(parcel.shippedDaysAgo + 1) });
  const fulfillment = fulfillmentPayload(order.id, {
    created_at: daysAgo(parcel.shippedDaysAgo),
    updated_at: daysAgo(parcel.shippedDaysAgo),
    tracking_company: parcel.carrier ?? "UPS",
    destination: { ...fulfillmentPayload(0).destination, country_code: parcel.country ?? "US" },
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
  return { order, fulfillmentId: fulfillment.id, id: shipment!.id };
}

describe("admin home: needs attention", () => {
  it("lists each problem shipment once, most urgent kind first, with counts and links", async () => {
    // Given a shop that allows 5 days without a scan, one shipment of each kind of trouble, some that
    // are fine, and another shop's exception
    await seedOfflineSession();
    const returned = await ship({ shippedDaysAgo: 4, scans: [["failure", 1]] });
    const attempted = await ship({ shippedDaysAgo: 3, scans: [["attempted_delivery", 0.5]] });
    const unpicked = await ship({ shippedDaysAgo: 3 });
    await ship({ shippedDaysAgo: 1 }); // a fresh label: the carrier has a day left
    const late = await ship({ shippedDaysAgo: 5, scans: [["in_transit", 0.5, 2]] });
    const delayed = await ship({ shippedDaysAgo: 2, scans: [["delayed", 1]] });
    const stalled = await ship({ shippedDaysAgo: 8, scans: [["in_transit", 6]] });
    await ship({ shippedDaysAgo: 6, scans: [["in_transit", 4]] }); // 4 quiet days: not stalled here
    await ship({ shippedDaysAgo: 5, scans: [["delivered", 1]] });
    await ship({ shippedDaysAgo: 4, scans: [["failure", 1]], shop: OTHER_SHOP });
    await configureShop({ stallDays: 5 });
    // And delay and stall detection has run, as the worker runs it
    await detectLateAndStalled(await testDb());

    // When the merchant opens the home
    const home = await loadHome();

    // Then every kind is counted once, and the list puts the worst and longest-waiting first
    expect(home.exceptions.counts).toEqual({
      exception: 1,
      attempted: 1,
      notPickedUp: 1,
      late: 2,
      stalled: 1,
    });
    expect(home.exceptions.total).toBe(6);
    expect(home.exceptions.items.map((i) => [i.orderName, i.kind])).toEqual([
      [returned.order.name, "exception"],
      [attempted.order.name, "attempted"],
      [unpicked.order.name, "notPickedUp"],
      [late.order.name, "late"],
      [delayed.order.name, "late"],
      [stalled.order.name, "stalled"],
    ]);
    // And each row opens its shipment; each kind has its full list
    expect(home.exceptions.items.map((i) => shipmentPath(i.id))).toEqual(
      [returned, attempted, unpicked, late, delayed, stalled].map((s) => `/app/shipments/${s.id}`),
    );
    expect(exceptionListPath("late")).toBe("/app/exceptions?kind=late");
    // And the late one shows the estimate it missed, two days ago
    const missed = Date.parse(home.exceptions.items[3].estimatedDeliveryAt ?? "");
    expect(Math.abs(missed - Date.parse(daysAgo(2)))).toBeLessThan(60_000);
  });

  it("leaves out what the merchant marked as handled, until something new goes wrong", async () => {
    // Given a failed attempt and a returned parcel, both marked as handled an hour ago
    await seedOfflineSession();
    const attempted = await ship({ shippedDaysAgo: 3, scans: [["attempted_delivery", 0.5]] });
    const returned = await ship({ shippedDaysAgo: 4, scans: [["failure", 1]] });
    const db = await testDb();
    await db.shipment.updateMany({
      where: { id: { in: [attempted.id, returned.id] } },
      data: { exceptionHandledAt: new Date(hoursAgo(1)), exceptionNote: "Called the carrier" },
    });
    expect((await loadHome()).exceptions.total).toBe(0);

    // When the carrier reports another failed attempt
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(
        attempted.order.id,
        attempted.fulfillmentId,
        "attempted_delivery",
        hoursAgo(0.5),
      ),
    );

    // Then that parcel needs attention again; the handled return does not
    const home = await loadHome();
    expect(home.exceptions.counts).toMatchObject({ attempted: 1, exception: 0 });
    expect(home.exceptions.items.map((i) => i.id)).toEqual([attempted.id]);
  });

  it("counts shipments by status for this shop only", async () => {
    await seedOfflineSession();
    await ship({ shippedDaysAgo: 3, scans: [["in_transit", 1]] });
    await ship({ shippedDaysAgo: 3, scans: [["in_transit", 1]] });
    await ship({ shippedDaysAgo: 5, scans: [["delivered", 1]] });
    await ship({ shippedDaysAgo: 5, scans: [["delivered", 1]] });
    await ship({ shippedDaysAgo: 5, scans: [["delivered", 1]], shop: OTHER_SHOP });

    const home = await loadHome();

    expect(home.states.total).toBe(4);
    expect(home.states.counts).toMatchObject({ IN_TRANSIT: 2, DELIVERED: 2, EXCEPTION: 0, PENDING: 0 });
  });
});

describe("admin home: delivery performance", () => {
  it("gives median and mean days to deliver and the on-time rate per carrier and country, last 90 days", async () => {
    // Given deliveries in the last 90 days: UPS to the US (2 days, on time; 7 days, late), UPS to
    // Germany (3 days, no estimate), DHL to Germany (1 day, on time) …
    await seedOfflineSession();
    await ship({
      carrier: "UPS",
      country: "US",
      shippedDaysAgo: 5,
      scans: [
        ["in_transit", 4, 2.5],
        ["delivered", 3],
      ],
    });
    await ship({
      carrier: "UPS",
      country: "US",
      shippedDaysAgo: 13,
      scans: [
        ["in_transit", 12, 8],
        ["delivered", 6],
      ],
    });
    await ship({ carrier: "UPS", country: "DE", shippedDaysAgo: 6, scans: [["delivered", 3]] });
    await ship({
      carrier: "DHL",
      country: "DE",
      shippedDaysAgo: 4,
      scans: [
        ["in_transit", 3.5, 2.9],
        ["delivered", 3],
      ],
    });
    // … and what does not count: delivered 100 days ago, still moving, another shop's
    await ship({ carrier: "DHL", country: "FR", shippedDaysAgo: 102, scans: [["delivered", 100]] });
    await ship({ carrier: "UPS", country: "US", shippedDaysAgo: 2, scans: [["in_transit", 1, -2]] });
    await ship({
      carrier: "DHL",
      country: "DE",
      shippedDaysAgo: 9,
      scans: [["delivered", 1]],
      shop: OTHER_SHOP,
    });

    // When the merchant opens the home (whatever the period: performance is always 90 days)
    const { performance } = await loadHome("?period=7");

    // Then overall: 4 deliveries of 2, 7, 3 and 1 days; 2 of the 3 with an estimate on time
    expect(performance.overall).toMatchObject({ delivered: 4, withEstimate: 3, onTime: 2 });
    expect(performance.overall?.medianDays).toBeCloseTo(2.5, 3);
    expect(performance.overall?.meanDays).toBeCloseTo(3.25, 3);
    expect(performance.overall?.onTimeRate).toBeCloseTo(2 / 3, 5);

    // And per carrier, busiest first
    const carriers = performance.byCarrier.map((r) => [
      r.key,
      r.delivered,
      r.withEstimate,
      r.onTime,
      r.onTimeRate,
    ]);
    expect(carriers).toEqual([
      ["UPS", 3, 2, 1, 0.5],
      ["DHL", 1, 1, 1, 1],
    ]);
    expect(performance.byCarrier[0].medianDays).toBeCloseTo(3, 3);
    expect(performance.byCarrier[0].meanDays).toBeCloseTo(4, 3);
    expect(performance.byCarrier[1].medianDays).toBeCloseTo(1, 3);

    // And per destination country
    const countries = performance.byCountry.map((r) => [r.key, r.delivered, r.withEstimate, r.onTime]);
    expect(countries).toEqual([
      ["DE", 2, 1, 1],
      ["US", 2, 2, 1],
    ]);
    expect(performance.byCountry[0].medianDays).toBeCloseTo(2, 3);
    expect(performance.byCountry[1].medianDays).toBeCloseTo(4.5, 3);
    expect(performance.byCountry[1].onTimeRate).toBe(0.5);
  });

  it("judges on time by the estimated day in the shop's time zone", async () => {
    // Given a parcel expected on a day and delivered at 03:30 UTC the next day: late in UTC, but in New
    // York (UTC-5 or -4) still the evening of the expected day
    await seedOfflineSession();
    const { id } = await ship({ shippedDaysAgo: 14, scans: [["delivered", 10]] });
    const day = new Date(daysAgo(10)).toISOString().slice(0, 10);
    const deliveredAt = new Date(`${day}T03:30:00Z`);
    const db = await testDb();
    await db.shipment.update({
      where: { id },
      data: {
        deliveredAt,
        statusAt: deliveredAt,
        estimatedDeliveryAt: new Date(deliveredAt.getTime() - 12 * 3_600_000),
      },
    });

    // When the shop is in UTC, then it was late
    expect((await loadHome()).performance.overall).toMatchObject({ withEstimate: 1, onTime: 0 });

    // When the shop is in New York, then it was on time
    await db.shop.update({ where: { domain: DEFAULT_SHOP }, data: { timezone: "America/New_York" } });
    expect((await loadHome()).performance.overall).toMatchObject({ withEstimate: 1, onTime: 1 });
  });
});

describe("admin home: notifications and chat over the period", () => {
  it("counts the period's notifications by channel and milestone, with failures", async () => {
    // Given three shipments and their outbox, as the dispatcher left it
    await seedOfflineSession();
    const s1 = await ship({ shippedDaysAgo: 3 });
    const s2 = await ship({ shippedDaysAgo: 3 });
    const s3 = await ship({ shippedDaysAgo: 3 });
    const other = await ship({ shippedDaysAgo: 3, shop: OTHER_SHOP });
    const db = await testDb();
    await db.notification.deleteMany({});
    const shop = await shopId();
    const row = (shipmentId: string, milestone: string, channel: string, status: string, days: number) => ({
      shopId: shop,
      shipmentId,
      milestone,
      channel,
      status,
      milestoneAt: new Date(daysAgo(days)),
      createdAt: new Date(daysAgo(days)),
    });
    await db.notification.createMany({
      data: [
        row(s1.id, "SHIPPED", "email", "SENT", 1),
        row(s2.id, "SHIPPED", "email", "SENT", 2),
        row(s3.id, "SHIPPED", "email", "FAILED", 1),
        row(s1.id, "SHIPPED", "sms", "SENT", 1),
        row(s1.id, "DELIVERED", "email", "SENT", 3),
        row(s2.id, "DELIVERED", "whatsapp", "FAILED", 3),
        row(s3.id, "DELIVERED", "email", "PENDING", 0),
        row(s3.id, "OUT_FOR_DELIVERY", "email", "SKIPPED", 0),
        row(s2.id, "OUT_FOR_DELIVERY", "email", "SENT", 40),
        { ...row(other.id, "SHIPPED", "email", "SENT", 1), shopId: await shopId(OTHER_SHOP) },
      ],
    });

    // When the merchant looks at the last 30 days (the default)
    const { notifications, period } = await loadHome();

    // Then
    expect(period).toBe(30);
    expect(notifications.totals).toEqual({ sent: 4, failed: 2, pending: 1, skipped: 1 });
    expect(notifications.byChannel).toEqual([
      { channel: "email", sent: 3, failed: 1 },
      { channel: "sms", sent: 1, failed: 0 },
      { channel: "whatsapp", sent: 0, failed: 1 },
    ]);
    expect(notifications.byMilestone).toEqual([
      { milestone: "SHIPPED", sent: { email: 2, sms: 1, whatsapp: 0, klaviyo: 0 }, failed: 1 },
      { milestone: "DELIVERED", sent: { email: 1, sms: 0, whatsapp: 0, klaviyo: 0 }, failed: 1 },
    ]);

    // And over 90 days the older message counts too
    const quarter = await loadHome("?period=90");
    expect(quarter.period).toBe(90);
    expect(quarter.notifications.totals.sent).toBe(5);
    expect(quarter.notifications.byMilestone.map((m) => m.milestone)).toEqual([
      "SHIPPED",
      "OUT_FOR_DELIVERY",
      "DELIVERED",
    ]);
  });

  it("shows chats answered without a person per 100 orders, escalations and WISMO questions", async () => {
    // Given 8 orders in the last 30 days, one 40 days ago, and another shop's
    await seedOfflineSession();
    for (let day = 1; day <= 8; day++) {
      const at = daysAgo(day);
      await deliver("orders/create", orderPayload({ processed_at: at, created_at: at, updated_at: at }));
    }
    const old = daysAgo(40);
    await deliver("orders/create", orderPayload({ processed_at: old, created_at: old, updated_at: old }));
    await deliver("orders/create", orderPayload({ processed_at: daysAgo(1) }), { shop: OTHER_SHOP });
    // And chats: 3 answered from order data, 1 handed over, 1 unanswered; one more 40 days ago
    const db = await testDb();
    const shop = await shopId();
    const chats: Array<[id: string, data: boolean, escalated: boolean, days: number, intent: string]> = [
      ["c1", true, false, 1, "order_status"],
      ["c2", true, false, 2, "order_status"],
      ["c3", true, false, 3, "order_status"],
      ["c4", true, true, 4, "order_status"],
      ["c5", false, false, 5, "return_refund"],
      ["c6", true, false, 40, "order_status"],
    ];
    for (const [id, answeredWithData, escalated, days, intent] of chats) {
      const at = new Date(daysAgo(days));
      await db.conversation.create({
        data: {
          id: `${id}-${shop}`,
          shopId: shop,
          answeredWithData,
          escalatedAt: escalated ? at : null,
          createdAt: at,
          messages: {
            create: [
              { shopId: shop, role: "SHOPPER", text: "where is my order", createdAt: at },
              { shopId: shop, role: "ASSISTANT", text: "On its way", intent, createdAt: at },
            ],
          },
        },
      });
    }

    // When the merchant looks at the last 30 days
    const { wismo } = await loadHome("?period=30");

    // Then 3 answered without a person for 8 orders: 37.5 per 100 orders
    expect(wismo).toMatchObject({
      orders: 8,
      conversations: 5,
      deflected: 3,
      escalated: 1,
      wismoQuestions: 4,
    });
    expect(wismo.deflectedPer100Orders).toBeCloseTo(37.5, 5);

    // And over 90 days: 4 for 9 orders
    const quarter = await loadHome("?period=90");
    expect(quarter.wismo).toMatchObject({ orders: 9, conversations: 6, deflected: 4 });
    expect(quarter.wismo.deflectedPer100Orders).toBeCloseTo(44.444, 2);

    // And an unknown period is the default 30 days
    expect((await loadHome("?period=365")).period).toBe(30);
  });

  it("shows zeros for a shop Parcelwise has not heard from yet", async () => {
    await seedOfflineSession();
    const home = await loadHome();
    expect(home.states.total).toBe(0);
    expect(home.exceptions.items).toEqual([]);
    expect(home.wismo.deflectedPer100Orders).toBeNull();
    expect(home.performance.overall).toBeNull();
  });
});
