import type { SendErrorCode } from "../../channels/send-error";
import type { Db } from "../../db.server";
import type { DispatchConfig } from "../../notifications/dispatch.server";
import {
  previewNotification,
  sendTestNotification,
  type TestSendResult,
} from "../../notifications/preview.server";
import { loadNotificationSettings } from "../../notifications/settings.server";
import {
  resetTemplate,
  saveTemplate,
  templateInUse,
  templateKeyInput,
} from "../../notifications/template-store.server";
import type { RenderedMessage } from "../../notifications/templates/index.server";
import type { notificationsEn } from "../locales/notifications.en";
import { parseTemplateChoice, templateLocale, type TemplateChoice } from "./model";
import { channelReadiness } from "./readiness.server";
import { ensureShop, findShop, noShop } from "./shop.server";
import { shownProblem, type ShownProblem } from "./template-problems";
import { templateVariables } from "./variables.server";

/** "SHIPPED:email:de": which wording a preview belongs to, so a late answer never shows under another. */
export const choiceKey = (c: TemplateChoice) => `${c.milestone}:${c.channel}:${c.locale}`;

/**
 * The template editor for the milestone, channel and language in the query: the wording in use (the
 * shop's own or the default), its preview with sample data, the variables it may use, and which
 * wordings the shop has made its own.
 */
export async function templateEditor(
  db: Db,
  shopDomain: string,
  query: URLSearchParams,
  deployment: DispatchConfig,
) {
  const shop = (await findShop(db, shopDomain)) ?? noShop(shopDomain);
  const choice = parseTemplateChoice(query, templateLocale(shop.primaryLocale));
  const [settings, inUse, edited] = await Promise.all([
    loadNotificationSettings(db, shop.id),
    templateInUse(db, shop.id, choice),
    db.notificationTemplate.findMany({
      where: { shopId: shop.id },
      select: { milestone: true, channel: true, locale: true },
    }),
  ]);
  const template =
    choice.channel === "email" ? { subject: inUse.subject ?? "", body: inUse.body } : { body: inUse.body };
  const preview = previewNotification({ ...choice, template: inUse.custom ? template : undefined }, settings);
  return {
    choice,
    key: choiceKey(choice),
    template: { subject: template.subject ?? null, body: template.body, custom: inUse.custom },
    preview: preview.ok ? preview.message : null,
    variables: templateVariables(choice.channel, choice.locale),
    edited: edited.map((t) => `${t.milestone}:${t.channel}:${t.locale}`),
    channelReady: channelReadiness(settings, shop, deployment)[choice.channel],
  };
}
export type TemplateEditorData = Awaited<ReturnType<typeof templateEditor>>;

/** Why a test send did not go: a key of the page's `testSend.errors` copy. */
export type TestSendCode = keyof (typeof notificationsEn)["testSend"]["errors"];

/** A live preview's answer, for the wording `key` names. */
export type TemplatePreviewResult =
  { key: string; ok: true; message: RenderedMessage } | { key: string; ok: false; problems: ShownProblem[] };

export type TemplateActionResult =
  | { intent: "save"; ok: true }
  | { intent: "save"; ok: false; problems: ShownProblem[] }
  | { intent: "reset"; ok: true }
  | { intent: "test"; ok: true; to: string }
  | { intent: "test"; ok: false; code: TestSendCode; detail: string; problems: ShownProblem[] }
  | { intent: null; ok: false };

/** The wording a post is about (milestone, channel, locale; subject for email, body), or null. */
function postedTemplate(form: FormData) {
  const key = templateKeyInput.safeParse({
    milestone: form.get("milestone"),
    channel: form.get("channel"),
    locale: form.get("locale"),
  });
  if (!key.success) return null;
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const choice = key.data;
  const template =
    choice.channel === "email" ? { subject: text("subject"), body: text("body") } : { body: text("body") };
  return { choice, template, text };
}

/**
 * Renders the wording in the editor, unsaved, with sample data and the shop's branding; nothing is
 * written. Problems come with their line, as a save would report them.
 */
export async function templatePreview(
  db: Db,
  shopDomain: string,
  form: FormData,
): Promise<TemplatePreviewResult | null> {
  const posted = postedTemplate(form);
  if (!posted) return null;
  const { choice, template } = posted;
  const shop = await findShop(db, shopDomain);
  const settings = await loadNotificationSettings(db, shop?.id ?? "");
  const preview = previewNotification({ ...choice, template }, settings);
  return preview.ok
    ? { key: choiceKey(choice), ok: true, message: preview.message }
    : { key: choiceKey(choice), ok: false, problems: preview.errors.map(shownProblem) };
}

/**
 * The editor's posts, by `intent`: "save" (the validated wording, or nothing), "reset" (back to the
 * default) and "test" (send the wording in the editor, saved or not, to the merchant's address through
 * the shop's channel settings).
 */
export async function templateAction(
  db: Db,
  shopDomain: string,
  form: FormData,
  config: DispatchConfig,
): Promise<TemplateActionResult> {
  const intent = form.get("intent");
  const posted = postedTemplate(form);
  if (!posted || (intent !== "save" && intent !== "reset" && intent !== "test")) {
    return { intent: null, ok: false };
  }
  const { choice, template, text } = posted;
  const shop = await ensureShop(db, shopDomain);
  if (intent === "save") {
    const saved = await saveTemplate(db, shop.id, { ...choice, ...template });
    return saved.ok ? { intent, ok: true } : { intent, ok: false, problems: saved.errors.map(shownProblem) };
  }
  if (intent === "reset") {
    await resetTemplate(db, shop.id, choice);
    return { intent, ok: true };
  }
  const to = text("to").trim();
  const sent = await sendTestNotification(db, config, shop, { ...choice, template, to });
  return sent.ok ? { intent, ok: true, to } : { intent, ok: false, ...testSendFailure(sent) };
}

function testSendFailure(result: Extract<TestSendResult, { ok: false }>) {
  const problems = (result.problems ?? []).map(shownProblem);
  const code = TEST_SEND_CODES[result.code] ?? sendFailure(result.sendErrorCode);
  return { code, detail: result.error, problems };
}

const TEST_SEND_CODES: Partial<Record<Extract<TestSendResult, { ok: false }>["code"], TestSendCode>> = {
  "invalid-template": "invalidTemplate",
  "invalid-email": "invalidEmail",
  "invalid-phone": "invalidPhone",
  "email-not-set-up": "emailNotSetUp",
  "twilio-not-set-up": "twilioNotSetUp",
};

function sendFailure(code: SendErrorCode | undefined): TestSendCode {
  switch (code) {
    case "auth":
      return "auth";
    case "connection":
    case "timeout":
    case "rate-limited":
    case "server-error":
      return "unreachable";
    case "invalid-recipient":
    case "not-whatsapp":
    case "unsubscribed":
    case "rejected":
      return "recipient";
    case "whatsapp-template-required":
      return "whatsappTemplate";
    case "configuration":
      return "configuration";
    default:
      return "failed";
  }
}
