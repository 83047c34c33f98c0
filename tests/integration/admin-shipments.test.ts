import { describe, expect, it } from "vitest";
import { EXCEPTION_FILTER, EXCEPTION_KINDS } from "~/admin/dashboard/exception-kinds";
import { detectLateAndStalled } from "~/notifications/detect.server";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { seedOfflineSession, testDb } from "../helpers/db";
import { configureShop, dispatch, dispatchConfig, hoursAgo, outbox } from "../helpers/notifications";
import { sessionToken } from "../helpers/session-token";
import { insertShipments, type ShipmentSeed } from "../helpers/shipments";
import { useSmtpServer } from "../helpers/smtp";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";
import { TEST_APP_URL } from "../setup/test-env";

const smtp = useSmtpServer();
const OTHER_SHOP = "other.myshopify.com";

/** A request from the embedded admin: App Bridge adds the session token. */
function adminRequest(path: string, init: RequestInit = {}, shop = DEFAULT_SHOP) {
  return new Request(`${TEST_APP_URL}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${sessionToken(shop)}`, ...init.headers },
  });
}

async function list(search = "", shop = DEFAULT_SHOP) {
  const { loader } = await import("~/routes/app.shipments._index");
  return loader({ request: adminRequest(`/app/shipments${search}`, {}, shop), params: {}, context: {} });
}

async function detail(id: string, shop = DEFAULT_SHOP) {
  const { loader } = await import("~/routes/app.shipments.$id");
  return loader({ request: adminRequest(`/app/shipments/${id}`, {}, shop), params: { id }, context: {} });
}

async function post(id: string, fields: Record<string, string>, shop = DEFAULT_SHOP) {
  const { action } = await import("~/routes/app.shipments.$id");
  const request = adminRequest(
    `/app/shipments/${id}`,
    {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    },
    shop,
  );
  return action({ request, params: { id }, context: {} });
}

const ids = (page: { rows: Array<{ id: string }> }) => page.rows.map((row) => row.id);

/** An order shipped an hour ago (webhooks, as Shopify sends them); returns the shipment's id. */
async function shippedOrder(shop = DEFAULT_SHOP, overrides: Record<string, unknown> = {}) {
  const order = orderPayload({ created_at: hoursAgo(30), updated_at: hoursAgo(30), ...overrides });
  const fulfillment = fulfillmentPayload(order.id, { created_at: hoursAgo(1), updated_at: hoursAgo(1) });
  await deliver("orders/create", order, { shop });
  await deliver("fulfillments/create", fulfillment, { shop });
  const db = await testDb();
  const shipment = await db.shipment.findFirstOrThrow({ where: { shopifyId: String(fulfillment.id) } });
  return { order, fulfillment, id: shipment.id };
}

async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toSatisfy((error) => error instanceof Response && error.status === 404);
}

