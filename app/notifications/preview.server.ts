import { channelSetup } from "./channel-setup.server";
import { SendError, type SendErrorCode } from "../channels/send-error";
import type { Db } from "../db.server";
import { deliver, providerSenders, type Envelope } from "./deliver.server";
import type { DispatchConfig } from "./dispatch.server";
import type { Locale, MessageChannel, Milestone } from "./milestones";
import { toE164 } from "./phone";
import { loadNotificationSettings, type NotificationSettingsView } from "./settings.server";
import {
  renderMessage,
  sampleVariables,
  validateTemplate,
  type RenderedMessage,
  type TemplateProblem,
} from "./templates/index.server";

export interface PreviewInput {
  milestone: Milestone;
  channel: MessageChannel;
  locale: Locale;
  /** Unsaved wording from the editor; the default when absent. */
  template?: { subject?: string; body: string };
}

export type PreviewResult = { ok: true; message: RenderedMessage } | { ok: false; errors: TemplateProblem[] };

/** Renders a message with sample data, as the shopper would see it, with the shop's branding. */
export function previewNotification(input: PreviewInput, settings?: NotificationSettingsView): PreviewResult {
  if (input.template) {
    const checked = validateTemplate({ channel: input.channel, ...input.template });
    if (!checked.ok) return checked;
  }
  const message = renderMessage({
    ...input,
    variables: sampleVariables(input.locale),
    brand: {
      accentColor: settings?.brandAccentColor ?? undefined,
      logoUrl: settings?.brandLogoUrl ?? undefined,
    },
  });
  return { ok: true, message };
}

/**
 * Why a test send did not go, for the admin to say in the merchant's language: the template is broken
 * (`problems` says where), the address or number is not one, the channel is not set up, or the provider
 * refused (`sendErrorCode` says how). `error` is the same in English, for logs and the API.
 */
export type TestSendErrorCode =
  | "invalid-template"
  | "invalid-email"
  | "invalid-phone"
  | "email-not-set-up"
  | "twilio-not-set-up"
  | "send-failed";

export type TestSendResult =
  | { ok: true; providerMessageId: string }
  | {
      ok: false;
      error: string;
      code: TestSendErrorCode;
      problems?: TemplateProblem[];
      sendErrorCode?: SendErrorCode;
    };

/**
 * Sends a sample message to an address the merchant gives, through the shop's own channel settings, at
 * once and outside the outbox (nothing is recorded against a shipment). The answer says what went wrong
 * in words a merchant can act on.
 */
export async function sendTestNotification(
  db: Db,
  config: DispatchConfig,
  shop: { id: string; domain: string; name: string | null; email: string | null },
  input: PreviewInput & { to: string },
): Promise<TestSendResult> {
  const settings = await loadNotificationSettings(db, shop.id);
  const preview = previewNotification(input, settings);
  if (!preview.ok) {
    const error = preview.errors.map((e) => e.message).join("; ");
    return { ok: false, error, code: "invalid-template", problems: preview.errors };
  }
  const channels = channelSetup(settings, shop, config);
  const { message } = preview;

  let envelope: Envelope;
  if (input.channel === "email") {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.to))
      return { ok: false, error: "Enter a valid email address", code: "invalid-email" };
    if (!channels.email.smtpUrl) {
      return {
        ok: false,
        error: "No mail server: add your own SMTP server in the channel settings",
        code: "email-not-set-up",
      };
    }
    envelope = {
      channel: "email",
      smtpUrl: channels.email.smtpUrl,
      message: {
        messageId: `<test-${Date.now()}-${Math.random().toString(36).slice(2)}@${config.emailFrom.split("@")[1]}>`,
        from: channels.email.from,
        replyTo: channels.email.replyTo,
        to: input.to,
        subject: `[Test] ${message.subject ?? ""}`,
        text: message.text,
        html: message.html ?? "",
        unsubscribeUrl: `${config.appUrl.replace(/\/$/, "")}/`,
        language: input.locale,
      },
    };
  } else {
    const phone = toE164(input.to, null);
    if (!phone) {
      return {
        ok: false,
        error: "Enter a phone number in international format, e.g. +14155550100",
        code: "invalid-phone",
      };
    }
    const twilio = channels.twilio(input.channel);
    if (!twilio) {
      return { ok: false, error: "Add your Twilio account and sender first", code: "twilio-not-set-up" };
    }
    envelope = {
      channel: input.channel,
      account: twilio.account,
      message: {
        channel: input.channel,
        to: phone,
        body: message.text,
        ...twilio.sender,
      },
    };
  }
  try {
    const sent = await deliver(config.senders ?? providerSenders, envelope);
    return { ok: true, providerMessageId: sent.providerMessageId };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      code: "send-failed",
      sendErrorCode: error instanceof SendError ? error.code : undefined,
    };
  }
}
