import { readdirSync, readFileSync } from "node:fs";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { MILESTONES } from "~/notifications/milestones";
import { loadNotificationSettings } from "~/notifications/settings.server";
import { suppress } from "~/notifications/suppression.server";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { nextLocalTime } from "../helpers/channels";
import { markupOnly, renderAdminPage } from "../helpers/render-admin";
import { seedOfflineSession, shipmentByShopifyId, testDb } from "../helpers/db";
import { configureShop, dispatch, dispatchConfig, hoursAgo, outbox, shopId } from "../helpers/notifications";
import { adminRequest, routeArgs } from "../helpers/session-token";
import { useSmtpServer } from "../helpers/smtp";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";

const smtp = useSmtpServer();
const OTHER_SHOP = "other-shop.myshopify.com";
const TWILIO = {
  twilioAccountSid: `AC${"a".repeat(32)}`,
  twilioAuthToken: "f3c1a9e0b7d24c6e8a5b1d2c3e4f5a6b",
  smsFrom: "+14155550100",
  whatsappFrom: "+14155550101",
};

function formPost(path: string, fields: Record<string, string>, shop = DEFAULT_SHOP) {
  return adminRequest(path, shop, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
}

async function loadActivity(query = "", shop = DEFAULT_SHOP) {
  const { loader } = await import("~/routes/app.notifications.activity");
  return loader(routeArgs(adminRequest(`/app/notifications/activity${query}`, shop)));
}

/** The activity tab's markup as the server renders it in the admin language `locale`, from its loader's data. */
async function renderActivity(data: object, locale: "de") {
  const { default: Page } = await import("~/routes/app.notifications.activity");
  const route = {
    id: "routes/app.notifications.activity",
    path: "notifications/activity",
    loader: () => data,
    element: createElement(Page),
  };
  // The markup only: the loader data the router embeds for hydration holds the stored English text.
  return markupOnly(await renderAdminPage(locale, "/app/notifications/activity", [route]));
}

/**
 * The statements of the reason-code migration after its "-- Backfill" line, for this test file's database:
 * what `npm run setup` runs on rows written before codes existed.
 */
function reasonBackfill(): string[] {
  const dir = process.env.TEST_DATABASE === "postgres" ? "prisma/migrations-postgresql" : "prisma/migrations";
  const folder = readdirSync(dir).find((name) => name.endsWith("_notification_reason_codes"));
  if (!folder) throw new Error(`no reason-code migration in ${dir}`);
  const sql = readFileSync(`${dir}/${folder}/migration.sql`, "utf8");
  const start = sql.indexOf("-- Backfill");
  if (start < 0) throw new Error(`${folder} has no backfill`);
  return sql
    .slice(start)
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*--.*$/gm, "").trim())
    .filter(Boolean);
}

async function loadLayout(shop = DEFAULT_SHOP) {
  const { loader } = await import("~/routes/app.notifications");
  return loader(routeArgs(adminRequest("/app/notifications", shop)));
}

async function loadOverview(shop = DEFAULT_SHOP) {
  const { loader } = await import("~/routes/app.notifications._index");
  return loader(routeArgs(adminRequest("/app/notifications?index", shop)));
}

async function postOverview(fields: Record<string, string>, shop = DEFAULT_SHOP) {
  const { action } = await import("~/routes/app.notifications._index");
  return action(routeArgs(formPost("/app/notifications?index", fields, shop)));
}

/** The matrix form as the page posts it: every milestone, its chain in order, and its Klaviyo switch. */
function matrix(overrides: Partial<Record<string, { channels: string[]; klaviyo?: boolean }>> = {}) {
  const fields: Record<string, string> = { intent: "rules" };
  for (const m of MILESTONES) {
    const rule = overrides[m] ?? { channels: [] };
    fields[`rules.${m}.channels`] = rule.channels.join(",");
    fields[`rules.${m}.klaviyo`] = String(rule.klaviyo ?? false);
  }
  return fields;
}

async function settingsOf(shop = DEFAULT_SHOP) {
  return loadNotificationSettings(await testDb(), await shopId(shop));
}

