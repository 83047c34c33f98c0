import { describe, expect, it } from "vitest";
import { loadNotificationSettings } from "~/notifications/settings.server";
import { decryptSecret } from "~/security/secrets.server";
import { orderPayload } from "../fixtures/builders";
import { seedOfflineSession, testDb } from "../helpers/db";
import { hoursAgo, shopId } from "../helpers/notifications";
import { adminRequest, routeArgs } from "../helpers/session-token";
import { startSmtpServer, useSmtpServer } from "../helpers/smtp";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";
import { klaviyoAccount, klaviyoHandlers } from "../mocks/klaviyo";
import { server } from "../mocks/server";
import { twilioAccount, twilioHandlers } from "../mocks/twilio";
import { TEST_ENCRYPTION_KEY } from "../setup/test-env";

const smtp = useSmtpServer();
const KEY = Buffer.from(TEST_ENCRYPTION_KEY, "base64");
const OTHER_SHOP = "other-shop.myshopify.com";
const TOKEN = "f3c1a9e0b7d24c6e8a5b1d2c3e4f5a6b";
const KLAVIYO_KEY = "pk_abcdefghijklmnopqrstuvwxyz";

async function openChannels(shop = DEFAULT_SHOP) {
  const { loader } = await import("~/routes/app.notifications.channels");
  return loader(routeArgs(adminRequest("/app/notifications/channels", shop)));
}

