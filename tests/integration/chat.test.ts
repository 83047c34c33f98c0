import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import { saveChatSettings } from "~/chat/settings.server";
import { resetRateLimits } from "~/storefront/rate-limit.server";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { call, chat, proxyRequest } from "../helpers/app-proxy";
import { seedOfflineSession, testDb } from "../helpers/db";
import { drainJobs } from "../helpers/jobs";
import { configureShop, hoursAgo, shopId } from "../helpers/notifications";
import { useSmtpServer } from "../helpers/smtp";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";
import { server } from "../mocks/server";
import { TEST_ENCRYPTION_KEY } from "../setup/test-env";

const OTHER_SHOP = "other-shop.myshopify.com";
const smtp = useSmtpServer();

beforeEach(async () => {
  resetRateLimits();
  await seedOfflineSession();
  // The shop as installing the app leaves it.
  const db = await testDb();
  await db.shop.upsert({ where: { domain: DEFAULT_SHOP }, create: { domain: DEFAULT_SHOP }, update: {} });
});

const days = (n: number) => hoursAgo(24 * n);

/** Order #1001 (jon@example.com, customer 7100000000001), optionally shipped with UPS and scanned. */
async function jonsOrder(
  options: {
    shop?: string;
    shipped?: string;
    events?: Array<[string, string, Record<string, unknown>?]>;
  } = {},
  overrides: Record<string, unknown> = {},
) {
  const shop = options.shop ?? DEFAULT_SHOP;
  const order = orderPayload({ name: "#1001", processed_at: days(1), ...overrides });
  await deliver("orders/create", order, { shop });
  if (options.shipped) {
    const fulfillment = fulfillmentPayload(order.id, {
      created_at: options.shipped,
      updated_at: options.shipped,
    });
    await deliver("fulfillments/create", fulfillment, { shop });
    for (const [status, at, extra] of options.events ?? []) {
      await deliver(
        "fulfillment_events/create",
        fulfillmentEventPayload(order.id, fulfillment.id, status, at, extra),
        {
          shop,
        },
      );
    }
  }
  return order;
}

type Reply = {
  conversationId: string;
  intent: string;
  language: string;
  reply: string;
  verify?: { reason: string };
  choices?: string[];
  order?: { name: string };
  shipments?: Array<Record<string, unknown>>;
  quickReplies: string[];
  escalated: boolean;
};

async function say(
  message: string,
  more: Record<string, unknown> = {},
  options: Parameters<typeof chat>[1] = {},
) {
  const { status, body } = await chat({ message, ...more }, options);
  return { status, body: body as unknown as Reply };
}

