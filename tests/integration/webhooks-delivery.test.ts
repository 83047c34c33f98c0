import { describe, expect, it } from "vitest";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { orderByShopifyId, shipmentByShopifyId, snapshotTables, testDb } from "../helpers/db";
import { deliver, send, webhookRequest } from "../helpers/webhooks";
import { TEST_APP_URL } from "../setup/test-env";

/** Shuffles deterministically (a fixed seed), so a failure can be replayed. */
function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe("webhook delivery as Shopify does it", () => {
  it("the same event delivered three times is stored once and answered 200 each time", async () => {
    const order = orderPayload();
    const first = await deliver("orders/create", order, { eventId: "evt-1" });
    const second = await deliver("orders/create", order, { eventId: "evt-1" });
    const third = await deliver(
      "orders/create",
      { ...order, email: "changed@example.com" },
      { eventId: "evt-1" },
    );

    expect(first.body).toEqual({ ok: true, duplicate: false });
    expect(second).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    expect(third).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    expect(await snapshotTables()).toMatchObject({ orders: 1, receipts: 1 });
    expect(await orderByShopifyId(order.id)).toMatchObject({ email: "jon@example.com" });
  });

  it("falls back to the webhook id when there is no event id", async () => {
    const order = orderPayload();
    const request = () => {
      const r = webhookRequest("orders/create", order, { webhookId: "wh-7" });
      r.headers.delete("X-Shopify-Event-Id");
      return r;
    };
    await send("orders/create", request());
    expect((await send("orders/create", request())).body).toEqual({ ok: true, duplicate: true });
    expect((await (await testDb()).webhookInbox.findFirst())?.eventId).toBe("wh-7");
  });

  it("concurrent copies of one event still produce one row", async () => {
    const order = orderPayload();
    const results = await Promise.all(
      [1, 2, 3].map(() => deliver("orders/create", order, { eventId: "evt-concurrent" })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(1);
    expect(await snapshotTables()).toMatchObject({ orders: 1, receipts: 1 });
  });

  it("a whole order's stream, shuffled and duplicated, ends in the same state as in order", async () => {
    const order = orderPayload();
    const fulfillment = fulfillmentPayload(order.id);
    const scans = [
      ["in_transit", "2026-11-02T20:00:00Z"],
      ["out_for_delivery", "2026-11-04T07:00:00Z"],
      ["attempted_delivery", "2026-11-04T12:00:00Z"],
      ["out_for_delivery", "2026-11-05T07:30:00Z"],
      ["delivered", "2026-11-05T11:00:00Z"],
    ].map(([status, time]) => fulfillmentEventPayload(order.id, fulfillment.id, status, time));
    const stream: [string, unknown, string][] = [
      ["orders/create", order, "o1"],
      ["fulfillments/create", fulfillment, "f1"],
      ...scans.map((s, i): [string, unknown, string] => ["fulfillment_events/create", s, `e${i}`]),
    ];

    for (const seed of [1, 7, 42]) {
      const shuffled = shuffle([...stream, ...stream, ...stream], seed);
      for (const [topic, payload, eventId] of shuffled) {
        const { status } = await deliver(topic, payload, { eventId: `${seed}-${eventId}` });
        expect(status).toBe(200);
      }
      const shipment = await shipmentByShopifyId(fulfillment.id);
      expect(shipment).toMatchObject({
        status: "DELIVERED",
        orderId: (await orderByShopifyId(order.id))!.id,
      });
      expect(shipment!.deliveredAt?.toISOString()).toBe("2026-11-05T11:00:00.000Z");
      expect(await snapshotTables()).toMatchObject({ orders: 1, shipments: 1, events: 5 });
    }
  });

  it("an older scan arriving after a newer one never moves the shipment backwards", async () => {
    const order = orderPayload();
    const fulfillment = fulfillmentPayload(order.id);
    await deliver("fulfillments/create", fulfillment);
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "out_for_delivery", "2026-11-04T07:00:00Z"),
    );
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "in_transit", "2026-11-03T07:00:00Z"),
    );
    const shipment = await shipmentByShopifyId(fulfillment.id);
    expect(shipment).toMatchObject({ status: "OUT_FOR_DELIVERY" });
    expect(shipment!.statusAt?.toISOString()).toBe("2026-11-04T07:00:00.000Z");
  });

  it("a fulfillment that arrives before its order is joined when the order comes", async () => {
    const order = orderPayload();
    const fulfillment = fulfillmentPayload(order.id);
    await deliver("fulfillments/create", fulfillment);
    expect(await shipmentByShopifyId(fulfillment.id)).toMatchObject({ orderId: null });

    await deliver("orders/create", order);
    const stored = await orderByShopifyId(order.id);
    expect(await shipmentByShopifyId(fulfillment.id)).toMatchObject({ orderId: stored!.id });
  });

  it("a delete that overtakes its create leaves the event deleted", async () => {
    const order = orderPayload();
    const fulfillment = fulfillmentPayload(order.id);
    await deliver("fulfillments/create", fulfillment);
    const event = fulfillmentEventPayload(order.id, fulfillment.id, "delivered", "2026-11-03T09:00:00Z");
    await deliver("fulfillment_events/delete", { id: event.id, fulfillment_id: fulfillment.id });
    await deliver("fulfillment_events/create", event);
    expect(await shipmentByShopifyId(fulfillment.id)).toMatchObject({ status: "PENDING" });
  });

  it("a forged signature gets 401 and stores nothing", async () => {
    const before = await snapshotTables();
    const response = await deliver("orders/create", orderPayload(), { secret: "not-the-app-secret" });
    expect(response).toEqual({ status: 401, body: { error: "Invalid webhook signature" } });
    expect(await snapshotTables()).toEqual(before);
  });

  it("a body altered after signing gets 401", async () => {
    const request = webhookRequest("orders/create", orderPayload());
    const tampered = new Request(request.url, {
      method: "POST",
      headers: request.headers,
      body: JSON.stringify(orderPayload({ email: "attacker@example.com" })),
    });
    expect((await send("orders/create", tampered)).status).toBe(401);
    expect((await snapshotTables()).orders).toBe(0);
  });

  it("malformed JSON, correctly signed, gets 400 and stores nothing", async () => {
    const response = await deliver("orders/create", null, { rawBody: '{"id": 1, "name": ' });
    expect(response).toEqual({ status: 400, body: { error: "Malformed JSON body" } });
    expect(await snapshotTables()).toMatchObject({ shops: 0, orders: 0, receipts: 0 });
  });

  it("a payload missing what identifies it gets 400 naming the field", async () => {
    const { id: _id, ...withoutId } = orderPayload();
    const response = await deliver("orders/create", withoutId);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/orders\/create payload: id/);
    expect((await snapshotTables()).receipts).toBe(0);
  });

  it("odd characters in text fields are stored exactly", async () => {
    const name = "#1001 ✓ «Ünïcødé» \u202e <script>alert(1)</script> 🚚";
    const order = orderPayload({ name });
    expect((await deliver("orders/create", order)).status).toBe(200);
    expect((await orderByShopifyId(order.id))!.name).toBe(name);
  });

  it("a body over the size limit gets 413 before anything is read into the database", async () => {
    const huge = orderPayload({ note: "x".repeat(3 * 1024 * 1024) });
    const response = await deliver("orders/create", huge);
    expect(response.status).toBe(413);
    expect(response.body.error).toMatch(/exceeds/);
    expect((await snapshotTables()).receipts).toBe(0);
  });

  it("a topic header that does not match the endpoint gets 400", async () => {
    const response = await deliver("orders/create", orderPayload(), { headerTopic: "products/create" });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/receives orders\/create/);
  });

  it("an unknown topic path gets a clear 404", async () => {
    const { action } = await import("~/routes/webhooks.$");
    const response = await action({ params: { "*": "products/create" } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "Unknown webhook topic: products/create" });
  });

  it("GET on a webhook endpoint is refused", async () => {
    const { action } = await import("~/routes/webhooks.orders.create");
    const response = await action({
      request: new Request(`${TEST_APP_URL}/webhooks/orders/create`, { method: "GET" }),
      params: {},
      context: {},
    });
    expect(response.status).toBe(405);
  });

  it("two shops with the same Shopify ids never see each other's data", async () => {
    const order = orderPayload();
    await deliver("orders/create", order, { shop: "alpha.myshopify.com" });
    await deliver("orders/create", { ...order, email: "beta@example.com" }, { shop: "beta.myshopify.com" });
    expect(await orderByShopifyId(order.id, "alpha.myshopify.com")).toMatchObject({
      email: "jon@example.com",
    });
    expect(await orderByShopifyId(order.id, "beta.myshopify.com")).toMatchObject({
      email: "beta@example.com",
    });
  });
});