describe("admin shipments list", () => {
  it("pages newest first, 50 at a time, forward and back, in a stable order through ties", async () => {
    // Given 120 shipments fulfilled three at a time (equal shipped times), and another shop's
    await seedOfflineSession();
    const base = Date.parse("2026-11-01T12:00:00Z");
    const seeds: ShipmentSeed[] = Array.from({ length: 120 }, (_, i) => ({
      id: `t${String(i).padStart(3, "0")}`,
      shippedAt: new Date(base - Math.floor(i / 3) * 60_000).toISOString(),
    }));
    await insertShipments(seeds);
    await insertShipments([{ id: "foreign1", shippedAt: "2026-11-02T00:00:00Z" }], { shop: OTHER_SHOP });
    // Newest first; among equal times the larger id first.
    const expected = [...seeds]
      .sort((a, b) => b.shippedAt.localeCompare(a.shippedAt) || b.id.localeCompare(a.id))
      .map((s) => s.id);

    // When the merchant pages forward
    const first = await list();
    const second = await list(`?after=${first.page.endCursor}`);
    // (a shipment arriving meanwhile does not shift the pages after the cursor)
    await insertShipments([{ id: "newest", shippedAt: "2026-11-03T00:00:00Z" }]);
    const third = await list(`?after=${second.page.endCursor}`);

    // Then each page continues exactly where the last ended, and the last says so
    expect(ids(first)).toEqual(expected.slice(0, 50));
    expect(first.page).toMatchObject({ hasPrevious: false, hasNext: true });
    expect(ids(second)).toEqual(expected.slice(50, 100));
    expect(second.page).toMatchObject({ hasPrevious: true, hasNext: true });
    expect(ids(third)).toEqual(expected.slice(100));
    expect(third.page).toMatchObject({ hasPrevious: true, hasNext: false });

    // When they page back
    const back = await list(`?before=${third.page.startCursor}`);
    const backAgain = await list(`?before=${back.page.startCursor}`);

    // Then they see the same pages again; the new shipment now waits before the first
    expect(ids(back)).toEqual(expected.slice(50, 100));
    expect(back.page).toMatchObject({ hasPrevious: true, hasNext: true });
    expect(ids(backAgain)).toEqual(expected.slice(0, 50));
    expect(backAgain.page.hasPrevious).toBe(true);
    expect(ids(await list())).toEqual(["newest", ...expected.slice(0, 49)]);
  });

  it("filters by status, carrier, lateness and shipped dates (the shop's days), alone and combined", async () => {
    // Given a shop in New York with shipments in different states, and another shop's
    await seedOfflineSession();
    await insertShipments(
      [
        { id: "a", shippedAt: "2026-11-01T15:00:00Z", status: "DELIVERED", carrier: "UPS" },
        { id: "b", shippedAt: "2026-11-02T15:00:00Z", carrier: "DHL", lateSince: "2026-11-06T05:00:00Z" },
        { id: "c", shippedAt: "2026-11-03T15:00:00Z", status: "DELAYED", carrier: "UPS" },
        { id: "d", shippedAt: "2026-11-04T15:00:00Z", status: "EXCEPTION", carrier: "DHL" },
        // Delivered late: late no more.
        {
          id: "e",
          shippedAt: "2026-11-05T15:00:00Z",
          status: "DELIVERED",
          carrier: "DHL",
          lateSince: "2026-11-06T05:00:00Z",
        },
        // 03:00 UTC on the 5th is still the 4th in New York.
        { id: "f", shippedAt: "2026-11-05T03:00:00Z", carrier: "UPS" },
        {
          id: "g",
          shippedAt: "2026-11-05T16:00:00Z",
          status: "CANCELLED",
          carrier: null,
          lateSince: "2026-11-06T05:00:00Z",
        },
      ],
      { timezone: "America/New_York" },
    );
    await insertShipments(
      [{ id: "x", shippedAt: "2026-11-04T15:00:00Z", status: "EXCEPTION", carrier: "Royal Mail" }],
      { shop: OTHER_SHOP },
    );

    // When the merchant filters, then they see exactly the matching shipments, newest first
    const cases: Array<[string, string[]]> = [
      ["", ["g", "e", "f", "d", "c", "b", "a"]],
      ["?status=IN_TRANSIT", ["f", "b"]],
      ["?status=DELAYED,EXCEPTION", ["d", "c"]],
      ["?carrier=DHL", ["e", "d", "b"]],
      ["?late=1", ["c", "b"]],
      ["?late=1&carrier=UPS", ["c"]],
      ["?late=1&status=IN_TRANSIT,DELIVERED", ["b"]],
      ["?status=EXCEPTION&carrier=DHL", ["d"]],
      ["?shippedFrom=2026-11-04&shippedTo=2026-11-04", ["f", "d"]],
      ["?shippedFrom=2026-11-05", ["g", "e"]],
      ["?shippedTo=2026-11-02", ["b", "a"]],
      ["?status=DELIVERED&shippedFrom=2026-11-05", ["e"]],
      ["?carrier=Royal%20Mail", []],
      // Anything malformed is ignored rather than an error.
      ["?status=NOPE&shippedFrom=2026-13-45&after=garbage&late=yes", ["g", "e", "f", "d", "c", "b", "a"]],
    ];
    for (const [search, expected] of cases) {
      expect({ search, ids: ids(await list(search)) }).toEqual({ search, ids: expected });
    }

    // And the carrier filter offers the shop's own carriers
    const page = await list();
    expect(page.carriers).toEqual(["DHL", "UPS"]);
    expect(page.timeZone).toBe("America/New_York");
    expect(page.rows.find((r) => r.id === "c")).toMatchObject({ status: "DELAYED", late: true });
    expect(page.rows.find((r) => r.id === "e")).toMatchObject({ status: "DELIVERED", late: false });
  });

  it("finds shipments by order name, tracking number and customer email, in the shop only", async () => {
    // Given two orders shipped in this shop, and one in another shop with the same number and email
    await seedOfflineSession();
    const jon = await shippedOrder(DEFAULT_SHOP, { name: "#4242", email: "Jon.Snow@example.com" });
    const other = await shippedOrder(DEFAULT_SHOP, { name: "#4343", email: "arya@example.com" });
    await shippedOrder(OTHER_SHOP, { name: "#4242", email: "jon.snow@example.com" });
    const db = await testDb();
    await db.trackingNumber.updateMany({
      where: { shipmentId: other.id },
      data: { number: "9400111899223344" },
    });

    // When the merchant searches, then each field finds its shipment and nothing else
    const cases: Array<[string, string[]]> = [
      ["#4242", [jon.id]],
      ["4242", [jon.id]],
      ["9400 1118 9922 3344", [other.id]],
      ["1z2345", [jon.id]],
      // The address as the order has it, or typed in any case when the order has it in lower case.
      ["Jon.Snow@example.com", [jon.id]],
      ["arya@example.com", [other.id]],
      ["Arya@Example.com", [other.id]],
      ["nobody@example.com", []],
      ["#9999", []],
    ];
    for (const [q, expected] of cases) {
      expect({ q, ids: ids(await list(`?q=${encodeURIComponent(q)}`)) }).toEqual({ q, ids: expected });
    }

    // And a search combines with the filters; no match still means the shop has shipments
    expect(ids(await list(`?q=4242&status=DELIVERED`))).toEqual([]);
    expect(ids(await list(`?q=4242&status=PENDING,IN_TRANSIT`))).toEqual([jon.id]);
    const none = await list("?q=nothing-like-it");
    expect(none).toMatchObject({ rows: [], shopHasShipments: true });

    // And the row shows what the merchant needs, without the customer's email
    const [row] = (await list("?q=4242")).rows;
    expect(row).toMatchObject({
      orderName: "#4242",
      customer: "Jon Snow",
      carrier: "UPS",
      trackingNumber: "1Z2345",
      destinationCity: "Shippington",
      destinationCountry: "US",
      status: "PENDING",
    });
    expect(JSON.stringify(row)).not.toMatch(/@/);
  });

  it("tells a shop without shipments where they come from", async () => {
    await seedOfflineSession();
    await insertShipments([{ id: "elsewhere", shippedAt: "2026-11-01T00:00:00Z" }], { shop: OTHER_SHOP });
    expect(await list()).toMatchObject({ rows: [], shopHasShipments: false });
  });
});

