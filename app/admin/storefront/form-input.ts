/**
 * The page's forms as the settings functions' input. Text is passed on as typed (an empty field is `null`,
 * "cleared"), so the settings' own validation names a bad field; whole numbers become numbers.
 */

/** The chat form: every field, the API key only when one was typed or its removal asked for. */
export function chatSettingsFromForm(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {
    processingDays: wholeNumber(form.get("processingDays")),
    replyHours: wholeNumber(form.get("replyHours")),
    refundPolicyUrl: textOrNull(form.get("refundPolicyUrl")),
    refundPolicySummary: textOrNull(form.get("refundPolicySummary")),
    llmEnabled: form.get("llmEnabled") === "true",
    llmBaseUrl: textOrNull(form.get("llmBaseUrl")),
    llmModel: textOrNull(form.get("llmModel")),
  };
  // Write-only: the stored key is never sent to the page, so an empty field keeps it.
  const key = textOrNull(form.get("llmApiKey"));
  if (form.get("removeLlmApiKey") === "true") input.llmApiKey = null;
  else if (key !== null) input.llmApiKey = key;
  return input;
}

/** The branding form, as a partial notification settings input (nothing else there changes). */
export function brandingFromForm(form: FormData): Record<string, unknown> {
  return {
    brandAccentColor: textOrNull(form.get("brandAccentColor")),
    brandLogoUrl: textOrNull(form.get("brandLogoUrl")),
  };
}

function textOrNull(value: FormDataEntryValue | null): string | null {
  const text = typeof value === "string" ? value.trim() : "";
  return text === "" ? null : text;
}

/** "3" is 3; anything else stays text, for the settings' validation to refuse by name. */
function wholeNumber(value: FormDataEntryValue | null): number | string {
  const text = typeof value === "string" ? value.trim() : "";
  return /^\d{1,6}$/.test(text) ? Number(text) : text;
}
