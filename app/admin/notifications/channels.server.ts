import {
  checkKlaviyo,
  checkSmtp,
  checkTwilio,
  type ConnectionCheck,
  type ConnectionErrorCode,
} from "../../channels/connection-check.server";
import type { Db } from "../../db.server";
import type { Deployment } from "../../notifications/channel-setup.server";
import {
  loadNotificationSettings,
  saveNotificationSettings,
  type NotificationSettingsView,
} from "../../notifications/settings.server";
import { decryptSecret } from "../../security/secrets.server";
import type { SaveResult } from "./errors";
import { emailFromForm, klaviyoFromForm, textOrNull, twilioFromForm } from "./form-input";
import { channelReadiness } from "./readiness.server";
import { settingsErrors } from "./settings-errors";
import { ensureShop, findShop, noShop, type AdminShop } from "./shop.server";

/**
 * The channel settings as the page may see them: plain settings as saved, secrets only as "set" or not.
 * The SMTP URL (it holds a password), the Twilio auth token and the Klaviyo key never leave the server.
 */
export async function channelsPage(db: Db, shopDomain: string, deployment: Deployment) {
  const shop = (await findShop(db, shopDomain)) ?? noShop(shopDomain);
  const settings = await loadNotificationSettings(db, shop.id);
  return {
    email: {
      senderName: settings.senderName,
      senderEmail: settings.senderEmail,
      replyTo: settings.replyTo,
      smtpUrlSet: settings.smtpUrlEncrypted !== null,
      deploymentFrom: deployment.emailFrom,
      deploymentHasServer: Boolean(deployment.smtpUrl),
    },
    twilio: {
      accountSid: settings.twilioAccountSid,
      authTokenSet: settings.twilioAuthTokenEncrypted !== null,
      smsFrom: settings.smsFrom,
      whatsappFrom: settings.whatsappFrom,
    },
    klaviyo: { apiKeySet: settings.klaviyoApiKeyEncrypted !== null },
    readiness: channelReadiness(settings, shop, deployment),
    canStoreSecrets: Boolean(deployment.encryptionKey),
  };
}
export type ChannelsPageData = Awaited<ReturnType<typeof channelsPage>>;

export type ChannelSaveIntent = "email" | "twilio" | "klaviyo";
export type ChannelTestIntent = "test-smtp" | "test-twilio" | "test-klaviyo";
/** A connection test's answer; `notConfigured` when neither the form nor the settings hold what it needs. */
export type ChannelTestResult = {
  intent: ChannelTestIntent;
  check: ConnectionCheck | { ok: false; code: ConnectionErrorCode | "notConfigured"; message: string };
};
export type ChannelsActionResult = SaveResult<ChannelSaveIntent> | ChannelTestResult;

const FROM_FORM = { email: emailFromForm, twilio: twilioFromForm, klaviyo: klaviyoFromForm };

/**
 * The channels page's posts, by `intent`: a card's save ("email", "twilio", "klaviyo": only that card's
 * fields, validated whole, saved in one write or not at all) or its connection test ("test-smtp",
 * "test-twilio", "test-klaviyo"), which tries what was typed, else what is saved, and saves nothing.
 */
export async function channelsAction(
  db: Db,
  shopDomain: string,
  form: FormData,
  deployment: Deployment,
): Promise<ChannelsActionResult> {
  const intent = form.get("intent");
  if (intent === "email" || intent === "twilio" || intent === "klaviyo") {
    const shop = await ensureShop(db, shopDomain);
    const saved = await saveNotificationSettings(
      db,
      shop.id,
      FROM_FORM[intent](form),
      deployment.encryptionKey,
    );
    return saved.ok ? { ok: true, intent } : { ok: false, intent, errors: settingsErrors(saved.errors) };
  }
  if (intent === "test-smtp" || intent === "test-twilio" || intent === "test-klaviyo") {
    const shop = (await findShop(db, shopDomain)) ?? noShop(shopDomain);
    const settings = await loadNotificationSettings(db, shop.id);
    return { intent, check: await testConnection(intent, form, stored(settings, shop, deployment)) };
  }
  return { ok: false, intent: null, errors: { form: { code: "invalid" } } };
}

const NOTHING_TO_TEST = { ok: false as const, code: "notConfigured" as const, message: "Nothing to test" };

async function testConnection(
  intent: ChannelTestIntent,
  form: FormData,
  saved: ReturnType<typeof stored>,
): Promise<ChannelTestResult["check"]> {
  if (intent === "test-smtp") {
    const url = textOrNull(form.get("smtpUrl")) ?? saved.smtpUrl();
    return url ? checkSmtp(url) : NOTHING_TO_TEST;
  }
  if (intent === "test-twilio") {
    const accountSid = textOrNull(form.get("twilioAccountSid")) ?? saved.twilioAccountSid;
    const authToken = textOrNull(form.get("twilioAuthToken")) ?? saved.twilioAuthToken();
    if (!accountSid || !authToken) return NOTHING_TO_TEST;
    return checkTwilio({ accountSid, authToken });
  }
  const apiKey = textOrNull(form.get("klaviyoApiKey")) ?? saved.klaviyoApiKey();
  return apiKey ? checkKlaviyo({ apiKey }) : NOTHING_TO_TEST;
}

/** The shop's saved credentials, decrypted only when a test needs one. */
function stored(settings: NotificationSettingsView, shop: AdminShop, deployment: Deployment) {
  const secret = (value: string | null) => {
    if (!value || !deployment.encryptionKey) return null;
    try {
      return decryptSecret(value, deployment.encryptionKey, shop.id);
    } catch {
      return null;
    }
  };
  return {
    smtpUrl: () => secret(settings.smtpUrlEncrypted),
    twilioAccountSid: settings.twilioAccountSid,
    twilioAuthToken: () => secret(settings.twilioAuthTokenEncrypted),
    klaviyoApiKey: () => secret(settings.klaviyoApiKeyEncrypted),
  };
}
