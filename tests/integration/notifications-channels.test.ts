import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeMailTransports } from "~/channels/email.server";
import { listNotifications } from "~/notifications/log.server";
import { addressHash } from "~/notifications/suppression.server";
import { readTrackingLinkToken } from "~/security/signed-token.server";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import {
  dispatchUntilIdle,
  localClock,
  nextLocalTime,
  twilioAccountsHandler,
  watchRequests,
  type SeenRequest,
} from "../helpers/channels";
import { orderByShopifyId, shipmentByShopifyId, testDb } from "../helpers/db";
import { configureShop, dispatch, dispatchConfig, hoursAgo, outbox, shopId } from "../helpers/notifications";
import { startSmtpServer, useSmtpServer } from "../helpers/smtp";
import { DEFAULT_SHOP, deliver } from "../helpers/webhooks";
import { distinctEvents, klaviyoAccount, klaviyoHandlers } from "../mocks/klaviyo";
import { server } from "../mocks/server";
import { twilioAccount, twilioHandlers, type TwilioState } from "../mocks/twilio";
import { TEST_API_SECRET } from "../setup/test-env";

const BERLIN = "Europe/Berlin";
const LOS_ANGELES = "America/Los_Angeles";
const LENA_MOBILE = "+4915123456789";
const SMS_FROM = "+14155550100";
const WHATSAPP_FROM = "+14155550111";

const smtp = useSmtpServer();
let twilio: TwilioState;
let twilioCalls: { requests: SeenRequest[]; stop: () => void };

beforeEach(() => {
  twilio = twilioAccount();
  server.use(...twilioHandlers(twilio));
  twilioCalls = watchRequests("https://api.twilio.com/");
});
afterEach(() => twilioCalls.stop());

/** Lena orders from Berlin, in German, with her mobile number on the order. */
function lenasOrder(overrides: Record<string, unknown> = {}) {
  return orderPayload({
    email: "lena@example.com",
    contact_email: "lena@example.com",
    phone: "+49 1512 3456789",
    customer_locale: "de",
    created_at: hoursAgo(30),
    updated_at: hoursAgo(30),
    customer: { id: 7100000000002, email: "lena@example.com", first_name: "Lena", last_name: "Vogel" },
    shipping_address: {
      first_name: "Lena",
      last_name: "Vogel",
      name: "Lena Vogel",
      address1: "Invalidenstraße 1",
      city: "Berlin",
      zip: "10115",
      province: null,
      province_code: null,
      country_code: "DE",
      phone: null,
    },
    ...overrides,
  });
}

/** The merchant's Twilio account as they enter it in the settings (a number for SMS and for WhatsApp). */
function twilioSettings(account: TwilioState = twilio) {
  return {
    twilioAccountSid: account.accountSid,
    twilioAuthToken: account.authToken,
    smsFrom: SMS_FROM,
    whatsappFrom: WHATSAPP_FROM,
  };
}

/** Places the order, then saves the shop's settings (the shop exists once its first webhook arrived). */
async function placeOrder(
  order: ReturnType<typeof orderPayload>,
  settings: Record<string, unknown>,
  shop = DEFAULT_SHOP,
) {
  await deliver("orders/create", order, { shop });
  await configureShop(settings, shop);
}

async function ship(order: { id: number }, shop = DEFAULT_SHOP, overrides: Record<string, unknown> = {}) {
  const fulfillment = fulfillmentPayload(order.id, {
    created_at: hoursAgo(1),
    updated_at: hoursAgo(1),
    ...overrides,
  });
  await deliver("fulfillments/create", fulfillment, { shop });
  return fulfillment;
}

async function scan(
  order: { id: number },
  fulfillment: { id: number },
  status: string,
  hours: number,
  shop = DEFAULT_SHOP,
) {
  await deliver(
    "fulfillment_events/create",
    fulfillmentEventPayload(order.id, fulfillment.id, status, hoursAgo(hours)),
    { shop },
  );
}

/** The token of the shop's tracking-page link in a message, and what it opens. */
function trackingLink(text: string, shop = DEFAULT_SHOP) {
  const pattern = new RegExp(`https://${shop.replaceAll(".", "\\.")}/apps/parcelwise/track/([\\w.-]+)`);
  const token = pattern.exec(text)?.[1];
  return token ? readTrackingLinkToken(TEST_API_SECRET, token) : null;
}

const rule = (channels: string[], klaviyo = false) => ({ channels, klaviyo });

