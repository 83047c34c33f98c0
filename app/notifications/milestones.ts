/**
 * What a shopper can be told about a shipment. A milestone is sent at most once per shipment and channel
 * (NEW_ESTIMATE once per new date): the outbox row's unique key says so.
 */
export const MILESTONES = [
  "SHIPPED",
  "IN_TRANSIT",
  "OUT_FOR_DELIVERY",
  "ATTEMPTED_DELIVERY",
  "READY_FOR_PICKUP",
  "DELIVERED",
  "EXCEPTION",
  "DELAYED",
  "STALLED",
  "NEW_ESTIMATE",
] as const;
export type Milestone = (typeof MILESTONES)[number];

export function isMilestone(value: string): value is Milestone {
  return (MILESTONES as readonly string[]).includes(value);
}

/**
 * A resend the merchant asked for (record.server.ts, queueResend) keeps the milestone's occurrence and
 * adds a mark of its own, "<occurrence>#resend-<ms>", so the outbox's unique key takes it as a new row.
 */
const RESEND_MARK = "#resend-";

export function resendOccurrence(occurrence: string, at: Date): string {
  return `${occurrence}${RESEND_MARK}${at.getTime()}`;
}

export function isResend(occurrence: string): boolean {
  return occurrence.includes(RESEND_MARK);
}

/** The milestone's own occurrence ("" or NEW_ESTIMATE's date), without a resend's mark. */
export function baseOccurrence(occurrence: string): string {
  const at = occurrence.indexOf(RESEND_MARK);
  return at < 0 ? occurrence : occurrence.slice(0, at);
}

/** Where a milestone can go. email, sms and whatsapp reach the shopper; klaviyo feeds the merchant's flows. */
export const CHANNELS = ["email", "sms", "whatsapp", "klaviyo"] as const;
export type Channel = (typeof CHANNELS)[number];
/** Channels that carry a message written from a template. */
export type MessageChannel = Exclude<Channel, "klaviyo">;

/** Languages the default templates ship in; anything else falls back to the shop's, then English. */
export const LOCALES = ["en", "de", "fr", "es", "it", "nl"] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The variables every template can use. Always complete: a value the shop does not have is an empty
 * string (or an empty list), so a template that passed validation cannot fail on a real shipment.
 */
export interface MessageVariables {
  shop: { name: string; email: string; url: string };
  customer: { first_name: string; last_name: string; name: string };
  order: { name: string };
  items: Array<{ title: string; variant_title: string; quantity: number }>;
  shipment: {
    /** The status in the message's language, e.g. "Out for delivery" / "In Zustellung". */
    status: string;
    carrier: string;
    tracking_number: string;
    /** The carrier's own tracking page. */
    tracking_url: string;
    destination_city: string;
    destination_country: string;
  };
  /** The shop's tracking page for this order, opened with a signed token (no email needed). */
  tracking_page_url: string;
  /** Dates formatted for the message's language and the shopper's time zone; "" when unknown. */
  estimated_delivery: string;
  previous_estimated_delivery: string;
  /** The carrier's words for a delay or exception, or ""; for STALLED, how long it has been quiet. */
  delay_reason: string;
  /** Email only ("" elsewhere): the one-click unsubscribe page. */
  unsubscribe_url: string;
}
