import { describe, expect, it } from "vitest";
import { readTrackingLinkToken } from "~/security/signed-token.server";
import { fulfillmentEventPayload, fulfillmentPayload, newId, orderPayload } from "../fixtures/builders";
import { orderByShopifyId, testDb } from "../helpers/db";
import { dispatch, dispatchConfig, hoursAgo, outbox, shopId } from "../helpers/notifications";
import { useSmtpServer } from "../helpers/smtp";
import { deliver } from "../helpers/webhooks";
import { TEST_API_SECRET } from "../setup/test-env";

const smtp = useSmtpServer();

/** An order placed yesterday by a German-speaking shopper, shipped an hour ago. */
async function shippedOrder(overrides: Record<string, unknown> = {}) {
  const order = orderPayload({
    customer_locale: "de",
    created_at: hoursAgo(30),
    updated_at: hoursAgo(30),
    ...overrides,
  });
  const fulfillment = fulfillmentPayload(order.id, { created_at: hoursAgo(1), updated_at: hoursAgo(1) });
  await deliver("orders/create", order);
  await deliver("fulfillments/create", fulfillment);
  return { order, fulfillment };
}

describe("shipping notifications by email", () => {
  it("tells the shopper once per milestone, in their language, with a link to their tracking page", async () => {
    // Given an order shipped with a tracking number
    const { order, fulfillment } = await shippedOrder();
    const config = dispatchConfig(smtp.url);

    // When the dispatcher runs
    await dispatch(config);

    // Then the shopper has the "shipped" email in German, from the shop, with a plain-text part
    const [shipped] = await smtp.waitForMessages(1);
    expect(shipped.envelope.rcptTo).toEqual(["jon@example.com"]);
    expect(shipped.subject).toMatch(/versandt|unterwegs|verschickt/i);
    expect(shipped.text).toContain(order.name);
    expect(shipped.html).toContain(order.name);
    expect(shipped.headers.get("content-language")).toBe("de");
    expect(shipped.raw).toMatch(
      /^List-Unsubscribe:\s+<https:\/\/parcelwise\.test\/unsubscribe\/[\w.-]+>\r?$/m,
    );
    expect(shipped.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);

    // And its tracking link opens this order's tracking page without asking for the email again
    const link = /https:\/\/parcelwise-test\.myshopify\.com\/apps\/parcelwise\/track\/([\w.-]+)/.exec(
      shipped.text ?? "",
    );
    expect(link).not.toBeNull();
    const claims = readTrackingLinkToken(TEST_API_SECRET, link![1]);
    const stored = await orderByShopifyId(order.id);
    expect(claims).toEqual({ shopId: await shopId(), orderId: stored!.id });

    // When the carrier scans it (in transit: off by default), takes it out for delivery and delivers it
    for (const [status, at] of [
      ["in_transit", hoursAgo(0.8)],
      ["out_for_delivery", hoursAgo(0.5)],
    ] as const) {
      await deliver(
        "fulfillment_events/create",
        fulfillmentEventPayload(order.id, fulfillment.id, status, at),
      );
      await dispatch(config);
    }
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "delivered", hoursAgo(0.1)),
    );
    await dispatch(config);

    // Then the shopper got exactly shipped, out for delivery and delivered: one each, nothing for the scan
    await smtp.waitForMessages(3);
    expect(smtp.messages).toHaveLength(3);
    const rows = await outbox();
    expect(rows.map((r) => [r.milestone, r.channel, r.status])).toEqual([
      ["SHIPPED", "email", "SENT"],
      ["OUT_FOR_DELIVERY", "email", "SENT"],
      ["DELIVERED", "email", "SENT"],
    ]);
    // The merchant's log shows a masked address and the provider's message id, never the address itself
    for (const row of rows) {
      expect(row.recipient).not.toContain("jon@example.com");
      expect(row.providerMessageId).toMatch(/^<.+@parcelwise\.test>$/);
    }
    // And every message has its own stable Message-ID
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(3);
  });

  it("sends only what is still true when the dispatcher gets to it", async () => {
    // Given an order out for delivery and then delivered before the dispatcher ran
    const { order, fulfillment } = await shippedOrder();
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "out_for_delivery", hoursAgo(0.5)),
    );
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "delivered", hoursAgo(0.2)),
    );
    // And a stray "out for delivery" scan that arrives after delivery
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "out_for_delivery", hoursAgo(0.1)),
    );

    // When the dispatcher runs
    await dispatch(dispatchConfig(smtp.url));

    // Then the shopper hears "delivered" only: "shipped" and "out for delivery" would be old news
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.subject).toMatch(/zugestellt/i);
    const rows = await outbox();
    expect(rows.map((r) => [r.milestone, r.status])).toEqual([
      ["SHIPPED", "SKIPPED"],
      ["OUT_FOR_DELIVERY", "SKIPPED"],
      ["DELIVERED", "SENT"],
    ]);
    expect(rows[1].skipReason).toMatch(/delivered/i);
    // The stray scan after delivery queued nothing
    expect(rows.filter((r) => r.milestone === "OUT_FOR_DELIVERY")).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.messages).toHaveLength(1);
  });

  it("does not announce history: an order imported days after it shipped sends nothing", async () => {
    // Given an order that shipped and was delivered last week, arriving now (a backfill or a late webhook)
    const order = orderPayload({ created_at: hoursAgo(24 * 9), updated_at: hoursAgo(24 * 9) });
    const fulfillment = fulfillmentPayload(order.id, {
      created_at: hoursAgo(24 * 8),
      updated_at: hoursAgo(24 * 8),
    });
    await deliver("orders/create", order);
    await deliver("fulfillments/create", fulfillment);
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "delivered", hoursAgo(24 * 6)),
    );

    // When the dispatcher runs
    await dispatch(dispatchConfig(smtp.url));

    // Then nothing was queued and nothing sent
    expect(await outbox()).toEqual([]);
    expect(smtp.messages).toEqual([]);
  });

  it("waits for an order that arrives after its fulfillment, then sends", async () => {
    // Given a fulfillment whose order webhook has not arrived yet
    const order = orderPayload({
      id: newId(),
      customer_locale: "fr",
      created_at: hoursAgo(30),
      updated_at: hoursAgo(30),
    });
    await deliver(
      "fulfillments/create",
      fulfillmentPayload(order.id, { created_at: hoursAgo(1), updated_at: hoursAgo(1) }),
    );
    const config = dispatchConfig(smtp.url);

    // When the dispatcher runs, then it waits rather than guess a recipient
    const first = await dispatch(config);
    expect(first.deferred).toBe(1);
    expect(smtp.messages).toEqual([]);

    // When the order arrives and the wait is over
    await deliver("orders/create", order);
    await dispatch(config, new Date(Date.now() + 6 * 60_000));

    // Then the shopper gets the message, in French
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.headers.get("content-language")).toBe("fr");
    expect((await outbox()).map((r) => r.status)).toEqual(["SENT"]);
  });

  it("keeps every message through an SMTP outage and sends each once when the server is back", async () => {
    // Given three shipped orders and a mail server that is down
    for (let i = 0; i < 3; i++) await shippedOrder();
    await smtp.stop();
    const config = dispatchConfig(smtp.url);

    // When the dispatcher runs during the outage
    const during = await dispatch(config);

    // Then nothing is lost: every message waits for a retry, with the error recorded
    expect(during.retried).toBe(3);
    const waiting = await outbox();
    expect(waiting.every((r) => r.status === "PENDING" && r.attempts === 1 && !!r.lastError)).toBe(true);

    // When the server is back and the retry is due
    await smtp.start();
    await dispatch(config, new Date(Date.now() + 5 * 60_000));

    // Then each shopper has exactly one email
    await smtp.waitForMessages(3);
    expect(smtp.messages).toHaveLength(3);
    expect((await outbox()).every((r) => r.status === "SENT")).toBe(true);
  });

  it("marks a message the mail server refuses as failed, with the reason, and does not retry it", async () => {
    // Given a shopper whose mailbox does not exist
    smtp.rejectRecipients.add("gone@example.com");
    await shippedOrder({
      email: "gone@example.com",
      contact_email: "gone@example.com",
      customer: { id: 1, email: "gone@example.com", first_name: "G" },
    });

    // When the dispatcher runs twice, the second time long after
    await dispatch(dispatchConfig(smtp.url));
    await dispatch(dispatchConfig(smtp.url), new Date(Date.now() + 3 * 3_600_000));

    // Then the merchant sees one failed message with the server's answer and no address in it
    const [row] = await outbox();
    expect(row.status).toBe("FAILED");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/550/);
    expect(row.lastError).not.toContain("gone@example.com");
    expect(smtp.messages).toEqual([]);
  });

  it("sends nothing for a shop that uninstalled the app", async () => {
    // Given a shop that uninstalled after the milestone was queued
    await shippedOrder();
    const db = await testDb();
    await deliver("app/uninstalled", { id: 1, domain: "parcelwise-test.myshopify.com" });

    // When the dispatcher runs
    await dispatch(dispatchConfig(smtp.url));

    // Then the queued message is skipped, and later milestones are not queued at all
    const [row] = await outbox();
    expect(row.status).toBe("SKIPPED");
    expect(row.skipReason).toMatch(/uninstalled/i);
    expect(smtp.messages).toEqual([]);
    expect(await db.notification.count()).toBe(1);
  });
});

