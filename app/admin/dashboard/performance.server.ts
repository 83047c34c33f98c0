import type { Db } from "../../db.server";
import { Prisma } from "../../generated/prisma/client";
import { col, daysBetween, dialectOf, localDay } from "./sql.server";

/** Rows per dimension on the dashboard: the carriers and countries with the most deliveries. */
export const PERFORMANCE_ROWS = 10;

export interface PerformanceRow {
  /** The carrier's name or the ISO country code; "" when the shipment did not say. */
  key: string;
  delivered: number;
  /** Days from shipped (fulfillment created) to delivered (first delivery scan), to a tenth of a day. */
  medianDays: number;
  meanDays: number;
  /** Deliveries that had an estimated date, and how many of them arrived by its day. */
  withEstimate: number;
  onTime: number;
  /** onTime / withEstimate; null when no delivery had an estimate. */
  onTimeRate: number | null;
}

export interface DeliveryPerformance {
  overall: PerformanceRow | null;
  byCarrier: PerformanceRow[];
  byCountry: PerformanceRow[];
}

/** One group's deliveries that took the same number of tenths of a day (a histogram bar). */
interface Bucket {
  dim: "all" | "carrier" | "country";
  k: string;
  tenths: number | bigint;
  n: number | bigint;
  days_sum: number | null;
  with_estimate: number | bigint;
  on_time: number | bigint;
}

/** Delivery times are counted per tenth of a day; anything slower than this counts as this slow. */
const MAX_TENTHS = 600;

/**
 * Delivery times and on-time rate of the shipments delivered since `since`, overall, per carrier and per
 * destination country, aggregated in the database in one statement: the delivered rows are read once
 * through the (shopId, status, statusAt) index (a delivered shipment's statusAt is its delivery), and
 * what comes back is a histogram — per group, how many deliveries took each tenth of a day — never the
 * rows, so a shop's size costs database time, not memory. The mean is exact (a sum per bar); the median
 * is read off the histogram, to the tenth of a day the page shows. (Sorting every delivery to pick the
 * exact middle, with window functions both databases have, took twice as long.)
 *
 * On time: delivered on or before the day of the estimate (the range's last day when a range is known),
 * both days in the shop's time zone (`offsetMinutes`, its current UTC offset). The estimate is the last
 * one the carrier gave.
 */
export async function deliveryPerformance(
  db: Db,
  shopId: string,
  since: Date,
  offsetMinutes: number,
): Promise<DeliveryPerformance> {
  const dialect = dialectOf(db);
  const estimate = Prisma.sql`COALESCE(${col("estimatedDeliveryLatestAt")}, ${col("estimatedDeliveryAt")})`;
  const days = daysBetween(dialect, col("shippedAt"), col("deliveredAt"));
  const buckets = await db.$queryRaw<Bucket[]>`
    WITH d AS MATERIALIZED (
      SELECT COALESCE(s."carrier", '') AS carrier,
             COALESCE(s."destinationCountry", '') AS country,
             ${days} AS days,
             CASE WHEN ${estimate} IS NULL THEN NULL
                  WHEN ${localDay(dialect, col("deliveredAt"), offsetMinutes)}
                       <= ${localDay(dialect, estimate, offsetMinutes)} THEN 1
                  ELSE 0 END AS on_time
      FROM "Shipment" s
      WHERE s."shopId" = ${shopId} AND s."status" = 'DELIVERED' AND s."statusAt" >= ${since}
        AND s."deliveredAt" IS NOT NULL AND s."deliveredAt" >= s."shippedAt"
    ), t AS (
      SELECT carrier, country, days, on_time,
             CASE WHEN days * 10 >= ${MAX_TENTHS} THEN ${MAX_TENTHS}
                  ELSE CAST(ROUND(days * 10) AS INTEGER) END AS tenths
      FROM d
    ), g AS (
      SELECT 'all' AS dim, '' AS k, tenths, days, on_time FROM t
      UNION ALL SELECT 'carrier', carrier, tenths, days, on_time FROM t
      UNION ALL SELECT 'country', country, tenths, days, on_time FROM t
    )
    SELECT dim, k, tenths,
           CAST(COUNT(*) AS INTEGER) AS n,
           CAST(SUM(days) AS DOUBLE PRECISION) AS days_sum,
           CAST(COUNT(on_time) AS INTEGER) AS with_estimate,
           CAST(COALESCE(SUM(on_time), 0) AS INTEGER) AS on_time
    FROM g
    GROUP BY dim, k, tenths`;

  const groups = new Map<string, { dim: Bucket["dim"]; key: string; bars: Bucket[] }>();
  for (const bucket of buckets) {
    const id = `${bucket.dim}:${bucket.k}`;
    const group = groups.get(id) ?? { dim: bucket.dim, key: bucket.k, bars: [] };
    group.bars.push(bucket);
    groups.set(id, group);
  }
  const rows = [...groups.values()].map((g) => ({ dim: g.dim, row: summarize(g.key, g.bars) }));
  const top = (dim: Bucket["dim"]) =>
    rows
      .filter((r) => r.dim === dim)
      .map((r) => r.row)
      .sort((a, b) => b.delivered - a.delivered || a.key.localeCompare(b.key))
      .slice(0, PERFORMANCE_ROWS);
  return { overall: top("all")[0] ?? null, byCarrier: top("carrier"), byCountry: top("country") };
}

/** One group's figures from its histogram bars. */
function summarize(key: string, bars: Bucket[]): PerformanceRow {
  const sorted = bars
    .map((b) => ({ tenths: Number(b.tenths), n: Number(b.n) }))
    .sort((a, b) => a.tenths - b.tenths);
  const delivered = sorted.reduce((sum, b) => sum + b.n, 0);
  /** The value of the i-th fastest delivery (0-based), in days. */
  const nth = (i: number) => {
    let seen = 0;
    for (const bar of sorted) {
      seen += bar.n;
      if (i < seen) return bar.tenths / 10;
    }
    return 0;
  };
  const withEstimate = bars.reduce((sum, b) => sum + Number(b.with_estimate), 0);
  const onTime = bars.reduce((sum, b) => sum + Number(b.on_time), 0);
  return {
    key,
    delivered,
    medianDays: delivered ? (nth(Math.floor((delivered - 1) / 2)) + nth(Math.floor(delivered / 2))) / 2 : 0,
    meanDays: delivered ? bars.reduce((sum, b) => sum + Number(b.days_sum ?? 0), 0) / delivered : 0,
    withEstimate,
    onTime,
    onTimeRate: withEstimate ? onTime / withEstimate : null,
  };
}
