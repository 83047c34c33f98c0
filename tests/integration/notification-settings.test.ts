import { beforeEach, describe, expect, it } from "vitest";
import { previewNotification, sendTestNotification } from "~/notifications/preview.server";
import { loadNotificationSettings, saveNotificationSettings } from "~/notifications/settings.server";
import { saveTemplate, saveTemplates } from "~/notifications/template-store.server";
import { fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { testDb } from "../helpers/db";
import { dispatch, dispatchConfig, hoursAgo, shopId } from "../helpers/notifications";
import { useSmtpServer } from "../helpers/smtp";
import { deliver } from "../helpers/webhooks";

const KEY = () => Buffer.from(process.env.ENCRYPTION_KEY ?? "", "base64");
const smtp = useSmtpServer();
beforeEach(async () => {
  // A shop exists once its first webhook arrived.
  await deliver("orders/create", orderPayload({ created_at: hoursAgo(30), updated_at: hoursAgo(30) }));
});

describe("notification settings", () => {
  it("refuses a bad setting by name and saves nothing", async () => {
    const db = await testDb();
    const id = await shopId();

    // When a merchant saves a sensible quiet-hours change together with a malformed sender number
    const result = await saveNotificationSettings(db, id, { quietHoursStart: 22, smsFrom: "call me" }, KEY());

    // Then the error names the field and nothing changed
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ field: "smsFrom" })] });
    expect((await loadNotificationSettings(db, id)).quietHoursStart).toBe(21);
    expect(await db.notificationSettings.count()).toBe(0);
  });

  it("stores Twilio and Klaviyo secrets encrypted, bound to the shop", async () => {
    const db = await testDb();
    const id = await shopId();
    const token = "f3c1a9e0b7d24c6e8a5b1d2c3e4f5a6b";

    // When the merchant connects Twilio and Klaviyo
    const result = await saveNotificationSettings(
      db,
      id,
      {
        twilioAccountSid: `AC${"a".repeat(32)}`,
        twilioAuthToken: token,
        smsFrom: "+14155550100",
        klaviyoApiKey: "pk_abcdefghijklmnopqrstuvwxyz",
      },
      KEY(),
    );

    // Then the row holds no plaintext secret
    expect(result).toEqual({ ok: true });
    const row = await db.notificationSettings.findUniqueOrThrow({ where: { shopId: id } });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain("pk_abcdefghijklmnopqrstuvwxyz");
    expect(row.twilioAuthTokenEncrypted).toMatch(/^v1\./);
  });

  it("refuses to store a secret when the server has no encryption key", async () => {
    const db = await testDb();
    const result = await saveNotificationSettings(
      db,
      await shopId(),
      { klaviyoApiKey: "pk_abcdefghijklmnopqrstuvwxyz" },
      undefined,
    );
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toMatch(/ENCRYPTION_KEY/);
    expect(await db.notificationSettings.count()).toBe(0);
  });
});

describe("merchant templates", () => {
  it("refuses a broken template with the line and reason, and keeps the default", async () => {
    const db = await testDb();

    // When a merchant saves a German email with a misspelt variable on line 2
    const result = await saveTemplate(db, await shopId(), {
      milestone: "SHIPPED",
      channel: "email",
      locale: "de",
      subject: "Unterwegs: {{ order.name }}",
      body: "Hallo,\n{{ custmer.first_name }}, Ihr Paket ist unterwegs.",
    });

    // Then the error points at it and nothing is saved
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors[0]).toEqual(expect.objectContaining({ field: "body", line: 2 }));
    expect(errors[0].message).toMatch(/custmer/);
    expect(await db.notificationTemplate.count()).toBe(0);
  });

  it("saves several templates together or not at all", async () => {
    const db = await testDb();
    const good = {
      milestone: "DELIVERED",
      channel: "sms",
      locale: "en",
      body: "Delivered: {{ order.name }}",
    };
    const bad = { milestone: "SHIPPED", channel: "sms", locale: "en", body: "{% include 'secrets' %}" };

    const result = await saveTemplates(db, await shopId(), [good, bad]);

    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toMatch(/include/);
    expect(await db.notificationTemplate.count()).toBe(0);
  });

  it("uses the merchant's own wording in the shopper's language", async () => {
    // Given a German template of the merchant's own
    const db = await testDb();
    const saved = await saveTemplate(db, await shopId(), {
      milestone: "SHIPPED",
      channel: "email",
      locale: "de",
      subject: "Gute Nachrichten zu {{ order.name }}",
      body: "Hallo {{ customer.first_name }}, es geht los! {{ items | size }} Artikel mit {{ shipment.carrier }}.",
    });
    expect(saved).toEqual({ ok: true });

    // When a German-speaking shopper's order ships
    const order = orderPayload({
      customer_locale: "de-AT",
      created_at: hoursAgo(30),
      updated_at: hoursAgo(30),
    });
    await deliver("orders/create", order);
    await deliver(
      "fulfillments/create",
      fulfillmentPayload(order.id, { created_at: hoursAgo(1), updated_at: hoursAgo(1) }),
    );
    await dispatch(dispatchConfig(smtp.url));

    // Then the email carries it
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.subject).toBe(`Gute Nachrichten zu ${order.name}`);
    expect(mail.text).toContain("Hallo Jon, es geht los! 1 Artikel mit UPS.");
  });

  it("previews with sample data and sends a test email through the shop's settings", async () => {
    const db = await testDb();
    const id = await shopId();
    await saveNotificationSettings(db, id, { senderName: "Acme Outdoor", replyTo: "help@acme.test" }, KEY());

    // When the merchant previews their unsaved French wording
    const preview = previewNotification({
      milestone: "OUT_FOR_DELIVERY",
      channel: "email",
      locale: "fr",
      template: {
        subject: "{{ order.name }} arrive aujourd'hui",
        body: "Bonjour {{ customer.first_name }} !",
      },
    });
    expect(preview.ok && preview.message.subject).toMatch(/^#\d+ arrive aujourd'hui$/);

    // And sends it to themselves
    const sent = await sendTestNotification(
      db,
      dispatchConfig(smtp.url),
      { id, domain: "x.myshopify.com", name: "Acme", email: null },
      {
        milestone: "OUT_FOR_DELIVERY",
        channel: "email",
        locale: "fr",
        to: "owner@acme.test",
      },
    );

    // Then the test email arrives, marked as a test, from the shop's sender name, replying to the shop
    expect(sent.ok).toBe(true);
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.subject).toMatch(/^\[Test\] /);
    expect(mail.from?.value[0]).toEqual(expect.objectContaining({ name: "Acme Outdoor" }));
    expect(mail.replyTo?.value[0].address).toBe("help@acme.test");
    // And nothing was written to the outbox
    expect(await db.notification.count()).toBe(0);
  });
});
