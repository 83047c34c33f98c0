import { MILESTONES } from "../../notifications/milestones";

/**
 * The notifications pages' forms as `saveNotificationSettings` input. Text goes on as typed (an empty
 * field is `null`, "cleared") and whole numbers become numbers, so the settings' own validation names a
 * bad field. Secrets are write-only: an empty field keeps the stored one, removing it is asked for apart.
 */

/**
 * The matrix: per milestone `rules.<M>.channels` ("whatsapp,sms,email", tried in that order) and
 * `rules.<M>.klaviyo` ("true"/"false"). Only milestones in the form change.
 */
export function rulesFromForm(form: FormData): { rules: Record<string, unknown> } {
  const rules: Record<string, unknown> = {};
  for (const milestone of MILESTONES) {
    const chain = form.get(`rules.${milestone}.channels`);
    if (typeof chain !== "string") continue;
    const klaviyo = form.get(`rules.${milestone}.klaviyo`);
    rules[milestone] = {
      channels: chain
        .split(",")
        .map((c) => c.trim())
        .filter(Boolean),
      klaviyo: klaviyo === null || klaviyo === "false" ? false : klaviyo === "true" ? true : klaviyo,
    };
  }
  return { rules };
}

export function limitsFromForm(form: FormData): Record<string, unknown> {
  return {
    quietHoursStart: wholeNumber(form.get("quietHoursStart")),
    quietHoursEnd: wholeNumber(form.get("quietHoursEnd")),
    maxPerShipmentPerDay: wholeNumber(form.get("maxPerShipmentPerDay")),
    stallDays: wholeNumber(form.get("stallDays")),
  };
}

export function emailFromForm(form: FormData): Record<string, unknown> {
  return {
    senderName: textOrNull(form.get("senderName")),
    senderEmail: textOrNull(form.get("senderEmail")),
    replyTo: textOrNull(form.get("replyTo")),
    ...secret(form, "smtpUrl", "removeSmtpUrl"),
  };
}

export function twilioFromForm(form: FormData): Record<string, unknown> {
  return {
    twilioAccountSid: textOrNull(form.get("twilioAccountSid")),
    smsFrom: textOrNull(form.get("smsFrom")),
    whatsappFrom: textOrNull(form.get("whatsappFrom")),
    ...secret(form, "twilioAuthToken", "removeTwilioAuthToken"),
  };
}

export function klaviyoFromForm(form: FormData): Record<string, unknown> {
  return secret(form, "klaviyoApiKey", "removeKlaviyoApiKey");
}

/** A write-only field: the typed value, `null` when its removal was asked for, nothing otherwise. */
function secret(form: FormData, name: string, remove: string): Record<string, string | null> {
  if (form.get(remove) === "true") return { [name]: null };
  const typed = textOrNull(form.get(name));
  return typed === null ? {} : { [name]: typed };
}

export function textOrNull(value: FormDataEntryValue | null): string | null {
  const text = typeof value === "string" ? value.trim() : "";
  return text === "" ? null : text;
}

/** "3" is 3; anything else stays text, for the settings' validation to refuse by name. */
function wholeNumber(value: FormDataEntryValue | null): number | string {
  const text = typeof value === "string" ? value.trim() : "";
  return /^\d{1,6}$/.test(text) ? Number(text) : text;
}
