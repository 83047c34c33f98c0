import type { LaneStatRecord } from "./build";
import { scanQuantile } from "./build";
import {
  addDeliveryDays,
  deliveryDaysAfter,
  localDayNumber,
  noonOf,
  weekdayOf,
  type DayNumber,
} from "./calendar";
import { normalizeCarrier } from "./carrier-name";
import { centralRange, refine, total } from "./histogram";
import { ALL, carrierKey, transitChain } from "./lanes";
import { countryCode } from "./regions";

/** The knobs of the estimator; the defaults are what bench/estimates measured (docs/decisions). */
export interface EstimateParams {
  /** The share of deliveries the range is meant to hold. */
  coverage: number;
  /** How many deliveries a level's prior (its parent level) counts as (histogram.ts, refine). */
  priorWeight: number;
  /** A shop with fewer deliveries gets no learned estimate: too little to say anything honest. */
  minShopDeliveries: number;
  /** Confidence = the range's share × support / (support + this): degraded when the lane is thin. */
  confidenceHalfSupport: number;
  /** The first-scan deadline needs this many of the carrier's deliveries. */
  scanMinDeliveries: number;
  /** No first scan by the day this share of the carrier's parcels had one: late. */
  scanShare: number;
}

export const ESTIMATE_PARAMS: EstimateParams = {
  coverage: 0.8,
  priorWeight: 10,
  minShopDeliveries: 20,
  confidenceHalfSupport: 4,
  scanMinDeliveries: 30,
  scanShare: 0.9,
};

export interface EstimateInput {
  /** As Shopify gives it (tracking_company). */
  carrier: string | null;
  destination: string | null;
  /** The shop's country. */
  origin: string | null;
  shippedAt: Date;
  /** The shop's: days are the shop's days, as for lateness (app/notifications/check-at.ts). */
  timeZone: string;
  /** The carrier's first scan, once there is one. */
  firstScanAt: Date | null;
}

export interface LearnedEstimate {
  earliestDay: DayNumber;
  latestDay: DayNumber;
  /** The most likely single day (the median): what the bench scores. */
  likelyDay: DayNumber;
  /** Noon of those days in the shop's zone, as estimates are stored. */
  earliestAt: Date;
  latestAt: Date;
  /** The chance, as measured on the shop's history, that the parcel arrives inside the range. */
  confidence: number;
  /** The most specific level that had deliveries of its own, e.g. "lane:dhl express|DE|FR". */
  basis: string;
  /** Deliveries at that level. */
  support: number;
  /** No first scan by the end of this day means the parcel is late; null: no such rule applies. */
  scanDueDay: DayNumber | null;
  scanDueAt: Date | null;
  /** The first scan came after its deadline: the range starts from the scan instead. */
  rebased: boolean;
}

/**
 * A shipment's learned delivery range from its shop's lane statistics: the lane's distribution of
 * delivery days, refined from the shop's whole history down to the lane (lanes.ts) so a thin lane leans
 * on its wider groups, cut to the central `coverage` range and laid on the carrier's delivery days from
 * the shipping day. Null when the shop has too little history, or none in the parcel's scope.
 *
 * A first scan later than the carrier's usual (scanShare) moves the range: the parcel left that many
 * days late. A scan on time changes nothing, so an estimate once given stays put.
 */
export function learnEstimate(
  stats: ReadonlyMap<string, LaneStatRecord>,
  input: EstimateInput,
  params: EstimateParams = ESTIMATE_PARAMS,
): LearnedEstimate | null {
  const all = stats.get(ALL);
  if (!all || all.n < params.minShopDeliveries) return null;
  const carrier = normalizeCarrier(input.carrier);
  const shipDay = localDayNumber(input.shippedAt, input.timeZone);
  let p: number[] | null = null;
  let basis = ALL;
  let support = 0;
  let levels = 0;
  const chain = transitChain({
    carrier,
    origin: countryCode(input.origin),
    destination: countryCode(input.destination),
    weekday: weekdayOf(shipDay),
  });
  for (const key of chain) {
    const r = stats.get(key);
    if (!r || r.n === 0) continue;
    p = refine(r.transit, p, params.priorWeight);
    basis = key;
    support = r.n + (levels++ > 0 ? params.priorWeight : 0);
  }
  // Only the shop's whole history speaks for this parcel: it never shipped to its zone, nor at all in its
  // scope (domestic or abroad). Parcels abroad and at home differ by days; a range would be a guess.
  if (!p || (basis === ALL && chain.length > 1)) return null;
  const range = centralRange(p, params.coverage);

  const carrierRow = carrier ? stats.get(carrierKey(carrier)) : undefined;
  const weekdays = carrierRow?.weekdays ?? all.weekdays;
  const scanRule =
    carrierRow && total(carrierRow.scan) + carrierRow.unscanned >= params.scanMinDeliveries
      ? scanQuantile(carrierRow, params.scanShare)
      : null;
  let scanDueDay = scanRule === null ? null : addDeliveryDays(shipDay, scanRule, weekdays);
  let shift = 0;
  if (input.firstScanAt) {
    const scanDay = localDayNumber(input.firstScanAt, input.timeZone);
    if (carrierRow && scanDueDay !== null && scanDay > scanDueDay) {
      const usual = scanQuantile(carrierRow, 0.5) ?? 0;
      shift = Math.max(0, deliveryDaysAfter(weekdayOf(shipDay), scanDay - shipDay, weekdays) - usual);
    }
    scanDueDay = null;
  }
  const day = (n: number) => addDeliveryDays(shipDay, n + shift, weekdays);
  const earliestDay = day(range.lower);
  const latestDay = day(range.upper);
  return {
    earliestDay,
    latestDay,
    likelyDay: day(range.median),
    earliestAt: noonOf(earliestDay, input.timeZone),
    latestAt: noonOf(latestDay, input.timeZone),
    confidence: round2((range.covered * support) / (support + params.confidenceHalfSupport)),
    basis,
    support,
    scanDueDay,
    scanDueAt: scanDueDay === null ? null : noonOf(scanDueDay, input.timeZone),
    rebased: shift > 0,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