describe("chat: order status after verification", () => {
  it("asks who the shopper is before saying anything, then answers from live data in the same conversation", async () => {
    await jonsOrder({ shipped: hoursAgo(30), events: [["out_for_delivery", hoursAgo(2)]] });

    const first = await say("hi, where is my order??");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      intent: "order_status",
      language: "en",
      verify: { reason: "needed" },
    });
    expect(first.body.shipments).toBeUndefined();
    expect(JSON.stringify(first.body)).not.toMatch(/1001|UPS|Louisville/);

    const second = await say("#1001", {
      conversationId: first.body.conversationId,
      orderNumber: "#1001",
      contact: "JON@example.com",
    });
    expect(second.body.conversationId).toBe(first.body.conversationId);
    expect(second.body.intent).toBe("order_status");
    expect(second.body.reply).toMatch(/out for delivery with UPS today/);
    expect(second.body.reply).toContain("1Z2345");
    expect(second.body.order).toEqual({ name: "#1001" });
    expect(second.body.shipments).toHaveLength(1);
    expect(second.body.escalated).toBe(false);

    // Verified for the rest of the conversation.
    const third = await say("and when will it arrive?", { conversationId: first.body.conversationId });
    expect(third.body.verify).toBeUndefined();
    expect(third.body.reply).toMatch(/out for delivery/);
    expect(JSON.stringify(third.body)).not.toMatch(/jon@example\.com|Shipping Street|Snow/);
  });

  it("answers in German when asked in German, with the order number and email taken from the message", async () => {
    await jonsOrder({
      shipped: hoursAgo(30),
      events: [["in_transit", hoursAgo(5), { estimated_delivery_at: hoursAgo(-30) }]],
    });
    const { body } = await say("Hallo, wo bleibt meine Bestellung 1001? Meine Mail ist jon@example.com");
    expect(body.language).toBe("de");
    expect(body.intent).toBe("order_status");
    expect(body.reply).toMatch(/unterwegs/);
    expect(body.reply).toMatch(/UPS/);
  });

  it("gives the same answer for a wrong number and a wrong email, and limits tries like the tracking page", async () => {
    await jonsOrder({ shipped: hoursAgo(30) });
    const wrongEmail = await say("where is my order", { orderNumber: "1001", contact: "jane@example.com" });
    const wrongNumber = await say("where is my order", { orderNumber: "1999", contact: "jon@example.com" });
    expect({ ...wrongEmail.body, conversationId: "" }).toEqual({ ...wrongNumber.body, conversationId: "" });
    expect(wrongEmail.body.verify).toEqual({ reason: "failed" });

    let last = wrongNumber;
    for (let i = 0; i < 10; i++)
      last = await say("where is my order", { orderNumber: `${2000 + i}`, contact: "x@y.z" });
    expect(last.status).toBe(429);
    expect(last.body.reply).toMatch(/wait a minute/);
    // Even the right answer is refused while the budget is spent.
    const right = await say("where is my order", { orderNumber: "1001", contact: "jon@example.com" });
    expect(right.status).toBe(429);
    expect(right.body.shipments).toBeUndefined();
  });

  it("knows a logged-in customer's orders, and only theirs", async () => {
    await jonsOrder({ shipped: hoursAgo(30), events: [["in_transit", hoursAgo(5)]] });
    const own = await say("where's my parcel", {}, { customerId: "7100000000001" });
    expect(own.body.verify).toBeUndefined();
    expect(own.body.order).toEqual({ name: "#1001" });

    const stranger = await say("where is order #1001", {}, { customerId: "7100000000999" });
    expect(stranger.body.verify).toEqual({ reason: "needed" });
    expect(stranger.body.shipments).toBeUndefined();
  });

  it("explains each parcel of a split order", async () => {
    const order = await jonsOrder({ shipped: hoursAgo(50), events: [["delivered", hoursAgo(20)]] });
    const second = fulfillmentPayload(order.id, {
      created_at: hoursAgo(10),
      tracking_number: "1Z9999",
      tracking_numbers: ["1Z9999"],
    });
    await deliver("fulfillments/create", second);
    const { body } = await say("status of my order", { orderNumber: "1001", contact: "jon@example.com" });
    expect(body.reply).toMatch(/sent in 2 parcels/);
    expect(body.reply).toMatch(/Parcel 1:.*Parcel 2:/);
    expect(body.shipments).toHaveLength(2);
  });
});