async function post(fields: Record<string, string>, shop = DEFAULT_SHOP) {
  const { action } = await import("~/routes/app.notifications.channels");
  return action(
    routeArgs(
      adminRequest("/app/notifications/channels", shop, {
        method: "POST",
        body: new URLSearchParams(fields),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
    ),
  );
}

async function install(shop = DEFAULT_SHOP) {
  await seedOfflineSession(shop);
  await deliver("orders/create", orderPayload({ created_at: hoursAgo(30), updated_at: hoursAgo(30) }), {
    shop,
  });
}

async function settingsOf(shop = DEFAULT_SHOP) {
  return loadNotificationSettings(await testDb(), await shopId(shop));
}

describe("channel credentials", () => {
  it("are write-only: saved encrypted, reported as set, never sent to the page", async () => {
    await install();
    const smtpUrl = "smtps://mailer:s3cret-mail-pass@smtp.example.com";

    // When the merchant saves their mail server, Twilio and Klaviyo
    expect(
      await post({
        intent: "email",
        senderName: "Maison Poulain",
        senderEmail: "bonjour@maison.test",
        replyTo: "",
        smtpUrl,
      }),
    ).toEqual({ ok: true, intent: "email" });
    expect(
      await post({
        intent: "twilio",
        twilioAccountSid: `AC${"b".repeat(32)}`,
        twilioAuthToken: TOKEN,
        smsFrom: "+14155550100",
        whatsappFrom: "",
      }),
    ).toEqual({ ok: true, intent: "twilio" });
    expect(await post({ intent: "klaviyo", klaviyoApiKey: KLAVIYO_KEY })).toEqual({
      ok: true,
      intent: "klaviyo",
    });

    // Then the page knows they are set, and nothing more
    const page = await openChannels();
    expect(page.email).toMatchObject({
      senderName: "Maison Poulain",
      senderEmail: "bonjour@maison.test",
      smtpUrlSet: true,
    });
    expect(page.twilio).toEqual({
      accountSid: `AC${"b".repeat(32)}`,
      authTokenSet: true,
      smsFrom: "+14155550100",
      whatsappFrom: null,
    });
    expect(page.klaviyo).toEqual({ apiKeySet: true });
    expect(page.readiness).toEqual({ email: true, sms: true, whatsapp: false, klaviyo: true });
    const json = JSON.stringify(page);
    for (const secret of ["s3cret-mail-pass", "mailer", TOKEN, KLAVIYO_KEY])
      expect(json).not.toContain(secret);

    // And the overview's and the layout's data don't carry them either
    const overview = await (
      await import("~/routes/app.notifications._index")
    ).loader(routeArgs(adminRequest("/app/notifications?index")));
    const layout = await (
      await import("~/routes/app.notifications")
    ).loader(routeArgs(adminRequest("/app/notifications")));
    for (const secret of ["s3cret-mail-pass", TOKEN, KLAVIYO_KEY]) {
      expect(JSON.stringify([overview, layout])).not.toContain(secret);
    }

    // And the stored values are encrypted for this shop, the ciphertext staying on the server too
    const settings = await settingsOf();
    for (const sealed of [
      settings.smtpUrlEncrypted,
      settings.twilioAuthTokenEncrypted,
      settings.klaviyoApiKeyEncrypted,
    ]) {
      expect(sealed).toBeTruthy();
      expect(json).not.toContain(sealed!);
    }
    expect(settings.smtpUrlEncrypted).not.toContain("s3cret");
    expect(decryptSecret(settings.twilioAuthTokenEncrypted!, KEY, await shopId())).toBe(TOKEN);
  });

  it("keeps a secret when its field is left empty, replaces it when typed, removes it when asked", async () => {
    await install();
    await post({ intent: "klaviyo", klaviyoApiKey: KLAVIYO_KEY });
    const first = (await settingsOf()).klaviyoApiKeyEncrypted;

    // Saving the card with an empty field keeps the key
    expect(await post({ intent: "klaviyo", klaviyoApiKey: "", removeKlaviyoApiKey: "false" })).toMatchObject({
      ok: true,
    });
    expect((await settingsOf()).klaviyoApiKeyEncrypted).toBe(first);

    // Typing a new one replaces it
    await post({ intent: "klaviyo", klaviyoApiKey: "pk_zyxwvutsrqponmlkjihgfedcba" });
    const replaced = (await settingsOf()).klaviyoApiKeyEncrypted!;
    expect(decryptSecret(replaced, KEY, await shopId())).toBe("pk_zyxwvutsrqponmlkjihgfedcba");

    // Asking to remove it removes it
    await post({ intent: "klaviyo", klaviyoApiKey: "", removeKlaviyoApiKey: "true" });
    expect((await settingsOf()).klaviyoApiKeyEncrypted).toBeNull();
    expect((await openChannels()).klaviyo.apiKeySet).toBe(false);
  });

  it("refuses bad details by field and saves none of the card", async () => {
    await install();
    const before = await settingsOf();

    const result = await post({
      intent: "twilio",
      twilioAccountSid: "my account",
      twilioAuthToken: TOKEN,
      smsFrom: "+14155550100",
      whatsappFrom: "0151 1234",
    });

    expect(result).toEqual({
      ok: false,
      intent: "twilio",
      errors: { twilioAccountSid: { code: "accountSid" }, whatsappFrom: { code: "phone" } },
    });
    expect(await settingsOf()).toEqual(before);

    const email = await post({
      intent: "email",
      senderName: "",
      senderEmail: "nope",
      replyTo: "",
      smtpUrl: "http://x",
    });
    expect(email).toEqual({
      ok: false,
      intent: "email",
      errors: { senderEmail: { code: "email" }, smtpUrl: { code: "smtpUrl" } },
    });
    expect(await settingsOf()).toEqual(before);
  });

  it("are each shop's own", async () => {
    await install();
    await install(OTHER_SHOP);
    await post({ intent: "klaviyo", klaviyoApiKey: KLAVIYO_KEY });
    await post({ intent: "email", senderName: "Ours", senderEmail: "", replyTo: "", smtpUrl: smtp.url });

    // The other shop sees nothing of ours, and its saves and tests use its own (empty) settings
    const theirs = await openChannels(OTHER_SHOP);
    expect(theirs.klaviyo.apiKeySet).toBe(false);
    expect(theirs.email).toMatchObject({ senderName: null, smtpUrlSet: false });
    expect(await post({ intent: "test-smtp", smtpUrl: "" }, OTHER_SHOP)).toEqual({
      intent: "test-smtp",
      check: { ok: false, code: "notConfigured", message: expect.any(String) },
    });
    await post({ intent: "klaviyo", klaviyoApiKey: "", removeKlaviyoApiKey: "true" }, OTHER_SHOP);
    expect((await settingsOf()).klaviyoApiKeyEncrypted).not.toBeNull();
    expect((await settingsOf()).senderName).toBe("Ours");
  });
});

describe("test connection", () => {
  it("SMTP: logs in to the shop's saved server, and says so", async () => {
    await install();
    await post({ intent: "email", senderName: "", senderEmail: "", replyTo: "", smtpUrl: smtp.url });

    const result = await post({ intent: "test-smtp", smtpUrl: "" });

    expect(result).toEqual({ intent: "test-smtp", check: { ok: true, detail: `127.0.0.1:${smtp.port}` } });
    // A connection test sends nothing
    expect(smtp.messages).toHaveLength(0);
  });

  it("SMTP: a typed URL on a port nobody listens on fails as unreachable, and nothing is saved", async () => {
    await install();
    const closed = await startSmtpServer();
    const port = closed.port;
    await closed.stop();

    const result = await post({ intent: "test-smtp", smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true` });

    expect(result).toEqual({
      intent: "test-smtp",
      check: { ok: false, code: "connection", message: expect.stringMatching(/ECONNREFUSED/) },
    });
    expect((await settingsOf()).smtpUrlEncrypted).toBeNull();
  });

  it("SMTP: a wrong password is refused as wrong credentials", async () => {
    await install();
    const guarded = await startSmtpServer({ auth: { user: "shop", pass: "right" } });
    try {
      const wrong = await post({
        intent: "test-smtp",
        smtpUrl: `smtp://shop:wrong@127.0.0.1:${guarded.port}?ignoreTLS=true`,
      });
      const right = await post({
        intent: "test-smtp",
        smtpUrl: `smtp://shop:right@127.0.0.1:${guarded.port}?ignoreTLS=true`,
      });

      expect(wrong).toMatchObject({ check: { ok: false, code: "auth" } });
      expect(right).toMatchObject({ check: { ok: true } });
    } finally {
      await guarded.stop();
    }
  });

  it("SMTP: something that isn't an SMTP URL is said so without connecting", async () => {
    await install();
    expect(await post({ intent: "test-smtp", smtpUrl: "https://mail.example.com" })).toMatchObject({
      check: { ok: false, code: "invalidUrl" },
    });
  });

  it("Twilio: reads the account with the saved credentials; a wrong token is refused", async () => {
    const twilio = twilioAccount({ friendlyName: "Maison Poulain" });
    server.use(...twilioHandlers(twilio));
    await install();
    await post({
      intent: "twilio",
      twilioAccountSid: twilio.accountSid,
      twilioAuthToken: twilio.authToken,
      smsFrom: "+14155550100",
      whatsappFrom: "",
    });

    // Saved credentials
    expect(await post({ intent: "test-twilio", twilioAccountSid: "", twilioAuthToken: "" })).toEqual({
      intent: "test-twilio",
      check: { ok: true, detail: "Maison Poulain" },
    });
    // A typed token that isn't the account's
    expect(
      await post({
        intent: "test-twilio",
        twilioAccountSid: twilio.accountSid,
        twilioAuthToken: "wrong-token-0000000",
      }),
    ).toEqual({
      intent: "test-twilio",
      check: { ok: false, code: "auth", message: expect.stringContaining("401") },
    });
    // Nothing was sent
    expect(twilio.messages).toHaveLength(0);
  });

  it("Twilio: a suspended account is not a working one", async () => {
    const twilio = twilioAccount({ accountStatus: "suspended" });
    server.use(...twilioHandlers(twilio));
    await install();

    const result = await post({
      intent: "test-twilio",
      twilioAccountSid: twilio.accountSid,
      twilioAuthToken: twilio.authToken,
    });

    expect(result).toMatchObject({ check: { ok: false, code: "inactive" } });
  });

  it("Klaviyo: reads the account with the key; a wrong key and a key without the scope are refused", async () => {
    const klaviyo = klaviyoAccount({ apiKey: KLAVIYO_KEY });
    server.use(...klaviyoHandlers(klaviyo));
    await install();
    await post({ intent: "klaviyo", klaviyoApiKey: KLAVIYO_KEY });

    expect(await post({ intent: "test-klaviyo", klaviyoApiKey: "" })).toEqual({
      intent: "test-klaviyo",
      check: { ok: true, detail: "Maison Poulain" },
    });
    expect(await post({ intent: "test-klaviyo", klaviyoApiKey: "pk_someoneelsesprivatekey00" })).toEqual({
      intent: "test-klaviyo",
      check: { ok: false, code: "auth", message: expect.stringContaining("401") },
    });

    klaviyo.account = { id: "XyZ123", organizationName: "Maison Poulain", canReadAccounts: false };
    expect(await post({ intent: "test-klaviyo", klaviyoApiKey: "" })).toMatchObject({
      check: { ok: false, code: "permission" },
    });
    expect(klaviyo.events).toHaveLength(0);
  });

  it("says when there's nothing to test yet", async () => {
    await install();
    for (const intent of ["test-smtp", "test-twilio", "test-klaviyo"]) {
      expect(await post({ intent })).toMatchObject({ intent, check: { ok: false, code: "notConfigured" } });
    }
  });
});