describe("shipping notifications by SMS and WhatsApp", () => {
  it("texts the shopper through the merchant's own Twilio account, in their language, with the tracking link", async () => {
    // Given a shop that sends "shipped" by SMS with its Twilio account, and Lena's order
    const order = lenasOrder();
    await placeOrder(order, { ...twilioSettings(), rules: { SHIPPED: rule(["sms"]) } });
    await ship(order);

    // Then the auth token is stored encrypted: the settings row never holds it in plain text
    const db = await testDb();
    const stored = await db.notificationSettings.findUniqueOrThrow({ where: { shopId: await shopId() } });
    expect(stored.twilioAuthTokenEncrypted).toBeTruthy();
    expect(JSON.stringify(stored)).not.toContain(twilio.authToken);

    // When the dispatcher runs at noon in Berlin
    const result = await dispatch(dispatchConfig(smtp.url), nextLocalTime(BERLIN, 12));

    // Then Lena gets one SMS, in German, from the shop's number, with her order's tracking page
    expect(result.sent).toBe(1);
    expect(twilio.messages).toHaveLength(1);
    const [sms] = twilio.messages;
    expect(sms).toMatchObject({ to: LENA_MOBILE, from: SMS_FROM });
    expect(sms.body).toContain(order.name);
    expect(sms.body).toMatch(/wurde versandt/);
    expect(sms.body).not.toMatch(/has shipped/i);
    const storedOrder = await orderByShopifyId(order.id);
    expect(trackingLink(sms.body)).toEqual({ shopId: await shopId(), orderId: storedOrder!.id });

    // And Twilio was called with the merchant's credentials (HTTP Basic) and an E.164 number
    expect(twilioCalls.requests).toHaveLength(1);
    const [call] = twilioCalls.requests;
    expect(call.url).toBe(`https://api.twilio.com/2010-04-01/Accounts/${twilio.accountSid}/Messages.json`);
    expect(call.authorization).toBe(
      `Basic ${Buffer.from(`${twilio.accountSid}:${twilio.authToken}`).toString("base64")}`,
    );
    expect(new URLSearchParams(call.body).get("To")).toBe(LENA_MOBILE);

    // And the merchant's log shows the message sent, to a masked number, with Twilio's id
    const [row] = await outbox();
    expect(row).toMatchObject({ channel: "sms", status: "SENT", locale: "de", providerMessageId: sms.sid });
    expect(row.recipient).toBe("+49 ••• ••• 89");
    expect(smtp.messages).toEqual([]);
  });

  it("falls back from WhatsApp to SMS to email, one channel per shopper", async () => {
    // Given "shipped" goes by WhatsApp, else SMS, else email
    const settings = { ...twilioSettings(), rules: { SHIPPED: rule(["whatsapp", "sms", "email"]) } };
    // And Lena's number is not on WhatsApp, and Mia left no phone number at all
    twilio.notOnWhatsApp.add(LENA_MOBILE);
    const lena = lenasOrder();
    const mia = lenasOrder({
      email: "mia@example.com",
      contact_email: "mia@example.com",
      phone: null,
      customer: {
        id: 7100000000003,
        email: "mia@example.com",
        first_name: "Mia",
        last_name: "Roth",
        phone: null,
      },
    });
    await placeOrder(lena, settings);
    await deliver("orders/create", mia);
    await ship(lena);
    await ship(mia);

    // When the dispatcher has worked through the chains (at noon in Berlin)
    await dispatchUntilIdle(dispatchConfig(smtp.url), nextLocalTime(BERLIN, 12));

    // Then Lena got an SMS and no email; Mia got an email, and Twilio never heard of her
    expect(twilioCalls.requests.map((r) => new URLSearchParams(r.body).get("To"))).toEqual([
      `whatsapp:${LENA_MOBILE}`,
      LENA_MOBILE,
    ]);
    expect(twilio.messages.map((m) => m.to)).toEqual([LENA_MOBILE]);
    expect(twilio.messages[0].body).toContain(lena.name);
    const [mail] = await smtp.waitForMessages(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.messages).toHaveLength(1);
    expect(mail.envelope.rcptTo).toEqual(["mia@example.com"]);
    expect(mail.text).toContain(mia.name);

    // And the merchant's log says why WhatsApp did not carry either message
    const log = await listNotifications(await testDb(), await shopId());
    const byOrder = (name: string) =>
      Object.fromEntries(
        log.entries.filter((e) => e.orderName === name).map((e) => [e.channel, [e.status, e.detail]]),
      );
    expect(byOrder(lena.name)).toEqual({
      whatsapp: ["FAILED", expect.stringMatching(/63003/)],
      sms: ["SENT", null],
    });
    expect(byOrder(mia.name)).toEqual({
      whatsapp: ["SKIPPED", expect.stringMatching(/no valid mobile number/i)],
      sms: ["SKIPPED", expect.stringMatching(/no valid mobile number/i)],
      email: ["SENT", null],
    });
  });

  it("holds an SMS during the shopper's night and sends it at 8:00 their time; email is not held", async () => {
    // Given a shopper in California (the shop is on UTC), "shipped" by SMS, "out for delivery" by email
    const order = lenasOrder({
      email: "sam@example.com",
      contact_email: "sam@example.com",
      phone: "(201) 555-0123",
      customer_locale: "en",
      customer: { id: 7100000000004, email: "sam@example.com", first_name: "Sam", last_name: "Lee" },
      shipping_address: {
        first_name: "Sam",
        last_name: "Lee",
        address1: "1 Market St",
        city: "San Francisco",
        zip: "94105",
        province: "California",
        province_code: "CA",
        country_code: "US",
        phone: null,
      },
    });
    await placeOrder(order, {
      ...twilioSettings(),
      rules: { SHIPPED: rule(["sms"]), OUT_FOR_DELIVERY: rule(["email"]) },
    });
    const fulfillment = await ship(order);
    await scan(order, fulfillment, "out_for_delivery", 0.5);
    const config = dispatchConfig(smtp.url);

    // When the dispatcher runs at 23:00 in California
    const lateEvening = nextLocalTime(LOS_ANGELES, 23);
    await dispatch(config, lateEvening);

    // Then the email goes at once, and the SMS waits for 08:00 the next morning, California time
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.subject).toMatch(/out for delivery/i);
    expect(twilio.messages).toEqual([]);
    const sms = (await outbox()).find((r) => r.channel === "sms")!;
    expect(sms.status).toBe("PENDING");
    expect(sms.lastError).toMatch(/quiet hours/i);
    const nextMorning = new Date(lateEvening.getTime() + 9 * 3_600_000);
    expect(localClock(sms.dueAt, LOS_ANGELES)).toBe(
      `${localClock(nextMorning, LOS_ANGELES).slice(0, 10)} 08:00`,
    );

    // When the dispatcher runs a minute before eight, then still nothing
    await dispatch(config, new Date(sms.dueAt.getTime() - 60_000));
    expect(twilio.messages).toEqual([]);

    // When it runs at eight, then Sam gets the SMS, in English, at his E.164 number
    await dispatch(config, sms.dueAt);
    expect(twilio.messages).toHaveLength(1);
    expect(twilio.messages[0].to).toBe("+12015550123");
    expect(twilio.messages[0].body).toMatch(/has shipped/i);
    expect(smtp.messages).toHaveLength(1);
  });

  it("caps how many messages a shipment sends a day, but always says it was delivered", async () => {
    // Given one message per shipment per day, with "in transit" switched on
    const order = orderPayload({ created_at: hoursAgo(30), updated_at: hoursAgo(30) });
    await placeOrder(order, { maxPerShipmentPerDay: 1, rules: { IN_TRANSIT: rule(["email"]) } });
    const config = dispatchConfig(smtp.url);

    // When the parcel ships, moves and arrives, with the dispatcher running after each step
    const fulfillment = await ship(order);
    await dispatch(config);
    await scan(order, fulfillment, "in_transit", 0.8);
    await dispatch(config);
    await scan(order, fulfillment, "delivered", 0.1);
    await dispatch(config);

    // Then the shopper got "shipped" and "delivered", and "in transit" was held back by the cap
    await smtp.waitForMessages(2);
    expect(smtp.messages.map((m) => m.subject)).toEqual([
      expect.stringMatching(/versandt|verschickt|unterwegs/i),
      expect.stringMatching(/zugestellt/i),
    ]);
    const rows = await outbox();
    expect(rows.map((r) => [r.milestone, r.status])).toEqual([
      ["SHIPPED", "SENT"],
      ["IN_TRANSIT", "SKIPPED"],
      ["DELIVERED", "SENT"],
    ]);
    expect(rows[1].skipReason).toMatch(/frequency cap/i);
  });

  it("stops texting a number that replied STOP, without asking Twilio again", async () => {
    // Given Lena replied STOP to the shop's number earlier
    twilio.unsubscribed.add(LENA_MOBILE);
    const order = lenasOrder();
    await placeOrder(order, {
      ...twilioSettings(),
      rules: { SHIPPED: rule(["sms"]), OUT_FOR_DELIVERY: rule(["sms"]) },
    });
    const fulfillment = await ship(order);
    const noon = nextLocalTime(BERLIN, 12);

    // When the "shipped" SMS is dispatched
    await dispatch(dispatchConfig(smtp.url), noon);

    // Then Twilio refuses it (21610), the message is failed for good and the number is opted out
    const [shipped] = await outbox();
    expect(shipped.status).toBe("FAILED");
    expect(shipped.lastError).toMatch(/21610/);
    const db = await testDb();
    const optOuts = await db.suppression.findMany({ where: { shopId: await shopId() } });
    expect(optOuts).toMatchObject([
      { kind: "phone", source: "sms-stop", addressHash: addressHash(await shopId(), "phone", LENA_MOBILE) },
    ]);
    expect(JSON.stringify(optOuts)).not.toContain("3456789");
    expect(twilioCalls.requests).toHaveLength(1);

    // When the parcel is out for delivery and that SMS is due
    await scan(order, fulfillment, "out_for_delivery", 0.5);
    await dispatch(dispatchConfig(smtp.url), new Date(noon.getTime() + 60_000));

    // Then it is skipped as unsubscribed and Twilio is not called again
    const outForDelivery = (await outbox()).find((r) => r.milestone === "OUT_FOR_DELIVERY")!;
    expect(outForDelivery.status).toBe("SKIPPED");
    expect(outForDelivery.skipReason).toMatch(/unsubscribed/i);
    expect(twilioCalls.requests).toHaveLength(1);
    expect(twilio.messages).toEqual([]);
  });
});

