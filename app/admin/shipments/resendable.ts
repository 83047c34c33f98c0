import { baseOccurrence, MILESTONES, type Milestone } from "../../notifications/milestones";
import { outdatedBecause } from "../../notifications/staleness";
import type { ShipmentStatus } from "../../shipments/status";

/** Channels a merchant can resend on: those that carry a message to the shopper (not Klaviyo). */
export const RESEND_CHANNELS = ["email", "sms", "whatsapp"] as const;
export type ResendChannel = (typeof RESEND_CHANNELS)[number];

export interface ResendFacts {
  status: ShipmentStatus;
  estimatedDeliveryAt: Date | null;
  lateSince: Date | null;
  stalledSince: Date | null;
  /** The shipment's outbox rows (milestone and occurrence are enough). */
  notifications: Array<{ milestone: string; occurrence: string }>;
}

/**
 * The messages that are true of the shipment now, so sending one again tells the shopper nothing
 * wrong: the dispatcher's own staleness rule (a parcel that moved on, an estimate that changed again),
 * plus what it cannot know from a queued row — "delivered" only once delivered, a "new delivery date"
 * only for the date it was recorded for. The dispatcher checks again when the message goes out.
 */
export function resendableMilestones(facts: ResendFacts): Milestone[] {
  return MILESTONES.filter((milestone) => {
    const occurrence = occurrenceFor(milestone, facts);
    if (occurrence === null) return false;
    if (milestone === "DELIVERED" && facts.status !== "DELIVERED") return false;
    return outdatedBecause(milestone, occurrence, facts) === null;
  });
}

/**
 * The occurrence a resend of `milestone` repeats: "" for once-per-shipment milestones; the current
 * estimate's date for NEW_ESTIMATE when that estimate was announced (null otherwise: nothing to repeat).
 */
export function occurrenceFor(milestone: Milestone, facts: ResendFacts): string | null {
  if (milestone !== "NEW_ESTIMATE") return "";
  const date = facts.estimatedDeliveryAt?.toISOString().slice(0, 10);
  const announced = facts.notifications.some(
    (n) => n.milestone === "NEW_ESTIMATE" && baseOccurrence(n.occurrence) === date,
  );
  return date && announced ? date : null;
}

export function isResendChannel(value: unknown): value is ResendChannel {
  return typeof value === "string" && (RESEND_CHANNELS as readonly string[]).includes(value);
}