describe("chat: the hard cases", () => {
  const verified = { orderNumber: "1001", contact: "jon@example.com" };

  it("not shipped yet: says when it should ship", async () => {
    await jonsOrder();
    const { body } = await say("has my order shipped yet?", verified);
    expect(body.reply).toMatch(/hasn’t shipped yet/);
    expect(body.escalated).toBe(false);
  });

  it("a label that was never picked up: says so and hands over", async () => {
    await jonsOrder({ shipped: days(4) });
    const { body } = await say("where is my package", verified);
    expect(body.reply).toMatch(/label was created 4 days ago/);
    expect(body.escalated).toBe(true);
  });

  it("stalled in transit: says since when, hands over", async () => {
    await jonsOrder({ shipped: days(9), events: [["in_transit", days(7)]] });
    const { body } = await say("tracking hasn't updated in a week", verified);
    expect(body.intent).toBe("order_status");
    expect(body.reply).toMatch(/hasn’t been a tracking update since/);
    expect(body.escalated).toBe(true);
  });

  it("late: apologises with the reason", async () => {
    await jonsOrder({
      shipped: days(5),
      events: [["in_transit", hoursAgo(30), { estimated_delivery_at: hoursAgo(26) }]],
    });
    const db = await testDb();
    await db.shipment.updateMany({ data: { lateSince: new Date() } });
    const { body } = await say("is my order late?", verified);
    expect(body.reply).toMatch(/Sorry for the wait: it was expected by/);
  });

  it("delivered but not received: what to check, then a person, who gets the transcript by email", async () => {
    await configureShop({ replyTo: "help@shop.example" });
    await jonsOrder({ shipped: days(3), events: [["delivered", hoursAgo(20)]] });
    const { body } = await say("it says delivered but I never got it!!", verified);
    expect(body.intent).toBe("not_received");
    expect(body.reply).toMatch(/marked it as delivered/);
    expect(body.reply).toMatch(/within 24 hours/);
    expect(body.escalated).toBe(true);

    await drainJobs(undefined, { smtpUrl: smtp.url, emailFrom: "parcelwise@example.test" });
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.envelope.rcptTo).toEqual(["help@shop.example"]);
    expect(mail.subject).toBe(
      "Chat handover: Marked delivered, but the shopper has not received it (order #1001)",
    );
    expect(mail.replyTo?.text).toBe("jon@example.com");
    expect(mail.text).toContain("Shopper: it says delivered but I never got it!!");
    expect(mail.text).toContain("Parcel 1: Delivered, UPS, 1Z2345");
    expect(mail.headers.get("list-unsubscribe")).toBeUndefined();
    const db = await testDb();
    expect((await db.conversation.findFirstOrThrow()).handoffEmail).toBe("SENT");

    // Still waiting: no second handover, no second email.
    const again = await say("any news?", { conversationId: body.conversationId });
    expect(again.body.escalated).toBe(true);
    await drainJobs(undefined, { smtpUrl: smtp.url, emailFrom: "parcelwise@example.test" });
    expect(smtp.messages).toHaveLength(1);
  });

  it("change of address: possible before shipping, passed on; too late after", async () => {
    await jonsOrder();
    const before = await say("I need to change my shipping address", verified);
    expect(before.body.intent).toBe("change_address");
    expect(before.body.reply).toMatch(/can still be changed/);
    expect(before.body.escalated).toBe(true);

    resetRateLimits();
    const db = await testDb();
    await db.conversation.deleteMany();
    await db.order.deleteMany();
    await jonsOrder({ shipped: hoursAgo(30), events: [["in_transit", hoursAgo(5)]] });
    const after = await say("please cancel my order", verified);
    expect(after.body.intent).toBe("cancel_order");
    expect(after.body.reply).toMatch(/already shipped, so it can’t be cancelled/);
  });

  it("returns: the shop's refund policy and a way to a person", async () => {
    const { body } = await say("how do I return an item and get a refund?");
    expect(body.intent).toBe("return_refund");
    expect(body.reply).toContain(`https://${DEFAULT_SHOP}/policies/refund-policy`);
    expect(body.quickReplies).toEqual(["Talk to a person"]);
  });

  it("a person, for a guest: asks where to reply, then hands over", async () => {
    const first = await say("I want to talk to a real person");
    expect(first.body.intent).toBe("human");
    expect(first.body.escalated).toBe(false);
    expect(first.body.reply).toMatch(/What email address/);
    const second = await say("jane@example.com", { conversationId: first.body.conversationId });
    expect(second.body.escalated).toBe(true);
    expect(second.body.reply).toMatch(/within 24 hours/);
  });

  it("hands over after two messages it cannot place", async () => {
    const first = await say("do you sell gift cards?");
    expect(first.body.intent).toBe("other");
    expect(first.body.escalated).toBe(false);
    await say("what about wholesale prices for my store", { conversationId: first.body.conversationId });
    const db = await testDb();
    const conversation = await db.conversation.findUniqueOrThrow({
      where: { id: first.body.conversationId },
    });
    expect(conversation.otherStreak).toBe(0);
    expect(conversation.pendingIntent).toBe("human");
  });
});