async function install(shop = DEFAULT_SHOP) {
  await seedOfflineSession(shop);
  await deliver("orders/create", orderPayload({ created_at: hoursAgo(30), updated_at: hoursAgo(30) }), {
    shop,
  });
}

describe("notifications activity", () => {
  it("shows the shop's messages with masked recipients, counts and reasons, and no other shop's", async () => {
    // Given one sent message, one refused by the mail server, and another shop's message
    await seedOfflineSession();
    smtp.rejectRecipients.add("nobody@example.com");
    for (const [email, shop] of [
      ["jon@example.com", DEFAULT_SHOP],
      ["nobody@example.com", DEFAULT_SHOP],
      ["other@example.com", OTHER_SHOP],
    ]) {
      const order = orderPayload({
        email,
        contact_email: email,
        created_at: hoursAgo(30),
        updated_at: hoursAgo(30),
      });
      await deliver("orders/create", order, { shop });
      await deliver(
        "fulfillments/create",
        fulfillmentPayload(order.id, { created_at: hoursAgo(1), updated_at: hoursAgo(1) }),
        { shop },
      );
    }
    await dispatch(dispatchConfig(smtp.url));

    // When the merchant opens the activity tab
    const page = await loadActivity();

    // Then they see their two messages: one sent, one failed with the server's reason
    expect(page.log.counts).toEqual({ SENT: 1, FAILED: 1, PENDING: 0, SKIPPED: 0 });
    expect(page.log.entries).toHaveLength(2);
    expect(page.log.entries.find((e) => e.status === "FAILED")?.detail).toMatch(/550/);
    expect(JSON.stringify(page.log)).not.toMatch(/jon@example\.com|nobody@example\.com|other@example\.com/);
    expect(page.log.entries.map((e) => e.recipient)).toContain("j•••@example.com");

    // And a filter shows the failed one only
    const onlyFailed = await loadActivity("?status=FAILED");
    expect(onlyFailed.status).toBe("FAILED");
    expect(onlyFailed.log.entries.map((e) => e.status)).toEqual(["FAILED"]);
  });
});