const daysAgo = (days: number) => hoursAgo(days * 24);

/** An order, its fulfillment and the carrier's scans ([status, days ago, estimate days ago?]), as webhooks. */
async function shipWithScans(
  shippedDaysAgo: number,
  scans: Array<[status: string, daysAgo: number, estimateDaysAgo?: number]> = [],
) {
  const order = orderPayload({ processed_at: daysAgo(shippedDaysAgo + 1) });
  const fulfillment = fulfillmentPayload(order.id, {
    created_at: daysAgo(shippedDaysAgo),
    updated_at: daysAgo(shippedDaysAgo),
  });
  await deliver("orders/create", order);
  await deliver("fulfillments/create", fulfillment);
  for (const [status, at, estimate] of scans) {
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, status, daysAgo(at), {
        estimated_delivery_at: estimate === undefined ? null : daysAgo(estimate),
      }),
    );
  }
  const db = await testDb();
  return (await db.shipment.findFirstOrThrow({ where: { shopifyId: String(fulfillment.id) } })).id;
}

describe("admin shipments list: the home's kinds of trouble as filters", () => {
  it("lists exactly the shipments the home counts under each kind of trouble", async () => {
    // Given a shop that allows 5 days without a scan, a few shipments of each kind, and some that the
    // home leaves out: fine ones, and a late and a stalled one the merchant marked as handled
    await seedOfflineSession();
    const expected = {
      exception: [await shipWithScans(4, [["failure", 1]]), await shipWithScans(5, [["failure", 2]])],
      attempted: [await shipWithScans(3, [["attempted_delivery", 0.5]])],
      notPickedUp: [await shipWithScans(3), await shipWithScans(4)],
      late: [
        await shipWithScans(5, [["in_transit", 0.5, 2]]),
        await shipWithScans(6, [["in_transit", 1, 3]]),
        await shipWithScans(2, [["delayed", 1]]),
      ],
      stalled: [await shipWithScans(8, [["in_transit", 6]]), await shipWithScans(9, [["in_transit", 7]])],
    };
    await shipWithScans(1); // a fresh label: the carrier has a day left
    await shipWithScans(6, [["in_transit", 4]]); // 4 quiet days: not stalled here
    await shipWithScans(5, [["delivered", 1]]);
    const handledLate = await shipWithScans(7, [["in_transit", 0.5, 2]]);
    const handledStalled = await shipWithScans(10, [["in_transit", 8]]);
    await configureShop({ stallDays: 5 });
    const db = await testDb();
    await detectLateAndStalled(db);
    await db.shipment.updateMany({
      where: { id: { in: [handledLate, handledStalled] } },
      data: { exceptionHandledAt: new Date(), exceptionNote: "Called the carrier" },
    });
    // (the handled late one is late by the carrier's estimate all the same)
    expect((await list("?q=" + encodeURIComponent(await orderNameOf(handledLate)))).rows[0].late).toBe(true);

    // When the merchant opens the home, then filters the list by each kind
    const { loader } = await import("~/routes/app._index");
    const home = await loader({ request: adminRequest("/app"), params: {}, context: {} });
    for (const kind of EXCEPTION_KINDS) {
      const page = await list(`?${EXCEPTION_FILTER[kind]}`);

      // Then the list shows as many shipments as the home counted, and the same ones
      expect({ kind, rows: page.rows.length }).toEqual({ kind, rows: home.exceptions.counts[kind] });
      expect({ kind, ids: ids(page).sort() }).toEqual({ kind, ids: [...expected[kind]].sort() });
    }
    // And the problem filters combine with the others, and with one another (the kinds never overlap)
    expect(ids(await list("?late=1&status=DELAYED"))).toEqual([expected.late[2]]);
    expect((await list("?late=1&stalled=1&notPickedUp=1")).rows).toHaveLength(7);
    expect(await list("?stalled=1&status=DELIVERED")).toMatchObject({ rows: [] });
  });

  it("pages a problem filter with the same keyset cursors", async () => {
    // Given 60 labels nobody picked up, among shipments that are fine
    await seedOfflineSession();
    const base = Date.now() - 3 * 86_400_000;
    await insertShipments([
      ...Array.from({ length: 60 }, (_, i) => ({
        id: `np${String(i).padStart(2, "0")}`,
        shippedAt: new Date(base - i * 60_000).toISOString(),
        status: "PENDING",
      })),
      ...Array.from({ length: 10 }, (_, i) => ({
        id: `ok${i}`,
        shippedAt: new Date(base - i * 90_000).toISOString(),
      })),
    ]);

    // When the merchant pages through "not picked up"
    const first = await list("?notPickedUp=1");
    const second = await list(`?notPickedUp=1&after=${first.page.endCursor}`);
    const back = await list(`?notPickedUp=1&before=${second.page.startCursor}`);

    // Then they see each of the 60 once, newest first, and page back to the same first page
    const all = Array.from({ length: 60 }, (_, i) => `np${String(i).padStart(2, "0")}`);
    expect(ids(first)).toEqual(all.slice(0, 50));
    expect(first.page).toMatchObject({ hasNext: true, hasPrevious: false });
    expect(ids(second)).toEqual(all.slice(50));
    expect(second.page).toMatchObject({ hasNext: false, hasPrevious: true });
    expect(ids(back)).toEqual(all.slice(0, 50));
  });
});

