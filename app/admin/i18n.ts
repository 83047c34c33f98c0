import { useRouteLoaderData } from "@remix-run/react";
import { de } from "./locales/de";
import { en, type AdminMessages } from "./locales/en";

/**
 * The embedded admin's language: the merchant's Shopify admin locale, which Shopify passes as `locale` when
 * it loads the app (e.g. "de", "de-CH"). The app layout (routes/app.tsx) reads it once per document load and
 * every page takes its copy from there with `useAdminI18n()`; languages without admin copy get English.
 */
export const ADMIN_LOCALES = ["en", "de"] as const;
export type AdminLocale = (typeof ADMIN_LOCALES)[number];

const MESSAGES: Record<AdminLocale, AdminMessages> = { en, de };

export function adminLocale(tag: string | null | undefined): AdminLocale {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return (ADMIN_LOCALES as readonly string[]).includes(language) ? (language as AdminLocale) : "en";
}

export function adminMessages(locale: AdminLocale): AdminMessages {
  return MESSAGES[locale];
}

/** Dotted paths to the strings of AdminMessages ("nav.home"). */
type Paths<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type AdminKey = Paths<AdminMessages>;

/** A string by key with {placeholders} filled; a missing key shows the key (and fails the i18n test). */
export function translate(
  messages: AdminMessages,
  key: AdminKey,
  vars: Record<string, string | number> = {},
) {
  const value = key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  const text = typeof value === "string" ? value : key;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** The admin's language and `t`, from the app layout's loader. */
export function useAdminI18n() {
  const data = useRouteLoaderData<{ locale: AdminLocale }>("routes/app");
  const locale = data?.locale ?? "en";
  const messages = MESSAGES[locale];
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return {
    locale,
    t: (key: AdminKey, vars?: Record<string, string | number>) => translate(messages, key, vars),
    formatDate: (iso: string | null | undefined) => (iso ? dateFormat.format(new Date(iso)) : "—"),
    formatNumber: (n: number) => new Intl.NumberFormat(locale).format(n),
  };
}
