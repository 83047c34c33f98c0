import type { Channel } from "../../notifications/milestones";
import type { exceptionsEn } from "../locales/exceptions.en";
import type { Resolution } from "../shipments/action-result";

/** Why an inbox action was refused: a key of `exceptions.errors`, so every refusal has words. */
export type InboxErrorCode = keyof (typeof exceptionsEn)["errors"];

/** What the merchant can pick when resolving a row; NOTIFIED is the new estimate's own. */
export const MANUAL_RESOLUTIONS = [
  "RESHIPPED",
  "REFUNDED",
  "HANDLED",
] as const satisfies readonly Resolution[];

/** A new estimate may be at most this many days ahead: further out it is a guess, not an estimate. */
export const MAX_ESTIMATE_DAYS = 60;

/**
 * Why no message went out for a saved new estimate: the shop's rules send nothing for NEW_ESTIMATE
 * (Notifications settings), the app is not sending for the shop (uninstalled), or the same date was
 * already announced (the outbox holds one message per date and channel).
 */
export type NotSentReason = "ruleOff" | "notSending" | "alreadyAnnounced";

export type InboxActionResult =
  | {
      ok: true;
      intent: "estimate";
      shipmentId: string;
      /** The order's name, for the confirmation. */
      orderName: string | null;
      /** Where the NEW_ESTIMATE message was queued; empty when nothing went out. */
      channels: Channel[];
      notSent: NotSentReason | null;
    }
  | { ok: true; intent: "resolve"; shipmentId: string; orderName: string | null; resolution: Resolution }
  | {
      ok: false;
      intent: string;
      shipmentId: string | null;
      errors: Partial<Record<"earliest" | "latest" | "note" | "resolution" | "form", InboxErrorCode>>;
    };

export type InboxRefusal = Extract<InboxActionResult, { ok: false }>;
