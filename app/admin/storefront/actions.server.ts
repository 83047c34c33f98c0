import { saveChatSettings } from "../../chat/settings.server";
import type { Db } from "../../db.server";
import type { FieldError } from "../../notifications/field-errors";
import { saveNotificationSettings } from "../../notifications/settings.server";
import type { storefrontEn } from "../locales/storefront.en";
import { brandingFromForm, chatSettingsFromForm } from "./form-input";

/** Why a save was refused: a key of the page's `storefront.errors` copy. */
export type StorefrontErrorCode = keyof (typeof storefrontEn)["errors"];
export type StorefrontIntent = "chat" | "branding";

/**
 * What a save answers. A refusal names each field it is about ("form" for the form as a whole), so the page
 * shows it under that field; nothing was written.
 */
export type StorefrontActionResult =
  | { ok: true; intent: StorefrontIntent }
  | { ok: false; intent: StorefrontIntent | null; errors: Record<string, StorefrontErrorCode> };

const CHAT_FIELDS = new Set<string>([
  "processingDays",
  "replyHours",
  "refundPolicyUrl",
  "refundPolicySummary",
  "llmBaseUrl",
  "llmModel",
  "llmApiKey",
]);
const BRANDING_FIELDS = new Set<string>(["brandAccentColor", "brandLogoUrl"]);

/**
 * The page's form posts, by `intent`: "chat" (the chat's settings) or "branding" (accent colour and logo,
 * a partial notification settings save). Each is validated whole and saved in one write, or not at all.
 */
export async function storefrontPageAction(
  db: Db,
  shopDomain: string,
  form: FormData,
  encryptionKey: Buffer | undefined,
): Promise<StorefrontActionResult> {
  const intent = form.get("intent");
  if (intent !== "chat" && intent !== "branding") {
    return { ok: false, intent: null, errors: { form: "invalid" } };
  }
  // The session's shop is installed; its row may not exist yet if nothing has arrived from it.
  const shop = await db.shop.upsert({
    where: { domain: shopDomain },
    create: { domain: shopDomain },
    update: {},
    select: { id: true },
  });
  if (intent === "chat") {
    const saved = await saveChatSettings(db, shop.id, chatSettingsFromForm(form), encryptionKey);
    return saved.ok ? { ok: true, intent } : refused(intent, saved.errors, chatError(encryptionKey));
  }
  const saved = await saveNotificationSettings(db, shop.id, brandingFromForm(form), encryptionKey);
  return saved.ok ? { ok: true, intent } : refused(intent, saved.errors, brandingError);
}

function refused(
  intent: StorefrontIntent,
  errors: FieldError[],
  code: (error: FieldError) => [field: string, code: StorefrontErrorCode],
): StorefrontActionResult {
  return { ok: false, intent, errors: Object.fromEntries(errors.map(code)) };
}

/** saveChatSettings' refusals: a field's own, the missing ENCRYPTION_KEY, or an LLM without what it needs. */
function chatError(encryptionKey: Buffer | undefined) {
  return (error: FieldError): [string, StorefrontErrorCode] => {
    if (error.field === "llmApiKey" && !encryptionKey) return ["llmApiKey", "noEncryptionKey"];
    if (error.field === "llmEnabled") return ["llmEnabled", "llmIncomplete"];
    const field = error.field.split(".")[0];
    return CHAT_FIELDS.has(field) ? [field, field as StorefrontErrorCode] : ["form", "invalid"];
  };
}

function brandingError(error: FieldError): [string, StorefrontErrorCode] {
  const field = error.field.split(".")[0];
  return BRANDING_FIELDS.has(field) ? [field, field as StorefrontErrorCode] : ["form", "invalid"];
}
