import { deliveryDaysAfter, MON_TO_FRI, SATURDAY, SUNDAY } from "./calendar";
import { normalizeCarrier } from "./carrier-name";
import { addTo, quantile, total } from "./histogram";
import { ALL, carrierKey, statKeys } from "./lanes";

/**
 * One group of a shop's delivered history, as the aggregate query returns it (aggregate.server.ts):
 * how many deliveries of a carrier (as Shopify spelled it) to a country, shipped on a weekday, took a
 * number of calendar days, all days in the shop's time zone.
 */
export interface TransitGroup {
  kind: "transit";
  carrier: string | null;
  country: string | null;
  /** Weekday of the shipping day, 0 = Sunday. */
  weekday: number;
  /** Calendar days from the shipping day to the delivery day. */
  days: number;
  n: number;
}

/** Delivered parcels by days from shipping to the carrier's first scan; null: none before delivery. */
export interface ScanGroup {
  kind: "scan";
  carrier: string | null;
  weekday: number;
  days: number | null;
  n: number;
}

export type HistoryGroup = TransitGroup | ScanGroup;

/** One LaneStat row (lanes.ts names the keys). */
export interface LaneStatRecord {
  key: string;
  /** Deliveries counted. */
  n: number;
  /** Deliveries per delivery day after shipping, counted in `weekdays`. */
  transit: number[];
  /** Deliveries per delivery day from shipping to the first scan, for those that had one. */
  scan: number[];
  /** Deliveries with no scan before the delivery itself. */
  unscanned: number;
  /** The weekdays counted as delivery days (calendar.ts mask): the carrier's, or the shop's. */
  weekdays: number;
  p10: number | null;
  p50: number | null;
  p90: number | null;
  /** Delivery days by which 90% had a first scan; null when more than 10% had none. */
  scanP90: number | null;
}

/** A weekday counts as a delivery day once it holds this share of a carrier's deliveries. */
const WEEKDAY_SHARE = 0.03;
/** Below this many deliveries a carrier's weekdays are the shop's. */
const WEEKDAY_MIN_N = 30;

/**
 * Turns the aggregate of one shop's delivered history into its LaneStat rows: every level of every
 * lane that had a delivery, each carrier's row, and always the shop's `all` row (n = 0 for a shop with
 * no history, so "computed, nothing to learn" is told apart from "never computed").
 */
export function buildLaneStats(groups: HistoryGroup[], origin: string | null): LaneStatRecord[] {
  const rows = groups.map((g) => ({ ...g, carrier: normalizeCarrier(g.carrier) }));
  const shopWeekdays = weekdaysOf(rows.filter((g) => g.kind === "transit"));
  const carrierWeekdays = new Map<string, number>();
  for (const carrier of new Set(rows.map((g) => g.carrier))) {
    const own = rows.filter((g) => g.kind === "transit" && g.carrier === carrier) as TransitGroup[];
    carrierWeekdays.set(
      carrier,
      total(own.map((g) => g.n)) >= WEEKDAY_MIN_N ? weekdaysOf(own) : shopWeekdays,
    );
  }

  const records = new Map<string, LaneStatRecord>();
  const record = (key: string, weekdays: number) => {
    let r = records.get(key);
    if (!r) {
      r = {
        key,
        n: 0,
        transit: [],
        scan: [],
        unscanned: 0,
        weekdays,
        p10: null,
        p50: null,
        p90: null,
        scanP90: null,
      };
      records.set(key, r);
    }
    return r;
  };
  record(ALL, shopWeekdays);
  for (const g of rows) {
    const weekdays = carrierWeekdays.get(g.carrier) ?? shopWeekdays;
    if (g.kind === "transit") {
      const days = deliveryDaysAfter(g.weekday, g.days, weekdays);
      for (const key of statKeys({
        carrier: g.carrier,
        origin,
        destination: g.country,
        weekday: g.weekday,
      })) {
        const r = record(key, key.startsWith("carrier") || key.startsWith("lane") ? weekdays : shopWeekdays);
        addTo(r.transit, days, g.n);
        r.n += g.n;
      }
    } else {
      const keys = g.carrier ? [ALL, carrierKey(g.carrier)] : [ALL];
      for (const key of keys) {
        const r = record(key, key === ALL ? shopWeekdays : weekdays);
        if (g.days === null) r.unscanned += g.n;
        else addTo(r.scan, deliveryDaysAfter(g.weekday, g.days, weekdays), g.n);
      }
    }
  }
  for (const r of records.values()) {
    if (r.n > 0) {
      r.p10 = quantile(r.transit, 0.1);
      r.p50 = quantile(r.transit, 0.5);
      r.p90 = quantile(r.transit, 0.9);
    }
    r.scanP90 = scanQuantile(r, 0.9);
  }
  return [...records.values()];
}

/** The delivery day by which `share` had a first scan, counting "never scanned" as latest; null if past. */
export function scanQuantile(r: Pick<LaneStatRecord, "scan" | "unscanned">, share: number): number | null {
  if (total(r.scan) === 0) return null;
  const day = quantile([...r.scan, r.unscanned], share);
  return day < r.scan.length ? day : null;
}

/** Monday–Friday, plus Saturday and Sunday where they hold a real share of the deliveries. */
function weekdaysOf(groups: Array<{ weekday: number; days: number; n: number }>): number {
  const byWeekday = [0, 0, 0, 0, 0, 0, 0];
  let n = 0;
  for (const g of groups) {
    byWeekday[(g.weekday + Math.max(0, g.days)) % 7] += g.n;
    n += g.n;
  }
  let mask = MON_TO_FRI;
  if (n >= WEEKDAY_MIN_N && byWeekday[6] / n >= WEEKDAY_SHARE) mask |= SATURDAY;
  if (n >= WEEKDAY_MIN_N && byWeekday[0] / n >= WEEKDAY_SHARE) mask |= SUNDAY;
  return mask;
}
