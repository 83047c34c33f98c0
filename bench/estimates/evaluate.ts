import { buildLaneStats, type LaneStatRecord } from "~/estimates/build";
import { addDeliveryDays, localDayNumber, MON_TO_FRI, type DayNumber } from "~/estimates/calendar";
import {
  ESTIMATE_PARAMS,
  learnEstimate,
  type EstimateParams,
  type LearnedEstimate,
} from "~/estimates/estimate";
import { generateHistory, type SimShipment } from "./generator";
import { RollingHistory } from "./history";
import { SHOPS, type ShopProfile } from "./profiles";

/**
 * Rolling-origin evaluation, as the app runs: every morning of the test period the shop's statistics
 * are rebuilt from the deliveries of the previous `windowDays` days (what the nightly job sees), and
 * every parcel shipped that day gets its estimate from them, at the moment it ships. Its real delivery
 * is compared afterwards. The first months only train; nothing from a parcel's future is used.
 *
 * Baseline: "carrier default days", a fixed number of business days (Monday–Friday) per carrier,
 * whatever the destination, with a ±1 day range: what a merchant types into a fixed-days setting.
 */
export interface EvaluationOptions {
  seed: number;
  /** First day simulated (YYYY-MM-DD) and how many days. */
  from: string;
  days: number;
  /** Parcels shipped from this day on are scored. */
  testFrom: string;
  windowDays: number;
  /** Multiplies every shop's daily volume (the test uses a lighter history). */
  volume?: number;
  /** Statistics from the training months only, never rebuilt. */
  frozen?: boolean;
  /** Rebuild the statistics every this many days (1: daily, as the app; the test uses 7 for speed). */
  rebuildEveryDays?: number;
  params?: EstimateParams;
  shops?: ShopProfile[];
}

export const DEFAULT_EVALUATION: EvaluationOptions = {
  seed: 20250106,
  from: "2025-01-06",
  days: 360,
  testFrom: "2025-06-02",
  windowDays: 180,
};

export interface Scored {
  shipment: SimShipment;
  lane: string;
  learned: LearnedEstimate | null;
  naive: { earliestDay: DayNumber; latestDay: DayNumber; likelyDay: DayNumber };
  /** The learned estimate again once the first scan came, when it came after its deadline. */
  rebased: LearnedEstimate | null;
}

const DAY_MS = 86_400_000;

export function evaluate(options: EvaluationOptions = DEFAULT_EVALUATION): Scored[] {
  const params = options.params ?? ESTIMATE_PARAMS;
  const testFrom = Math.floor(Date.parse(`${options.testFrom}T00:00:00Z`) / DAY_MS);
  const scored: Scored[] = [];
  (options.shops ?? SHOPS).forEach((shop, index) => {
    const shipments = generateHistory(shop, {
      seed: options.seed + index,
      from: options.from,
      days: options.days,
      volume: options.volume,
    });
    const history = new RollingHistory(shipments, shop.timeZone);
    const statsOn = new Map<DayNumber, Map<string, LaneStatRecord>>();
    const stats = (day: DayNumber) => {
      const every = options.rebuildEveryDays ?? 1;
      const at = options.frozen ? testFrom : day - ((day - testFrom) % every);
      let map = statsOn.get(at);
      if (!map) {
        const records = buildLaneStats(history.before(at, options.windowDays), shop.origin);
        map = new Map(records.map((r) => [r.key, r]));
        statsOn.set(at, map);
      }
      return map;
    };
    for (const s of shipments) {
      if (s.shipDay < testFrom) continue;
      const input = {
        carrier: s.carrier,
        destination: s.destination,
        origin: shop.origin,
        shippedAt: s.shippedAt,
        timeZone: shop.timeZone,
        firstScanAt: null,
      };
      const learned = learnEstimate(stats(s.shipDay), input, params);
      const scanDay = s.firstScanAt ? localDayNumber(s.firstScanAt, shop.timeZone) : null;
      const lateScan =
        learned?.scanDueDay != null && scanDay !== null && scanDay > learned.scanDueDay
          ? s.firstScanAt
          : null;
      scored.push({
        shipment: s,
        lane: `${s.carrierName} → ${s.destination}`,
        learned,
        naive: {
          earliestDay: addDeliveryDays(s.shipDay, s.naiveDays - 1, MON_TO_FRI),
          latestDay: addDeliveryDays(s.shipDay, s.naiveDays + 1, MON_TO_FRI),
          likelyDay: addDeliveryDays(s.shipDay, s.naiveDays, MON_TO_FRI),
        },
        rebased: lateScan
          ? learnEstimate(stats(s.shipDay), { ...input, firstScanAt: lateScan }, params)
          : null,
      });
    }
  });
  return scored;
}