describe("chat: safety", () => {
  it("refuses a forged signature", async () => {
    const { action } = await import("~/routes/proxy.chat");
    const request = proxyRequest("/chat", {
      method: "POST",
      body: JSON.stringify({ message: "where is my order" }),
      headers: { "Content-Type": "application/json" },
      secret: "forged",
    });
    const response = await call(() => action({ request, params: {}, context: {} }));
    expect(response.status).toBe(401);
  });

  it("refuses empty, too long, malformed and oversize messages with a clear error, and stores nothing", async () => {
    expect((await chat({ message: "   " })).body).toEqual({ error: "Type a message." });
    expect((await chat({ message: "x".repeat(1001) })).body).toEqual({
      error: "Messages can be at most 1000 characters.",
    });
    expect((await chat({ message: "hi", conversationId: "../../etc" })).status).toBe(400);
    const { action } = await import("~/routes/proxy.chat");
    const send = (body: string) =>
      call(() =>
        action({
          request: proxyRequest("/chat", {
            method: "POST",
            body,
            headers: { "Content-Type": "application/json" },
          }),
          params: {},
          context: {},
        }),
      );
    expect((await send("{not json")).status).toBe(400);
    expect((await send(JSON.stringify({ message: "a".repeat(9000) }))).status).toBe(413);
    const db = await testDb();
    expect(await db.conversation.count()).toBe(0);
  });

  it("keeps what the shopper typed as text and never echoes it back", async () => {
    const evil = `<img src=x onerror=alert(1)> {{ shop.email }} ' OR 1=1 --`;
    const { status, body } = await say(evil);
    expect(status).toBe(200);
    expect(body.reply).not.toContain("<img");
    const db = await testDb();
    const messages = await db.conversationMessage.findMany({ where: { role: "SHOPPER" } });
    expect(messages.map((m) => m.text)).toEqual([evil]);
  });

  it("never continues another shop's conversation or shows another shop's order", async () => {
    await jonsOrder({ shipped: hoursAgo(30) });
    await seedOfflineSession(OTHER_SHOP);
    await deliver("orders/create", orderPayload({ name: "#1001", email: "mallory@example.com" }), {
      shop: OTHER_SHOP,
    });
    const mine = await say("where is my order", { orderNumber: "1001", contact: "jon@example.com" });
    expect(mine.body.order).toEqual({ name: "#1001" });

    const theirs = await say(
      "where is my order",
      { conversationId: mine.body.conversationId },
      { shop: OTHER_SHOP },
    );
    expect(theirs.body.conversationId).not.toBe(mine.body.conversationId);
    expect(theirs.body.verify).toEqual({ reason: "needed" });
    expect(theirs.body.shipments).toBeUndefined();

    const crossed = await say(
      "where is my order",
      { orderNumber: "1001", contact: "jon@example.com" },
      { shop: OTHER_SHOP },
    );
    expect(crossed.body.verify).toEqual({ reason: "failed" });
  });

  it("gives conversations unguessable ids", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await say("hello")).body.conversationId);
    expect(ids.size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^[\w-]{24}$/);
  });
});

describe("chat: privacy", () => {
  it("customers/redact deletes the customer's conversations", async () => {
    await jonsOrder({ shipped: hoursAgo(30) });
    await say("where is my order", { orderNumber: "1001", contact: "jon@example.com" });
    await say("hello");
    const db = await testDb();
    const { redactCustomer } = await import("~/privacy/redact.server");
    const id = await shopId();
    await db.$transaction((tx) =>
      redactCustomer(tx, id, { id: "7100000000001", email: "jon@example.com" }, []),
    );
    expect(await db.conversation.count()).toBe(1);
    expect(await db.conversationMessage.count()).toBe(2);
  });
});