describe("why a message was not sent, in the merchant's language", () => {
  it("stores a skipped or held message's reason as a code with its values, and shows it in German", async () => {
    // Given a customer in Berlin who unsubscribed from emails, and a shop that emails "shipped" and texts
    // "out for delivery"
    await seedOfflineSession();
    const order = orderPayload({
      email: "lena@example.com",
      contact_email: "lena@example.com",
      phone: "+49 1512 3456789",
      created_at: hoursAgo(30),
      updated_at: hoursAgo(30),
      shipping_address: { name: "Lena Vogel", city: "Berlin", zip: "10115", country_code: "DE", phone: null },
    });
    await deliver("orders/create", order);
    await configureShop({
      ...TWILIO,
      smtpUrl: smtp.url,
      rules: {
        SHIPPED: { channels: ["email"], klaviyo: false },
        OUT_FOR_DELIVERY: { channels: ["sms"], klaviyo: false },
      },
    });
    await suppress(await testDb(), await shopId(), "email", "lena@example.com", "unsubscribe-link");
    const fulfillment = fulfillmentPayload(order.id, { created_at: hoursAgo(1), updated_at: hoursAgo(1) });
    await deliver("fulfillments/create", fulfillment);
    await deliver(
      "fulfillment_events/create",
      fulfillmentEventPayload(order.id, fulfillment.id, "out_for_delivery", hoursAgo(0.5)),
    );

    // When the dispatcher runs at 23:00 in Berlin, in the shop's quiet hours
    await dispatch(dispatchConfig(smtp.url), nextLocalTime("Europe/Berlin", 23));

    // Then the email is skipped and the SMS held, each with its code and values beside the English
    const rows = await outbox();
    const email = rows.find((r) => r.channel === "email")!;
    const sms = rows.find((r) => r.channel === "sms")!;
    expect(email).toMatchObject({
      status: "SKIPPED",
      skipReason: "The shopper unsubscribed",
      reasonCode: "UNSUBSCRIBED",
      reasonParams: null,
    });
    expect(sms).toMatchObject({
      status: "PENDING",
      lastError: "Quiet hours in Europe/Berlin",
      reasonCode: "QUIET_HOURS",
    });
    expect(JSON.parse(sms.reasonParams!)).toEqual({ zone: "Europe/Berlin" });
    expect(smtp.messages).toEqual([]);

    // And the activity tab carries the codes and shows them in the merchant's language
    const page = await loadActivity();
    expect(page.log.entries.map((e) => e.reason)).toEqual(
      expect.arrayContaining([
        { code: "UNSUBSCRIBED", params: {} },
        { code: "QUIET_HOURS", params: { zone: "Europe/Berlin" } },
      ]),
    );
    const html = await renderActivity(page, "de");
    expect(html).toContain("Der Kunde hat sich abgemeldet");
    expect(html).toContain("Wegen Ruhezeiten zurückgehalten (Europe/Berlin)");
    expect(html).not.toContain("The shopper unsubscribed");
    expect(html).not.toContain("Quiet hours in");
  });

  it("gives rows written before codes existed theirs, and leaves a provider's error as it came", async () => {
    // Given outbox rows as the dispatcher wrote them before reason codes: English text only
    await seedOfflineSession();
    const order = orderPayload({ created_at: hoursAgo(30), updated_at: hoursAgo(30) });
    await deliver("orders/create", order);
    const fulfillment = fulfillmentPayload(order.id, { created_at: hoursAgo(1), updated_at: hoursAgo(1) });
    await deliver("fulfillments/create", fulfillment);
    const db = await testDb();
    const shipment = (await shipmentByShopifyId(fulfillment.id))!;
    const written: Array<[status: string, text: string, code: string | null, params: object | null]> = [
      ["SKIPPED", "The app was uninstalled", "UNINSTALLED", null],
      ["SKIPPED", "The customer's data was erased on request", "ERASED", null],
      ["SKIPPED", "The shopper unsubscribed", "UNSUBSCRIBED", null],
      ["SKIPPED", "WhatsApp is not set up", "CHANNEL_NOT_SET_UP", { channel: "whatsapp" }],
      ["SKIPPED", "Frequency cap: 3 messages for this shipment in 24 hours", "FREQUENCY_CAP", { count: 3 }],
      ["SKIPPED", "The parcel moved on (now out for delivery)", "MOVED_ON", { status: "OUT_FOR_DELIVERY" }],
      ["SKIPPED", "The parcel moved on (now somewhere else)", null, null],
      ["PENDING", "Quiet hours in America/Los_Angeles", "QUIET_HOURS", { zone: "America/Los_Angeles" }],
      ["PENDING", "Waiting for the order", "WAITING_FOR_ORDER", null],
      ["FAILED", "550 5.1.1 no such user", null, null],
    ];
    await db.notification.createMany({
      data: written.map(([status, text], k) => ({
        shopId: shipment.shopId,
        shipmentId: shipment.id,
        milestone: "SHIPPED",
        channel: "email",
        occurrence: `before-codes-${k}`,
        status,
        milestoneAt: new Date(),
        ...(status === "SKIPPED" ? { skipReason: text } : { lastError: text }),
      })),
    });

    // When the migration's backfill runs over them
    for (const statement of reasonBackfill()) await db.$executeRawUnsafe(statement);

    // Then each sentence the dispatcher wrote has its code and values; anything else has none
    const rows = await db.notification.findMany({ where: { occurrence: { startsWith: "before-codes-" } } });
    for (const [k, [, text, code, params]] of written.entries()) {
      const row = rows.find((r) => r.occurrence === `before-codes-${k}`)!;
      expect({
        text,
        code: row.reasonCode,
        params: row.reasonParams && JSON.parse(row.reasonParams),
      }).toEqual({
        text,
        code,
        params,
      });
    }

    // And the activity tab shows them in German, the provider's error as it came
    const html = await renderActivity(await loadActivity(), "de");
    expect(html).toContain("Das Paket ist weiter (jetzt In Zustellung)");
    expect(html).toContain("WhatsApp ist nicht eingerichtet");
    expect(html).toContain("Obergrenze: 3 Nachrichten für diese Sendung in 24 Stunden");
    expect(html).toContain("550 5.1.1 no such user");
    expect(html).toContain("The parcel moved on (now somewhere else)");
  });
});

