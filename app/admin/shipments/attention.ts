import { NEEDS_ATTENTION, type ShipmentStatus } from "../../shipments/status";

export type ProblemKind = "EXCEPTION" | "DELAYED" | "ATTEMPTED_DELIVERY" | "LATE" | "STALLED";

export interface Problem {
  kind: ProblemKind;
  /** When the newest part of the problem began: a handling older than this was about something else. */
  since: Date;
  handled: boolean;
}

export interface ProblemFacts {
  status: ShipmentStatus;
  statusAt: Date | null;
  shippedAt: Date;
  lateSince: Date | null;
  stalledSince: Date | null;
  exceptionHandledAt: Date | null;
}

/**
 * What needs the merchant on a shipment that is not finished: a status that needs attention (carrier
 * exception, delay, failed attempt), lateness or silence. "Handled" is not a flag that ingest must
 * remember to clear: a handling counts when it is newer than the problem, so a parcel that goes wrong
 * again after the merchant dealt with it shows up again. Null when nothing is wrong (or it is over).
 */
export function openProblem(facts: ProblemFacts): Problem | null {
  if (facts.status === "DELIVERED" || facts.status === "CANCELLED") return null;
  const parts: Array<{ kind: ProblemKind; since: Date }> = [];
  if (NEEDS_ATTENTION.has(facts.status)) {
    parts.push({ kind: facts.status as ProblemKind, since: facts.statusAt ?? facts.shippedAt });
  }
  if (facts.lateSince) parts.push({ kind: "LATE", since: facts.lateSince });
  if (facts.stalledSince) parts.push({ kind: "STALLED", since: facts.stalledSince });
  if (!parts.length) return null;
  // The carrier's own word describes it best; the newest start decides whether it was handled.
  const since = new Date(Math.max(...parts.map((p) => p.since.getTime())));
  return {
    kind: parts[0].kind,
    since,
    handled: facts.exceptionHandledAt !== null && facts.exceptionHandledAt >= since,
  };
}
