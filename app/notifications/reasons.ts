import type { ShipmentStatus } from "../shipments/status";

/**
 * Every reason the outbox records for a message it skipped or held back: a stable code (stored in
 * `Notification.reasonCode`), its parameters (`reasonParams`, JSON) and the English sentence for logs and
 * support (`skipReason` / `lastError`). The dispatcher only writes reasons built here, so the code and the
 * sentence cannot say different things; the admin translates the code (app/admin/notifications/reasons.ts,
 * which must name every code here or the typecheck fails). Codes are stored: rename one only with a
 * migration that rewrites the rows.
 */
export const REASONS = {
  UNINSTALLED: () => "The app was uninstalled",
  ORDER_MISSING: () => "The order never arrived from Shopify",
  WAITING_FOR_ORDER: () => "Waiting for the order",
  ERASED: () => "The customer's data was erased on request",
  KLAVIYO_NOT_CONNECTED: () => "Klaviyo is not connected",
  NO_CONTACT: () => "The order has no email address or phone number",
  NO_EMAIL: () => "The order has no email address",
  NO_MOBILE: () => "The order has no valid mobile number",
  UNSUBSCRIBED: () => "The shopper unsubscribed",
  CHANNEL_NOT_SET_UP: (p: { channel: "sms" | "whatsapp" }) =>
    `${p.channel === "sms" ? "SMS" : "WhatsApp"} is not set up`,
  QUIET_HOURS: (p: { zone: string }) => `Quiet hours in ${p.zone}`,
  FREQUENCY_CAP: (p: { count: number }) => `Frequency cap: ${p.count} messages for this shipment in 24 hours`,
  SHIPMENT_GONE: () => "The shipment no longer exists",
  CANCELLED: () => "The shipment was cancelled",
  DELIVERED_SINCE: () => "The parcel was delivered since",
  MOVED_ON: (p: { status: ShipmentStatus }) =>
    `The parcel moved on (now ${p.status.toLowerCase().replaceAll("_", " ")})`,
  NO_LONGER_LATE: () => "The parcel is no longer late",
  MOVED_AGAIN: () => "The parcel moved again",
  ESTIMATE_CHANGED: () => "The estimate changed again",
} as const satisfies Record<string, (params: never) => string>;

export type ReasonCode = keyof typeof REASONS;

/** What a reason's sentence is built from: `{}` for the fixed ones. */
export type ReasonParams<C extends ReasonCode> =
  Parameters<(typeof REASONS)[C]> extends [infer P] ? P : Record<string, never>;

/** A reason as stored: its code with that code's parameters (a union discriminated by `code`). */
export type StoredReason = { [C in ReasonCode]: { code: C; params: ReasonParams<C> } }[ReasonCode];

/** A reason as the dispatcher records it: the stored reason and its English sentence. */
export type Reason = StoredReason & { text: string };

export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === "string" && Object.hasOwn(REASONS, value);
}

/** `reason("QUIET_HOURS", { zone })`: the code, its parameters and the sentence, from one place. */
export function reason<C extends ReasonCode>(code: C, ...args: Parameters<(typeof REASONS)[C]>): Reason {
  const params = (args[0] ?? {}) as ReasonParams<C>;
  const text = (REASONS[code] as (p: ReasonParams<C>) => string)(params);
  return { code, params, text } as Reason;
}

/** The columns that record a reason beside its sentence; parameters stay null for the fixed ones. */
export function reasonColumns(r: StoredReason | null): {
  reasonCode: string | null;
  reasonParams: string | null;
} {
  if (!r) return { reasonCode: null, reasonParams: null };
  return {
    reasonCode: r.code,
    reasonParams: Object.keys(r.params).length ? JSON.stringify(r.params) : null,
  };
}

/**
 * A row's reason back from its columns. Null when the row has none (written before codes were, or a
 * provider's error) or a code this version does not know (a newer worker's): the sentence is shown then.
 */
export function storedReason(
  code: string | null | undefined,
  params: string | null | undefined,
): StoredReason | null {
  if (!isReasonCode(code)) return null;
  let parsed: unknown = {};
  try {
    parsed = params ? JSON.parse(params) : {};
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
  return { code, params: parsed } as StoredReason;
}
