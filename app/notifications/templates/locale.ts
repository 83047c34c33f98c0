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

/**
 * An estimate as a shopper reads it: one day ("Thursday, November 26"), or a range when its last day is
 * another day ("Thursday, November 26 – Saturday, November 28"; Intl's own range pattern per language).
 */
export function formatDeliveryRange(
  earliest: Date | null,
  latest: Date | null | undefined,
  locale: Locale,
  timeZone: string,
): string {
  const first = formatDeliveryDate(earliest, locale, timeZone);
  const last = latest ? formatDeliveryDate(latest, locale, timeZone) : "";
  if (!first || !last || first === last || latest!.getTime() < earliest!.getTime()) return first;
  const options: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
  } catch {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
  }
  const range = format.formatRange(earliest!, latest!);
  return locale === "es" ? range.replaceAll(",", "") : range;
}