describe("notifications and privacy", () => {
  it("customers/redact stops waiting messages and removes recipients from the log; the export lists what was sent", async () => {
    // Given a shopper with one message sent and one still waiting (the order arrives late for the second)
    const { order, fulfillment } = await shippedOrder();
    const config = dispatchConfig(smtp.url);
    await dispatch(config);
    await smtp.waitForMessages(1);
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "out_for_delivery", hoursAgo(0.2)),
    );

    // When the shopper asks for their data, then to be forgotten, before the dispatcher runs again
    await deliver("customers/data_request", {
      shop_id: 1,
      shop_domain: "parcelwise-test.myshopify.com",
      orders_requested: [order.id],
      customer: { id: 7100000000001, email: "jon@example.com", phone: null },
      data_request: { id: 9 },
    });
    const { drainJobs } = await import("../helpers/jobs");
    await drainJobs();
    const db = await testDb();
    const request = await db.dataRequest.findFirstOrThrow();
    await deliver("customers/redact", {
      shop_id: 1,
      shop_domain: "parcelwise-test.myshopify.com",
      customer: { id: 7100000000001, email: "jon@example.com", phone: null },
      orders_to_redact: [order.id],
    });
    await dispatch(config);

    // Then the export listed the message sent, the waiting one is skipped, and no row names the shopper
    expect(request.data).toContain('"milestone": "SHIPPED"');
    const rows = await outbox();
    expect(rows.map((r) => [r.milestone, r.status, r.recipient])).toEqual([
      ["SHIPPED", "SENT", null],
      ["OUT_FOR_DELIVERY", "SKIPPED", null],
    ]);
    expect(rows[1].skipReason).toMatch(/erased/i);
    expect(smtp.messages).toHaveLength(1);
  });
});
