import { countryCode, regionOf } from "./regions";

/**
 * The statistics a shop keeps (LaneStat rows), one per key. A lane is carrier × origin × destination
 * country; when it is thin, the estimate leans on wider groups of the same shop's deliveries:
 *
 *   all → scope (domestic | international) → zone (destination region, any carrier)
 *       → carrier × zone → lane (carrier × origin × destination) → lane × weekday shipped
 *
 * The last level exists because carriers pick up on fewer days than they deliver: with one that delivers
 * on Saturdays, a parcel shipped on Friday evening waits for Monday's pickup, one shipped on Tuesday
 * does not.
 * Domestic parcels skip the zone levels (their zone is the lane's own country). `carrier:<name>` rows
 * are not in that chain: they hold the carrier's delivery weekdays and its time to a first scan.
 */
export const ALL = "all";

export interface LaneFacts {
  /** Normalized (carrier-name.ts); "" when unknown. */
  carrier: string;
  /** The shop's country; null when not known yet. */
  origin: string | null;
  destination: string | null;
  /** Weekday of the shipping day (0 = Sunday), for the last level; omitted: the chain ends at the lane. */
  weekday?: number;
}

/** "domestic", the destination's region, or null without a destination. */
export function zoneOf(origin: string | null, destination: string | null): string | null {
  const dest = countryCode(destination);
  if (!dest) return null;
  return origin && dest === countryCode(origin) ? "domestic" : regionOf(dest);
}

export const carrierKey = (carrier: string) => `carrier:${carrier}`;

/** Keys from the most general to the most specific: the order in which the estimate is refined. */
export function transitChain(facts: LaneFacts): string[] {
  const origin = countryCode(facts.origin);
  const dest = countryCode(facts.destination);
  const zone = zoneOf(origin, dest);
  const keys = [ALL];
  if (origin && dest) keys.push(`scope:${zone === "domestic" ? "domestic" : "international"}`);
  if (zone && zone !== "domestic") {
    keys.push(`zone:${zone}`);
    if (facts.carrier) keys.push(`carrier-zone:${facts.carrier}|${zone}`);
  }
  if (facts.carrier && dest) {
    const lane = `${facts.carrier}|${origin ?? "?"}|${dest}`;
    keys.push(`lane:${lane}`);
    if (facts.weekday !== undefined) keys.push(`lane-day:${lane}|${facts.weekday}`);
  }
  return keys;
}

/** Every key a delivery of this lane counts towards (its transit chain and its carrier's row). */
export function statKeys(facts: LaneFacts): string[] {
  return facts.carrier ? [...transitChain(facts), carrierKey(facts.carrier)] : transitChain(facts);
}
