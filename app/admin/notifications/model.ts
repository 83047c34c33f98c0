import {
  LOCALES,
  MILESTONES,
  type Channel,
  type Locale,
  type MessageChannel,
  type Milestone,
} from "../../notifications/milestones";

/** The channels a milestone's fallback chain can hold, as the matrix shows them. */
export const SHOPPER_CHANNELS = ["email", "sms", "whatsapp"] as const satisfies readonly MessageChannel[];

/**
 * Milestones Shopify's own customer notifications also cover (Shipping confirmation, Shipping update,
 * Out for delivery, Delivered): while Parcelwise sends any of them, customers get two of each.
 */
export const SHOPIFY_COVERED: readonly Milestone[] = [
  "SHIPPED",
  "IN_TRANSIT",
  "OUT_FOR_DELIVERY",
  "DELIVERED",
];

/** Shopify admin's notification settings; App Bridge opens `shopify://admin/…` links in the admin. */
export const SHOPIFY_NOTIFICATION_SETTINGS = "shopify://admin/settings/notifications";

/** Whether each channel can send for this shop now, as the dispatcher would see it. */
export type Readiness = Record<Channel, boolean>;

/** The wording the template editor has open. */
export interface TemplateChoice {
  milestone: Milestone;
  channel: MessageChannel;
  locale: Locale;
}

export const NOTIFICATIONS_PATH = "/app/notifications";

/**
 * The template editor for one milestone, channel and language: a stable, linkable URL,
 * `/app/notifications/templates?milestone=SHIPPED&channel=email&language=de`. The language is not called
 * `locale`: Shopify adds `locale` (the merchant's admin language) to the URL it loads an embedded app with.
 */
export function templateEditorUrl(choice: TemplateChoice): string {
  const query = new URLSearchParams({
    milestone: choice.milestone,
    channel: choice.channel,
    language: choice.locale,
  });
  return `${NOTIFICATIONS_PATH}/templates?${query}`;
}

/** The editor's choice from its query string; unknown values fall back to safe defaults. */
export function parseTemplateChoice(query: URLSearchParams, fallbackLocale: Locale = "en"): TemplateChoice {
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = query.get(name);
    return typeof value === "string" && (allowed as readonly string[]).includes(value)
      ? (value as T)
      : fallback;
  };
  return {
    milestone: pick("milestone", MILESTONES, "SHIPPED"),
    channel: pick("channel", SHOPPER_CHANNELS, "email"),
    locale: pick("language", LOCALES, fallbackLocale),
  };
}

/** Every order the given channels can be tried in, the given order first (at most 3! = 6). */
export function chainOrders(chain: readonly MessageChannel[]): MessageChannel[][] {
  if (chain.length <= 1) return [[...chain]];
  const orders: MessageChannel[][] = [];
  for (const [i, first] of chain.entries()) {
    const rest = [...chain.slice(0, i), ...chain.slice(i + 1)];
    for (const tail of chainOrders(rest)) orders.push([first, ...tail]);
  }
  return orders;
}

/** A shop's own language when templates ship in it, for the editor's first choice. */
export function templateLocale(primaryLocale: string | null | undefined): Locale {
  const language = primaryLocale?.slice(0, 2).toLowerCase();
  return (LOCALES as readonly string[]).includes(language ?? "") ? (language as Locale) : "en";
}

/** The outbox states the activity log shows and filters by. */
export const LOG_STATUSES = ["SENT", "PENDING", "FAILED", "SKIPPED"] as const;
export type LogStatus = (typeof LOG_STATUSES)[number];

export function isLogStatus(value: string | null): value is LogStatus {
  return (LOG_STATUSES as readonly (string | null)[]).includes(value);
}