describe("milestone × channel matrix", () => {
  it("saves channels in their fallback order and the Klaviyo switch, once the channels are set up", async () => {
    // Given a shop with Twilio, its own mail server and Klaviyo
    await install();
    await configureShop({ ...TWILIO, smtpUrl: smtp.url, klaviyoApiKey: "pk_abcdefghijklmnopqrstuvwxyz" });
    expect((await loadOverview()).readiness).toEqual({
      email: true,
      sms: true,
      whatsapp: true,
      klaviyo: true,
    });

    // When the merchant sends "shipped" by WhatsApp, then SMS, then email, with a Klaviyo event
    const result = await postOverview(
      matrix({
        SHIPPED: { channels: ["whatsapp", "sms", "email"], klaviyo: true },
        DELIVERED: { channels: ["email"] },
      }),
    );

    // Then it is saved as ordered, and the page shows it
    expect(result).toEqual({ ok: true, intent: "rules" });
    const page = await loadOverview();
    expect(page.rules.SHIPPED).toEqual({ channels: ["whatsapp", "sms", "email"], klaviyo: true });
    expect(page.rules.DELIVERED).toEqual({ channels: ["email"], klaviyo: false });
    expect(page.rules.EXCEPTION).toEqual({ channels: [], klaviyo: false });
  });

  it("refuses to switch on a channel that isn't set up, and saves nothing", async () => {
    // Given a shop without Twilio, Klaviyo or a mail server (the test deployment has none either)
    await install();
    const before = await settingsOf();
    const page = await loadOverview();
    expect(page.readiness).toEqual({ email: false, sms: false, whatsapp: false, klaviyo: false });

    // When the merchant turns on SMS for "out for delivery" and a Klaviyo event for "delivered"
    const result = await postOverview(
      matrix({
        SHIPPED: { channels: [] },
        OUT_FOR_DELIVERY: { channels: ["sms", "email"] },
        DELIVERED: { channels: ["email"], klaviyo: true },
      }),
    );

    // Then both rows are refused by name and nothing changed, not even the rows that were fine
    expect(result).toEqual({
      ok: false,
      intent: "rules",
      errors: {
        "rules.OUT_FOR_DELIVERY": { code: "channelNotSetUp", params: { channel: "sms" } },
        "rules.DELIVERED": { code: "channelNotSetUp", params: { channel: "klaviyo" } },
      },
    });
    expect(await settingsOf()).toEqual(before);
  });

  it("keeps a channel the rule already had after its account was removed, as the dispatcher skips it", async () => {
    // Given SMS on for "shipped" while Twilio was connected, and Twilio removed since
    await install();
    await configureShop({ ...TWILIO, rules: { SHIPPED: { channels: ["sms", "email"], klaviyo: false } } });
    await configureShop({ twilioAuthToken: null });
    expect((await loadOverview()).readiness.sms).toBe(false);

    // When the merchant saves the matrix with SMS still on there but "delivered" switched off
    const result = await postOverview(
      matrix({ SHIPPED: { channels: ["sms", "email"] }, DELIVERED: { channels: [] } }),
    );

    // Then it is saved: the rest of the matrix can change while SMS waits to be set up again
    expect(result).toEqual({ ok: true, intent: "rules" });
    expect((await settingsOf()).rules.DELIVERED.channels).toEqual([]);
    expect((await settingsOf()).rules.SHIPPED.channels).toEqual(["sms", "email"]);
  });

  it.each([
    ["an unknown channel", { SHIPPED: { channels: ["pigeon"] } }, "rule"],
    ["a channel twice", { SHIPPED: { channels: ["email", "email"] } }, "chain"],
  ])("refuses %s and saves nothing", async (_, overrides, code) => {
    await install();
    await configureShop({ smtpUrl: smtp.url });
    const before = await settingsOf();

    const result = await postOverview(matrix(overrides));

    expect(result).toEqual({
      ok: false,
      intent: "rules",
      errors: { "rules.SHIPPED": { code } },
    });
    expect(await settingsOf()).toEqual(before);
  });

  it("refuses a Klaviyo switch that is neither on nor off", async () => {
    await install();
    const before = await settingsOf();

    const result = await postOverview({ ...matrix(), "rules.SHIPPED.klaviyo": "maybe" });

    expect(result).toEqual({ ok: false, intent: "rules", errors: { "rules.SHIPPED": { code: "rule" } } });
    expect(await settingsOf()).toEqual(before);
  });
});

