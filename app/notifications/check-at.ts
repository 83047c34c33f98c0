import type { EstimateSource } from "../estimates/source";
import type { ShipmentStatus } from "../shipments/status";
import { wallClock } from "./shopper-time";

const DAY_MS = 86_400_000;
/** The shortest stall period a shop can set; ingest schedules with it, detection applies the shop's own. */
export const MIN_STALL_DAYS = 1;
export const MAX_STALL_DAYS = 30;

/**
 * Statuses in which a parcel should be moving, so lateness and silence mean something. Not a parcel
 * waiting at a pickup point (quiet by design, the shopper was told to fetch it), nor one in exception
 * (returned, lost: the shopper was told, the merchant acts), nor a finished one.
 */
const WATCHED: ReadonlySet<ShipmentStatus> = new Set([
  "PENDING",
  "IN_TRANSIT",
  "DELAYED",
  "OUT_FOR_DELIVERY",
  "ATTEMPTED_DELIVERY",
]);

export function isWatched(status: ShipmentStatus): boolean {
  return WATCHED.has(status);
}

export interface CheckFacts {
  status: ShipmentStatus;
  hasTracking: boolean;
  /** The day lateness is judged on (lateReference below). */
  estimatedDeliveryAt: Date | null;
  /** A learned estimate's first-scan deadline (Shipment.scanDueAt): no scan by the end of that day is late. */
  scanDueAt?: Date | null;
  lateSince: Date | null;
  stalledSince: Date | null;
  /** The last sign of life: the newest tracking event, else the moment it shipped. */
  lastActivityAt: Date;
}

/** What decides which day of an estimate lateness is judged on. */
export interface EstimateFacts {
  estimatedDeliveryAt: Date | null;
  estimatedDeliveryLatestAt: Date | null;
  estimateSource: string | null;
  merchantEstimateAt: Date | null;
}

/**
 * A learned range (app/estimates) — not one the merchant has given since, which the exceptions inbox
 * writes without touching the source.
 */
export function isLearned(facts: EstimateFacts): boolean {
  return facts.estimateSource === ("LEARNED" satisfies EstimateSource) && !facts.merchantEstimateAt;
}

/**
 * The day lateness is judged on. A learned range's last day: its end is the day by which nine in ten of
 * the lane's parcels arrived, its first day only one in ten, so judging on the first would call most
 * parcels late. A carrier's or merchant's estimate: its first day, as before (docs/decisions/0014).
 */
export function lateReference(facts: EstimateFacts): Date | null {
  return isLearned(facts)
    ? (facts.estimatedDeliveryLatestAt ?? facts.estimatedDeliveryAt)
    : facts.estimatedDeliveryAt;
}

/**
 * The earliest moment delay or stall detection could have something to say about a shipment, or null
 * when nothing can become late (delivered, cancelled, both already flagged, nothing to track). Written
 * to Shipment.checkAt, an indexed column, so a detection pass reads only the shipments that are due.
 * It may be early (detection then pushes it to the exact time with the shop's settings), never late.
 */
export function nextCheckAt(facts: CheckFacts): Date | null {
  if (!isWatched(facts.status) || !facts.hasTracking) return null;
  const candidates: number[] = [];
  if (facts.estimatedDeliveryAt && !facts.lateSince) candidates.push(facts.estimatedDeliveryAt.getTime());
  if (facts.scanDueAt && !facts.lateSince) candidates.push(facts.scanDueAt.getTime());
  if (!facts.stalledSince) candidates.push(facts.lastActivityAt.getTime() + MIN_STALL_DAYS * DAY_MS);
  return candidates.length ? new Date(Math.min(...candidates)) : null;
}

/** When a shipment counts as late: the end of its estimated day in the shop's time zone has passed. */
export function lateAfter(estimatedDeliveryAt: Date, timeZone: string): Date {
  return endOfLocalDay(estimatedDeliveryAt, timeZone);
}

export function stalledAfter(lastActivityAt: Date, stallDays: number): Date {
  return new Date(lastActivityAt.getTime() + stallDays * DAY_MS);
}

/** The last millisecond of `at`'s calendar day in `timeZone`. */
function endOfLocalDay(at: Date, timeZone: string): Date {
  const { hour, minute, second } = wallClock(at.getTime(), timeZone);
  const sinceMidnight = ((hour * 60 + minute) * 60 + second) * 1000 + at.getMilliseconds();
  // Within a day the zone's offset rarely changes; a DST switch that night makes this an hour off at most.
  return new Date(at.getTime() - sinceMidnight + DAY_MS - 1);
}