/** Opens the unsubscribe link (GET) or confirms it (POST) through the route module, as Remix would. */
async function unsubscribePage(url: string, method: "GET" | "POST") {
  const route = await import("~/routes/unsubscribe.$token");
  const token = new URL(url).pathname.split("/").pop() ?? "";
  // A mail client's one-click unsubscribe (RFC 8058) POSTs exactly this body to the header's URL.
  const request =
    method === "GET"
      ? new Request(url)
      : new Request(url, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        });
  const response = await (method === "GET" ? route.loader : route.action)({
    request,
    params: { token },
    context: {},
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** The same link with the address in its payload swapped: the signature no longer matches. */
function tampered(url: string, address: string): string {
  const [prefix, token] = [url.slice(0, url.lastIndexOf("/") + 1), url.slice(url.lastIndexOf("/") + 1)];
  const [version, payload, tag] = token.split(".");
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, string>;
  const forged = Buffer.from(JSON.stringify({ ...claims, a: address })).toString("base64url");
  return `${prefix}${version}.${forged}.${tag}`;
}

describe("unsubscribing from emails", () => {
  it("the link in the email shows who is unsubscribed, unsubscribes on POST only, and stops the next email", async () => {
    // Given a shopper who got the "shipped" email
    const order = orderPayload({ created_at: hoursAgo(30), updated_at: hoursAgo(30) });
    await deliver("orders/create", order);
    const fulfillment = await ship(order);
    const config = dispatchConfig(smtp.url);
    await dispatch(config);
    const [mail] = await smtp.waitForMessages(1);
    const url = /^List-Unsubscribe:\s+<([^>]+)>\r?$/m.exec(mail.raw)?.[1];
    expect(url).toMatch(/^https:\/\/parcelwise\.test\/unsubscribe\//);
    const db = await testDb();

    // When the link is opened (a GET, as a mail scanner would also do)
    const page = await unsubscribePage(url!, "GET");

    // Then the page names the shop and a masked address, and nobody is unsubscribed yet
    expect(page.status).toBe(200);
    expect(page.body).toEqual({
      valid: true,
      shopName: DEFAULT_SHOP,
      address: "j•••@example.com",
      unsubscribed: false,
    });
    expect(page.headers.get("Cache-Control")).toBe("no-store");
    expect(await db.suppression.count()).toBe(0);

    // When someone POSTs a link whose address was changed, or whose signature was cut short
    const forged = await unsubscribePage(tampered(url!, "someone-else@example.com"), "POST");
    const truncated = await unsubscribePage(url!.slice(0, -2), "POST");

    // Then both get 400 and nothing changes
    expect(forged).toMatchObject({ status: 400, body: { valid: false } });
    expect(truncated).toMatchObject({ status: 400, body: { valid: false } });
    expect(await db.suppression.count()).toBe(0);
    expect((await unsubscribePage(url!, "GET")).body.unsubscribed).toBe(false);

    // When the shopper confirms (or their mail client's one-click unsubscribe POSTs)
    const confirmed = await unsubscribePage(url!, "POST");

    // Then they are unsubscribed, and the page says so on every later visit
    expect(confirmed).toMatchObject({ status: 200, body: { valid: true, unsubscribed: true } });
    expect((await unsubscribePage(url!, "GET")).body.unsubscribed).toBe(true);

    // When the parcel goes out for delivery
    await scan(order, fulfillment, "out_for_delivery", 0.5);
    await dispatch(config);

    // Then that email is skipped, and the shopper got nothing more
    const outForDelivery = (await outbox()).find((r) => r.milestone === "OUT_FOR_DELIVERY")!;
    expect(outForDelivery.status).toBe("SKIPPED");
    expect(outForDelivery.skipReason).toMatch(/unsubscribed/i);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.messages).toHaveLength(1);
  });
});

describe("Klaviyo events", () => {
  it("sends each milestone once as far as Klaviyo is concerned, even when a crashed dispatcher sends it again", async () => {
    // Given a shop that sends "shipped" and "delivered" by email and to its Klaviyo account
    const klaviyo = klaviyoAccount({ apiKey: "pk_a1b2c3d4e5f6a7b8c9d0e1f2" });
    server.use(...klaviyoHandlers(klaviyo));
    const order = orderPayload({ created_at: hoursAgo(30), updated_at: hoursAgo(30) });
    await placeOrder(order, {
      klaviyoApiKey: klaviyo.apiKey,
      rules: { SHIPPED: rule(["email"], true), DELIVERED: rule(["email"], true) },
    });
    const fulfillment = await ship(order);
    const shipment = await shipmentByShopifyId(fulfillment.id);
    const config = dispatchConfig(smtp.url);

    // When the dispatcher runs
    await dispatch(config);

    // Then Klaviyo has a "Shipped" event for the shopper, identified by shipment and milestone
    expect(klaviyo.events).toHaveLength(1);
    expect(klaviyo.events[0]).toMatchObject({
      metric: "Parcelwise: Shipped",
      uniqueId: `${shipment!.id}:SHIPPED:`,
      profile: { email: "jon@example.com" },
      properties: { OrderName: order.name, Milestone: "SHIPPED", TrackingNumber: "1Z2345" },
    });
    const [first] = await smtp.waitForMessages(1);

    // When a dispatcher is killed after sending but before recording it: the rows are left claimed,
    // unsent on record, and the lease then runs out
    const db = await testDb();
    await db.notification.updateMany({
      where: { shipmentId: shipment!.id },
      data: {
        status: "PENDING",
        sentAt: null,
        providerMessageId: null,
        attempts: 0,
        lockedBy: "killed-dispatcher",
        lockedUntil: new Date(Date.now() - 1_000),
      },
    });
    await dispatch(config);

    // Then both were sent again: Klaviyo got the same unique_id twice and keeps one event,
    // and the second email carries the first one's Message-ID
    expect(klaviyo.events.map((e) => e.uniqueId)).toEqual([
      `${shipment!.id}:SHIPPED:`,
      `${shipment!.id}:SHIPPED:`,
    ]);
    expect(distinctEvents(klaviyo)).toHaveLength(1);
    const [, again] = await smtp.waitForMessages(2);
    expect(again.messageId).toBe(first.messageId);
    expect((await outbox()).map((r) => r.status)).toEqual(["SENT", "SENT"]);

    // When the parcel is delivered
    await scan(order, fulfillment, "delivered", 0.1);
    await dispatch(config);

    // Then the merchant's Klaviyo shows exactly one "Shipped" and one "Delivered"
    expect(distinctEvents(klaviyo).map((e) => [e.metric, e.uniqueId])).toEqual([
      ["Parcelwise: Shipped", `${shipment!.id}:SHIPPED:`],
      ["Parcelwise: Delivered", `${shipment!.id}:DELIVERED:`],
    ]);
  });
});

describe("two shops", () => {
  it("with the same Shopify ids each send with their own accounts and never the other's data", async () => {
    // Given two shops, each with its own mail server (and login), sender, and Twilio account
    const [alphaSmtp, betaSmtp] = await Promise.all([
      startSmtpServer({ auth: { user: "alpha", pass: "alpha-smtp-pass" } }),
      startSmtpServer({ auth: { user: "beta", pass: "beta-smtp-pass" } }),
    ]);
    try {
      const alphaTwilio = twilioAccount({
        apiBase: "https://alpha.twilio.test",
        accountSid: `AC${"a".repeat(32)}`,
        authToken: "alpha-twilio-auth-token",
      });
      const betaTwilio = twilioAccount({
        apiBase: "https://beta.twilio.test",
        accountSid: `AC${"b".repeat(32)}`,
        authToken: "beta-twilio-auth-token",
      });
      server.use(
        twilioAccountsHandler([alphaTwilio, betaTwilio]),
        ...twilioHandlers(alphaTwilio),
        ...twilioHandlers(betaTwilio),
      );
      const shops = [
        {
          shop: "alpha.myshopify.com",
          smtp: alphaSmtp,
          twilio: alphaTwilio,
          sender: "hello@alpha-garden.test",
          shopper: { email: "anna@example.com", phone: "+4915123456781", name: "Annabelle" },
        },
        {
          shop: "beta.myshopify.com",
          smtp: betaSmtp,
          twilio: betaTwilio,
          sender: "news@beta-books.test",
          shopper: { email: "ben@example.com", phone: "+4915123456782", name: "Bartholomew" },
        },
      ];
      // And the same order and fulfillment ids in both (ids are only unique within a shop)
      const order = lenasOrder();
      const fulfillment = fulfillmentPayload(order.id, { created_at: hoursAgo(1), updated_at: hoursAgo(1) });
      for (const s of shops) {
        await placeOrder(
          {
            ...order,
            email: s.shopper.email,
            contact_email: s.shopper.email,
            phone: s.shopper.phone,
            customer: {
              id: 1,
              email: s.shopper.email,
              first_name: s.shopper.name,
              last_name: "Test",
              phone: s.shopper.phone,
            },
          },
          {
            ...twilioSettings(s.twilio),
            smtpUrl: s.smtp.url,
            senderEmail: s.sender,
            senderName: `${s.shopper.name}'s shop`,
            rules: { SHIPPED: rule(["email"]), OUT_FOR_DELIVERY: rule(["sms"]) },
          },
          s.shop,
        );
        await deliver("fulfillments/create", fulfillment, { shop: s.shop });
        await scan(order, fulfillment, "out_for_delivery", 0.5, s.shop);
      }

      // When the dispatcher runs for everyone (at noon in Berlin)
      await dispatchUntilIdle(dispatchConfig(smtp.url), nextLocalTime(BERLIN, 12));

      // Then each shop's shopper got the email from that shop's server and sender, about their order
      for (const [s, other] of [shops, [...shops].reverse()]) {
        const [mail] = await s.smtp.waitForMessages(1);
        expect(s.smtp.messages).toHaveLength(1);
        expect(mail.envelope.rcptTo).toEqual([s.shopper.email]);
        expect(mail.from?.value[0]).toMatchObject({ address: s.sender, name: `${s.shopper.name}'s shop` });
        expect(mail.text).toContain(s.shopper.name);
        // (decoded, not the raw source: base64 could spell a name by chance)
        const seen = [mail.subject, mail.text, mail.html, mail.replyTo?.text].join("\n");
        for (const leak of [other.shopper.email, other.shopper.name, other.shop, other.sender]) {
          expect(seen).not.toContain(leak);
        }
        const stored = await orderByShopifyId(order.id, s.shop);
        expect(trackingLink(mail.text ?? "", s.shop)).toEqual({
          shopId: await shopId(s.shop),
          orderId: stored!.id,
        });

        // And the SMS through that shop's Twilio account, to their number only
        expect(s.twilio.messages).toHaveLength(1);
        expect(s.twilio.messages[0].to).toBe(s.shopper.phone);
        expect(s.twilio.messages[0].body).toContain(s.shop);
        expect(s.twilio.messages[0].body).not.toContain(other.shop);
      }
      // And the deployment's own mail server was never used
      expect(smtp.messages).toEqual([]);
    } finally {
      await closeMailTransports();
      await Promise.all([alphaSmtp.stop(), betaSmtp.stop()]);
    }
  });
});