describe("timing and limits", () => {
  it("refuses a bad hour, cap or stall period by field, and saves none of the form", async () => {
    await install();
    const before = await settingsOf();

    // When the merchant enters quiet hours until 25:00, no cap, and a stall period in words
    const result = await postOverview({
      intent: "limits",
      quietHoursStart: "22",
      quietHoursEnd: "25",
      maxPerShipmentPerDay: "0",
      stallDays: "three",
    });

    // Then each field says what's wrong and the valid start hour wasn't saved either
    expect(result).toEqual({
      ok: false,
      intent: "limits",
      errors: {
        quietHoursEnd: { code: "hour" },
        maxPerShipmentPerDay: { code: "cap" },
        stallDays: { code: "stallDays", params: { min: 1, max: 30 } },
      },
    });
    expect(await settingsOf()).toEqual(before);
  });

  it("saves quiet hours, the cap and the stall period together", async () => {
    await install();

    const result = await postOverview({
      intent: "limits",
      quietHoursStart: "20",
      quietHoursEnd: "9",
      maxPerShipmentPerDay: "2",
      stallDays: "5",
    });

    expect(result).toEqual({ ok: true, intent: "limits" });
    expect((await loadOverview()).limits).toEqual({
      quietHoursStart: 20,
      quietHoursEnd: 9,
      maxPerShipmentPerDay: 2,
      stallDays: 5,
    });
  });
});

describe("reminder to turn off Shopify's shipping notifications", () => {
  it("shows while Parcelwise sends a milestone Shopify also covers, and not otherwise", async () => {
    await install();
    await configureShop({ ...TWILIO, smtpUrl: smtp.url });

    // A new shop emails shipped, out for delivery and delivered
    const initial = (await loadLayout()).reminder;
    expect(initial).toEqual({
      show: true,
      milestones: ["SHIPPED", "OUT_FOR_DELIVERY", "DELIVERED"],
      channels: ["email"],
      url: "shopify://admin/settings/notifications",
    });

    // Only milestones Shopify doesn't notify about: no reminder
    await postOverview(matrix({ DELAYED: { channels: ["email"] }, EXCEPTION: { channels: ["sms"] } }));
    expect((await loadLayout()).reminder.show).toBe(false);

    // An SMS for "in transit" (Shopify's Shipping update) brings it back
    await postOverview(matrix({ IN_TRANSIT: { channels: ["sms"] } }));
    expect((await loadLayout()).reminder).toMatchObject({
      show: true,
      milestones: ["IN_TRANSIT"],
      channels: ["sms"],
    });
  });
});

describe("another shop", () => {
  it("never sees or changes this shop's settings", async () => {
    // Given this shop's matrix and limits
    await install();
    await install(OTHER_SHOP);
    await configureShop({ ...TWILIO, smtpUrl: smtp.url, quietHoursStart: 23 });
    await postOverview(matrix({ SHIPPED: { channels: ["sms"] } }));

    // When the other shop opens and saves its own pages
    const theirs = await loadOverview(OTHER_SHOP);
    const saved = await postOverview({ ...matrix(), intent: "rules" }, OTHER_SHOP);
    await postOverview(
      {
        intent: "limits",
        quietHoursStart: "1",
        quietHoursEnd: "2",
        maxPerShipmentPerDay: "9",
        stallDays: "9",
      },
      OTHER_SHOP,
    );

    // Then it saw its own defaults, and this shop's settings are as they were
    expect(theirs.readiness).toEqual({ email: false, sms: false, whatsapp: false, klaviyo: false });
    expect(theirs.rules.SHIPPED.channels).toEqual(["email"]);
    expect(theirs.limits.quietHoursStart).toBe(21);
    expect(saved).toEqual({ ok: true, intent: "rules" });
    const mine = await settingsOf();
    expect(mine.rules.SHIPPED.channels).toEqual(["sms"]);
    expect(mine.quietHoursStart).toBe(23);
    expect((await settingsOf(OTHER_SHOP)).quietHoursStart).toBe(1);
  });
});