/** A chat completion as OpenAI-compatible endpoints answer it. */
const completion = (content: string) =>
  HttpResponse.json({
    id: "chatcmpl-1",
    object: "chat.completion",
    model: "small-model",
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
  });

describe("chat: an optional language model for what the assistant cannot place", () => {
  const LLM = "https://llm.example.test/v1";
  async function enableLlm(extra: Record<string, unknown> = {}) {
    const db = await testDb();
    const saved = await saveChatSettings(
      db,
      await shopId(),
      { llmEnabled: true, llmBaseUrl: LLM, llmModel: "small-model", llmApiKey: "sk-test-123456", ...extra },
      Buffer.from(TEST_ENCRYPTION_KEY, "base64"),
    );
    expect(saved).toEqual({ ok: true });
  }

  /** An OpenAI-compatible endpoint: the documented request and response shapes of chat completions. */
  function llmEndpoint(
    answer: (body: { model: string; messages: Array<{ role: string; content: string }> }) => Response,
  ) {
    const requests: Array<{
      auth: string | null;
      body: { model: string; messages: Array<{ role: string; content: string }> };
    }> = [];
    server.use(
      http.post(`${LLM}/chat/completions`, async ({ request }) => {
        const body = (await request.json()) as {
          model: string;
          messages: Array<{ role: string; content: string }>;
        };
        requests.push({ auth: request.headers.get("authorization"), body });
        return answer(body);
      }),
    );
    return requests;
  }
  it("is off by default", async () => {
    const requests = llmEndpoint(() => completion("never"));
    const { body } = await say("do you sell gift cards?");
    expect(body.reply).toMatch(/I’m best at questions about your order/);
    expect(requests).toHaveLength(0);
  });

  it("answers what the rules cannot, told the verified order's status and nothing more", async () => {
    await enableLlm();
    await jonsOrder({ shipped: hoursAgo(30), events: [["in_transit", hoursAgo(5)]] });
    const requests = llmEndpoint(() => completion("Yes, gift wrapping is possible for your order."));
    const first = await say("where is my order", { orderNumber: "1001", contact: "jon@example.com" });
    const { body } = await say("can you gift wrap it?", { conversationId: first.body.conversationId });
    expect(body.intent).toBe("other");
    expect(body.reply).toBe("Yes, gift wrapping is possible for your order.");
    expect(requests).toHaveLength(1);
    expect(requests[0].auth).toBe("Bearer sk-test-123456");
    const [system, user] = requests[0].body.messages;
    expect(user).toEqual({ role: "user", content: "can you gift wrap it?" });
    expect(system.content).toMatch(/Reply in English/);
    expect(system.content).toMatch(/on its way with UPS/);
    expect(system.content).not.toMatch(/jon@example\.com|Shipping Street|Snow|6135551234/);
  });

  it("knows nothing of any order before verification, and falls back when the model fails", async () => {
    await enableLlm();
    await jonsOrder({ shipped: hoursAgo(30) });
    const requests = llmEndpoint(() => new HttpResponse("upstream down", { status: 503 }));
    const { body } = await say("do you have this in blue?");
    expect(requests[0].body.messages[0].content).toMatch(/has not verified an order/);
    expect(requests[0].body.messages[0].content).not.toMatch(/1001|UPS/);
    expect(body.reply).toMatch(/I’m best at questions about your order/);
  });

  it("refuses an incomplete or insecure model configuration", async () => {
    const db = await testDb();
    const id = await shopId();
    const key = Buffer.from(TEST_ENCRYPTION_KEY, "base64");
    expect(await saveChatSettings(db, id, { llmEnabled: true }, key)).toMatchObject({ ok: false });
    expect(await saveChatSettings(db, id, { llmBaseUrl: "http://llm.example.test" }, key)).toMatchObject({
      ok: false,
      errors: [expect.objectContaining({ field: "llmBaseUrl" })],
    });
    expect(await db.chatSettings.count()).toBe(0);
  });
});
