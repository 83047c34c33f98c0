import type { Locale, MessageChannel, Milestone } from "../../milestones";
import type { LocaleDefaults, MessageTemplate } from "../types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";

/** The copy every language ships with; `satisfies` makes a missing language a type error. */
export const DEFAULTS = { en, de, fr, es, it, nl } satisfies Record<Locale, LocaleDefaults>;

/** The built-in template for a milestone on a channel, used when the merchant has not written one. */
export function defaultTemplate(
  milestone: Milestone,
  channel: MessageChannel,
  locale: Locale,
): MessageTemplate {
  const defaults = DEFAULTS[locale];
  return channel === "email" ? { ...defaults.email[milestone] } : { body: defaults.short[milestone] };
}
