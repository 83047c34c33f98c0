import type { MessageChannel, Locale } from "../../notifications/milestones";
import { sampleVariables } from "../../notifications/templates/index.server";
import { variablePaths } from "../../notifications/templates/variable-paths";

/** One variable the editor offers: what to insert, and the sample value the preview uses. */
export interface TemplateVariable {
  path: string;
  /** The Liquid to insert: an output tag, or for a list a loop over it. */
  insert: string;
  /** The sample's value in the editor's language; "" for a list. */
  sample: string;
  list: boolean;
}

/** Only in emails: SMS and WhatsApp have no unsubscribe page (a STOP reply does it). */
const EMAIL_ONLY = new Set(["unsubscribe_url"]);

const ITEMS_LOOP = "{% for item in items %}\n{{ item.quantity }} × {{ item.title }}\n{% endfor %}";

/**
 * The variables a template can use: the documented `MessageVariables` shape, read from the sample data
 * validation checks against, so the list cannot drift from what a template may use.
 */
export function templateVariables(channel: MessageChannel, locale: Locale): TemplateVariable[] {
  const sample = sampleVariables(locale);
  return variablePaths(sample)
    .filter((path) => channel === "email" || !EMAIL_ONLY.has(path))
    .map((path) => {
      const value = path
        .split(".")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], sample);
      return Array.isArray(value)
        ? { path, insert: ITEMS_LOOP, sample: "", list: true }
        : { path, insert: `{{ ${path} }}`, sample: String(value), list: false };
    });
}