async function orderNameOf(shipmentId: string) {
  const db = await testDb();
  const shipment = await db.shipment.findUniqueOrThrow({
    where: { id: shipmentId },
    select: { order: { select: { name: true } } },
  });
  return shipment.order?.name ?? "";
}

describe("admin shipment page", () => {
  it("shows the shipment: status, scans at their local times, items, and the messages with outcome", async () => {
    // Given a shipment scanned in Louisville, whose "shipped" email went out
    await seedOfflineSession();
    const { order, fulfillment, id } = await shippedOrder();
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "in_transit", hoursAgo(0.5)),
    );
    await dispatch(dispatchConfig(smtp.url));

    // When the merchant opens it
    const page = await detail(id);

    // Then they see the order, its status and where to open it in Shopify
    expect(page).toMatchObject({
      title: order.name,
      orderAdminUrl: `shopify://admin/orders/${order.id}`,
      customer: "Jon Snow",
      status: "IN_TRANSIT",
      late: false,
      carrier: "UPS",
      tracking: [{ number: "1Z2345", url: "https://www.ups.com/track?tracknum=1Z2345" }],
      destination: { city: "Shippington", country: "US" },
      items: [{ title: "IPod Nano - 8GB", variantTitle: "Pink", sku: "IPOD2008PINK", quantity: 1 }],
      problem: null,
    });
    // And the scan at Louisville's own time (the shop's zone is UTC)
    expect(page.events).toEqual([
      expect.objectContaining({
        status: "IN_TRANSIT",
        place: "Louisville, Kentucky, United States",
        timeZone: expect.stringMatching(/^America\/(New_York|Kentucky\/Louisville)$/),
      }),
    ]);
    // And the message that went out, to a masked address
    expect(page.notifications).toEqual([
      expect.objectContaining({
        milestone: "SHIPPED",
        channel: "email",
        status: "SENT",
        recipient: "j•••@example.com",
        resent: false,
      }),
    ]);
    expect(JSON.stringify(page)).not.toContain("jon@example.com");
    // And only messages that are still true can be sent again
    expect(page.resendable).toEqual(["SHIPPED", "IN_TRANSIT"]);
  });

  it("answers 404 for another shop's shipment or an unknown id, and changes nothing", async () => {
    // Given a shipment with an exception in another shop
    await seedOfflineSession();
    await seedOfflineSession(OTHER_SHOP);
    const theirs = await shippedOrder(OTHER_SHOP);
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(theirs.order.id, theirs.fulfillment.id, "failure", hoursAgo(0.5)),
      { shop: OTHER_SHOP },
    );

    // When this shop's admin asks for it, or acts on it
    await expectNotFound(detail(theirs.id));
    await expectNotFound(detail("no-such-shipment"));
    await expectNotFound(post(theirs.id, { intent: "handle", note: "Called the carrier" }));
    await expectNotFound(post(theirs.id, { intent: "resend", milestone: "SHIPPED", channel: "email" }));
    await expectNotFound(post(theirs.id, { intent: "other" }));

    // Then nothing of theirs changed, and their own admin still sees it
    const db = await testDb();
    expect(await db.shipment.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({
      exceptionHandledAt: null,
      exceptionNote: null,
    });
    expect((await outbox(OTHER_SHOP)).filter((n) => n.occurrence !== "")).toEqual([]);
    expect((await detail(theirs.id, OTHER_SHOP)).problem).toMatchObject({
      kind: "EXCEPTION",
      handled: false,
    });
  });

  it("resends a message as a new outbox row the dispatcher sends, after checking it can go", async () => {
    // Given a shipped order whose email went out, in a shop that allows one message a day
    await seedOfflineSession();
    const { id } = await shippedOrder();
    await dispatch(dispatchConfig(smtp.url));
    await smtp.waitForMessages(1);
    const rowsBefore = await outbox();

    // When the merchant asks for what cannot go, then each refusal says why and nothing is queued
    const refusals: Array<[Record<string, string>, Record<string, string>]> = [
      [{ channel: "email" }, { milestone: "milestoneRequired" }],
      [{ milestone: "DELIVERED", channel: "email" }, { milestone: "outdated" }],
      [{ milestone: "SHIPPED", channel: "pigeon" }, { channel: "channelInvalid" }],
      [{ milestone: "SHIPPED", channel: "sms" }, { channel: "notSetUp" }],
      // The test deployment has no SMTP_URL and the shop no server of its own yet.
      [{ milestone: "SHIPPED", channel: "email" }, { channel: "notSetUp" }],
    ];
    for (const [fields, errors] of refusals) {
      expect(await post(id, { intent: "resend", ...fields })).toEqual({
        ok: false,
        intent: "resend",
        errors,
      });
    }
    expect(await outbox()).toEqual(rowsBefore);

    // When the shop has its own mail server and the merchant resends the "shipped" email
    await configureShop({ smtpUrl: smtp.url, senderEmail: "hello@shop.example", maxPerShipmentPerDay: 1 });
    expect(await post(id, { intent: "resend", milestone: "SHIPPED", channel: "email" })).toEqual({
      ok: true,
      intent: "resend",
    });

    // Then a second click does not queue it twice
    expect(await post(id, { intent: "resend", milestone: "SHIPPED", channel: "email" })).toEqual({
      ok: false,
      intent: "resend",
      errors: { form: "alreadyQueued" },
    });
    const queued = (await outbox()).filter((n) => n.status === "PENDING");
    expect(queued).toEqual([
      expect.objectContaining({
        milestone: "SHIPPED",
        channel: "email",
        occurrence: expect.stringMatching(/^#resend-\d+$/),
        fallback: "[]",
      }),
    ]);

    // And the dispatcher sends it, past the daily cap the first email used up
    await dispatch(dispatchConfig(undefined));
    const [, again] = await smtp.waitForMessages(2);
    expect(again.envelope.rcptTo).toEqual(["jon@example.com"]);
    const page = await detail(id);
    expect(page.notifications.map((n) => [n.milestone, n.status, n.resent])).toEqual([
      ["SHIPPED", "SENT", true],
      ["SHIPPED", "SENT", false],
    ]);

    // And once sent, it can be sent again
    expect(await post(id, { intent: "resend", milestone: "SHIPPED", channel: "email" })).toMatchObject({
      ok: true,
    });
  });

  it("refuses to resend to a shopper who unsubscribed", async () => {
    await seedOfflineSession();
    const { id } = await shippedOrder();
    await configureShop({ smtpUrl: smtp.url, senderEmail: "hello@shop.example" });
    const { suppress } = await import("~/notifications/suppression.server");
    const db = await testDb();
    const { shopId } = await db.shipment.findUniqueOrThrow({ where: { id } });
    await suppress(db, shopId, "email", "jon@example.com", "unsubscribe-link");
    const before = await outbox();

    expect(await post(id, { intent: "resend", milestone: "SHIPPED", channel: "email" })).toEqual({
      ok: false,
      intent: "resend",
      errors: { channel: "unsubscribed" },
    });
    expect(await outbox()).toEqual(before);
  });

  it("marks an exception handled with a note, only with a note, and shows a new problem again", async () => {
    // Given a parcel the carrier reported a failure for, and one that is fine
    await seedOfflineSession();
    const { order, fulfillment, id } = await shippedOrder();
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "failure", hoursAgo(0.5)),
    );
    const fine = await shippedOrder();
    const db = await testDb();
    const unchanged = async () =>
      expect(await db.shipment.findUniqueOrThrow({ where: { id } })).toMatchObject({
        exceptionHandledAt: null,
        exceptionNote: null,
      });
    expect((await detail(id)).problem).toMatchObject({ kind: "EXCEPTION", handled: false });

    // When the merchant submits without a usable note, or for the parcel that is fine
    expect(await post(id, { intent: "handle", note: "   " })).toEqual({
      ok: false,
      intent: "handle",
      errors: { note: "noteRequired" },
    });
    expect(await post(id, { intent: "handle", note: "x".repeat(1001) })).toEqual({
      ok: false,
      intent: "handle",
      errors: { note: "noteTooLong" },
    });
    expect(await post(fine.id, { intent: "handle", note: "Nothing to do" })).toEqual({
      ok: false,
      intent: "handle",
      errors: { form: "nothingToHandle" },
    });
    expect(await post(id, { intent: "archive" })).toEqual({
      ok: false,
      intent: "archive",
      errors: { form: "unknownAction" },
    });
    // Then nothing was saved
    await unchanged();

    // When they write what they did
    expect(await post(id, { intent: "handle", note: "  Carrier will re-deliver on Monday  " })).toEqual({
      ok: true,
      intent: "handle",
    });

    // Then the page shows it handled, with the note
    const handled = await detail(id);
    expect(handled.problem).toMatchObject({ kind: "EXCEPTION", handled: true });
    expect(handled.handling).toEqual({ at: expect.any(String), note: "Carrier will re-deliver on Monday" });

    // When the parcel runs into a new problem afterwards, then it needs attention again
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(
        order.id,
        fulfillment.id,
        "attempted_delivery",
        new Date(Date.now() + 60_000).toISOString(),
      ),
    );
    expect((await detail(id)).problem).toMatchObject({ kind: "ATTEMPTED_DELIVERY", handled: false });

    // And the note, which may speak of the customer, goes with customers/redact
    await deliver("customers/redact", {
      shop_domain: DEFAULT_SHOP,
      customer: { id: 7100000000001, email: "jon@example.com" },
      orders_to_redact: [order.id],
    });
    expect(await db.shipment.findUniqueOrThrow({ where: { id } })).toMatchObject({ exceptionNote: null });
  });
});
