import { describe, expect, it } from "vitest";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { testDb } from "../helpers/db";
import { drainJobs, queuedJobs } from "../helpers/jobs";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";

const PII = [
  "jon@example.com",
  "+16135551234",
  "Jon",
  "Snow",
  "123 Shipping Street",
  "Apt 4",
  "40003",
  "Shippington",
  "555-555-5555",
  "40202",
  "Louisville",
];

/** Every row of every table, and every job the queue holds, serialised: what a database dump would show. */
async function dumpAll() {
  const db = await testDb();
  const tables = await Promise.all([
    db.order.findMany(),
    db.shipment.findMany(),
    db.trackingEvent.findMany(),
    db.dataRequest.findMany(),
    db.webhookInbox.findMany(),
    queuedJobs({ finished: true }),
  ]);
  return JSON.stringify(tables);
}

async function seedCustomerOrder(shop = DEFAULT_SHOP) {
  const order = orderPayload();
  const fulfillment = fulfillmentPayload(order.id);
  await deliver("orders/create", order, { shop });
  await deliver("fulfillments/create", fulfillment, { shop });
  await deliver(
    "fulfillment_events/create",
    fulfillmentEventPayload(order.id, fulfillment.id, "delivered", "2026-11-05T11:00:00Z", {
      address1: "123 Shipping Street",
    }),
    { shop },
  );
  return { order, fulfillment };
}

describe("GDPR webhooks", () => {
  it("customers/data_request compiles the customer's data for the merchant", async () => {
    const { order } = await seedCustomerOrder();
    const response = await deliver("customers/data_request", {
      shop_id: 954889,
      shop_domain: DEFAULT_SHOP,
      orders_requested: [order.id],
      customer: { id: 7100000000001, email: "jon@example.com", phone: "555-625-1199" },
      data_request: { id: 9999 },
    });
    expect(response.status).toBe(200);
    // Acknowledged at once; compiled in the background.
    expect(await queuedJobs({ type: "compile-data-request" })).toHaveLength(1);
    await drainJobs();
    expect(await queuedJobs({ type: "compile-data-request" })).toEqual([]);

    const { listDataRequests } = await import("~/privacy/list-data-requests.server");
    const [request] = await listDataRequests(await testDb(), DEFAULT_SHOP);
    expect(request.compiledAt).not.toBeNull();
    const data = JSON.parse(request.data!);
    expect(data.orders).toHaveLength(1);
    expect(data.orders[0]).toMatchObject({
      name: order.name,
      email: "jon@example.com",
      shippingAddress: expect.objectContaining({ address1: "123 Shipping Street", city: "Shippington" }),
    });
    expect(data.orders[0].shipments[0].events[0]).toMatchObject({ status: "delivered" });
  });

  it("customers/redact removes every trace of the customer and keeps the anonymous history", async () => {
    const { order, fulfillment } = await seedCustomerOrder();
    await deliver("customers/data_request", {
      shop_domain: DEFAULT_SHOP,
      orders_requested: [order.id],
      customer: { id: 7100000000001, email: "jon@example.com" },
    });
    await drainJobs();
    expect(await dumpAll()).toContain("123 Shipping Street");

    const response = await deliver("customers/redact", {
      shop_id: 954889,
      shop_domain: DEFAULT_SHOP,
      customer: { id: 7100000000001, email: "jon@example.com", phone: "+16135551234" },
      orders_to_redact: [order.id],
    });
    expect(response.status).toBe(200);

    const dump = await dumpAll();
    for (const value of PII) expect(dump).not.toContain(value);
    const db = await testDb();
    expect(await db.shipment.findFirst({ where: { shopifyId: String(fulfillment.id) } })).toMatchObject({
      status: "DELIVERED",
      carrier: "UPS",
    });
    expect(await db.dataRequest.count()).toBe(0);
  });

  it("later order updates for a redacted customer bring no personal data back", async () => {
    const { order, fulfillment } = await seedCustomerOrder();
    await deliver("customers/redact", {
      shop_domain: DEFAULT_SHOP,
      customer: { id: 7100000000001, email: "jon@example.com" },
      orders_to_redact: [order.id],
    });
    await deliver("orders/updated", {
      ...order,
      updated_at: "2026-12-01T00:00:00Z",
      financial_status: "refunded",
    });
    await deliver("fulfillments/update", { ...fulfillment, updated_at: "2026-12-01T00:00:00Z" });

    const dump = await dumpAll();
    for (const value of PII) expect(dump).not.toContain(value);
    expect((await (await testDb()).order.findFirst())?.financialStatus).toBe("refunded");
  });

  it("customers/redact touches only that customer in that shop", async () => {
    await seedCustomerOrder();
    await seedCustomerOrder("other.myshopify.com");
    const stranger = orderPayload({
      email: "ana@example.com",
      customer: { id: 7100000000099, email: "ana@example.com", first_name: "Ana" },
    });
    await deliver("orders/create", stranger);

    await deliver("customers/redact", {
      shop_domain: DEFAULT_SHOP,
      customer: { id: 7100000000001, email: "jon@example.com" },
      orders_to_redact: [],
    });
    const db = await testDb();
    expect(
      await db.order.count({ where: { email: "jon@example.com", shop: { domain: "other.myshopify.com" } } }),
    ).toBe(1);
    expect(await db.order.count({ where: { email: "ana@example.com" } })).toBe(1);
    expect(
      await db.order.count({ where: { email: "jon@example.com", shop: { domain: DEFAULT_SHOP } } }),
    ).toBe(0);
  });

  it("shop/redact removes everything of the shop, and is safe twice", async () => {
    await seedCustomerOrder();
    await seedCustomerOrder("other.myshopify.com");
    const payload = { shop_id: 954889, shop_domain: DEFAULT_SHOP };
    expect((await deliver("shop/redact", payload)).status).toBe(200);
    expect((await deliver("shop/redact", payload)).status).toBe(200);

    const db = await testDb();
    expect(await db.shop.findUnique({ where: { domain: DEFAULT_SHOP } })).toBeNull();
    expect(await db.order.count({ where: { shop: { domain: DEFAULT_SHOP } } })).toBe(0);
    expect(await db.session.count({ where: { shop: DEFAULT_SHOP } })).toBe(0);
    expect(await db.webhookInbox.count({ where: { shopDomain: DEFAULT_SHOP } })).toBe(0);
    // The other shop is untouched.
    expect(await db.order.count({ where: { shop: { domain: "other.myshopify.com" } } })).toBe(1);
    expect(await db.shipment.count()).toBe(1);
    expect(await db.trackingEvent.count()).toBe(1);
  });

  it("GDPR webhooks for a shop the app never stored succeed and create nothing", async () => {
    await deliver(
      "customers/redact",
      { shop_domain: "ghost.myshopify.com", customer: { id: 1 }, orders_to_redact: [] },
      { shop: "ghost.myshopify.com" },
    );
    await deliver("shop/redact", { shop_domain: "ghost.myshopify.com" }, { shop: "ghost.myshopify.com" });
    expect(await (await testDb()).shop.count()).toBe(0);
  });
});
