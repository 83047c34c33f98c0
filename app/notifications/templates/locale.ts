import { LOCALES, type Locale } from "../milestones";

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** "de-CH", "de_CH", "DE" → "de"; null when the language has no templates ("pt-BR"). */
function supported(tag: string | null | undefined): Locale | null {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return isLocale(language) ? language : null;
}

/**
 * The language to write to a shopper in: the locale they ordered in first (Shopify's
 * `customer_locale`), then the shop's primary locale, then English. Regional variants use the language's
 * templates, so "fr-CA" reads French rather than falling back.
 */
export function resolveLocale(customerLocale?: string | null, shopLocale?: string | null): Locale {
  return supported(customerLocale) ?? supported(shopLocale) ?? "en";
}

/**
 * A delivery date as a shopper reads it in running text: "Thursday, November 26", "Donnerstag,
 * 26. November", "jeudi 26 novembre". No year: estimates are days away. "" for null or an invalid date.
 * `timeZone` is the shopper's (or the shop's); an unknown zone falls back to UTC rather than failing a send.
 */
export function formatDeliveryDate(date: Date | null, locale: Locale, timeZone: string): string {
  if (!date || Number.isNaN(date.getTime())) return "";
  const options: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" };
  let formatted: string;
  try {
    formatted = new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
  } catch {
    formatted = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(date);
  }
  // CLDR writes "jueves, 26 de noviembre"; inside a Spanish sentence the comma reads wrong.
  return locale === "es" ? formatted.replace(",", "") : formatted;
}
