import { describe, expect, it } from "vitest";
import { orderPayload } from "../fixtures/builders";
import { orderByShopifyId, testDb } from "../helpers/db";
import { applyInbox, deliver, DEFAULT_SHOP } from "../helpers/webhooks";

async function inboxRow(eventId: string) {
  return (await testDb()).webhookInbox.findFirstOrThrow({ where: { eventId } });
}

describe("webhook inbox", () => {
  it("acknowledges once the webhook is in the inbox, then applies it and drops the payload", async () => {
    const order = orderPayload();
    const response = await deliver("orders/create", order, { eventId: "e1", acknowledgeOnly: true });

    expect(response).toEqual({ status: 200, body: { ok: true, duplicate: false } });
    expect(await orderByShopifyId(order.id)).toBeNull();
    expect((await inboxRow("e1")).payload).toContain("jon@example.com");

    expect(await applyInbox()).toEqual({ applied: 1, failed: 0 });
    expect(await orderByShopifyId(order.id)).toMatchObject({ name: order.name });
    expect(await inboxRow("e1")).toMatchObject({ payload: null, processedAt: expect.any(Date) });
  });

  it("a row that cannot be applied is retried with backoff without holding up the others", async () => {
    const db = await testDb();
    // As if accepted by an older version whose payload rules were looser.
    await db.webhookInbox.create({
      data: {
        shopDomain: DEFAULT_SHOP,
        eventId: "bad",
        topic: "orders/create",
        payload: '{"id":"not-a-number"}',
      },
    });
    const order = orderPayload();
    await deliver("orders/create", order, { eventId: "good", acknowledgeOnly: true });

    expect(await applyInbox()).toEqual({ applied: 1, failed: 1 });
    expect(await orderByShopifyId(order.id)).not.toBeNull();
    const bad = await inboxRow("bad");
    expect(bad).toMatchObject({ attempts: 1, processedAt: null, failedAt: null });
    expect(bad.lastError).toMatch(/id/);
    expect(bad.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    // Not due again yet.
    expect(await applyInbox()).toEqual({ applied: 0, failed: 0 });
  });

  it("after its last attempt a row is marked failed and kept, and customers/redact scrubs it", async () => {
    const db = await testDb();
    await db.webhookInbox.create({
      data: {
        shopDomain: DEFAULT_SHOP,
        eventId: "poison",
        topic: "orders/create",
        payload: '{"id":"x","email":"jon@example.com"}',
        attempts: 9,
      },
    });
    await applyInbox();
    const failed = await inboxRow("poison");
    expect(failed.failedAt).toBeInstanceOf(Date);
    expect(failed.payload).toContain("jon@example.com");

    await deliver("customers/redact", {
      shop_domain: DEFAULT_SHOP,
      customer: { id: 1, email: "jon@example.com" },
      orders_to_redact: [],
    });
    expect((await inboxRow("poison")).payload).toBeNull();
  });

  it("a webhook claimed by a worker that died is applied once its lease runs out", async () => {
    const order = orderPayload();
    await deliver("orders/create", order, { eventId: "orphan", acknowledgeOnly: true });
    const db = await testDb();
    await db.webhookInbox.update({
      where: { id: (await inboxRow("orphan")).id },
      data: { lockedBy: "dead-worker", lockedUntil: new Date(Date.now() - 1000) },
    });
    expect(await applyInbox()).toEqual({ applied: 1, failed: 0 });
    expect(await orderByShopifyId(order.id)).not.toBeNull();
  });

  it("a webhook applied twice (a crash after applying, before marking) changes nothing more", async () => {
    const order = orderPayload();
    await deliver("orders/create", order, { eventId: "twice" });
    const db = await testDb();
    await db.webhookInbox.update({
      where: { id: (await inboxRow("twice")).id },
      data: { processedAt: null, payload: JSON.stringify(order) },
    });
    await applyInbox();
    expect(await db.order.count()).toBe(1);
  });
});
