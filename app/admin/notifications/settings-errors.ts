import type { FieldError } from "../../notifications/field-errors";
import { MAX_STALL_DAYS, MIN_STALL_DAYS } from "../../notifications/check-at";
import type { SettingsErrorCode, SettingsErrors } from "./errors";

/** The settings' fields and what the page says when one is refused. */
const FIELD_CODES: Record<string, SettingsErrorCode> = {
  quietHoursStart: "hour",
  quietHoursEnd: "hour",
  maxPerShipmentPerDay: "cap",
  stallDays: "stallDays",
  senderName: "senderName",
  senderEmail: "email",
  replyTo: "email",
  smtpUrl: "smtpUrl",
  twilioAccountSid: "accountSid",
  twilioAuthToken: "authToken",
  smsFrom: "smsFrom",
  whatsappFrom: "phone",
  klaviyoApiKey: "klaviyoKey",
};

/**
 * `saveNotificationSettings`' refusals (English zod messages by field) as codes the page translates,
 * under the field they are about: a matrix row is `rules.<MILESTONE>`; anything else is the form's.
 */
export function settingsErrors(errors: FieldError[]): SettingsErrors {
  const out: SettingsErrors = {};
  for (const error of errors) {
    const [head, milestone] = error.field.split(".");
    if (head === "settings" && /ENCRYPTION_KEY/.test(error.message)) {
      out.form = { code: "noEncryptionKey" };
    } else if (head === "rules" && milestone) {
      // rules.ts words its one refinement "a channel appears twice"; anything else is a malformed row.
      out[`rules.${milestone}`] ??= { code: /twice/.test(error.message) ? "chain" : "rule" };
    } else if (FIELD_CODES[head]) {
      out[head] ??= {
        code: FIELD_CODES[head],
        params: head === "stallDays" ? { min: MIN_STALL_DAYS, max: MAX_STALL_DAYS } : undefined,
      };
    } else {
      out.form ??= { code: "invalid" };
    }
  }
  return out;
}
