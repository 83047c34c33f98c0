import { dialectOf, localDay, type Dialect } from "../admin/dashboard/sql.server";
import type { Db } from "../db.server";
import { Prisma } from "../generated/prisma/client";
import type { HistoryGroup } from "./build";

interface Row {
  kind: "transit" | "scan";
  carrier: string | null;
  country: string | null;
  weekday: number | bigint;
  days: number | bigint | null;
  n: number | bigint;
}

/**
 * One shop's delivered history of the last `since`, aggregated in the database in one statement: per
 * carrier (as Shopify spelled it, or as its tracking number's format named it), destination, weekday
 * shipped and calendar days to delivery, how many deliveries; and per carrier and weekday, how many days
 * to the first scan. The delivered rows are read once through the (shopId, status, statusAt) index (a
 * delivered shipment's statusAt is its delivery); what comes back is a few hundred groups, whatever the
 * shop's size. Days are the shop's, at its current UTC offset (`offsetMinutes`), as the dashboard counts
 * them.
 */
export async function deliveredHistory(
  db: Db,
  shopId: string,
  since: Date,
  offsetMinutes: number,
): Promise<HistoryGroup[]> {
  const dialect = dialectOf(db);
  const day = (column: string) => localDay(dialect, Prisma.raw(`s."${column}"`), offsetMinutes);
  const shipped = day("shippedAt");
  const rows = await db.$queryRaw<Row[]>`
    WITH d AS MATERIALIZED (
      SELECT COALESCE(s."detectedCarrier", s."carrier") AS carrier,
             s."destinationCountry" AS country,
             ${weekdayOf(dialect, shipped)} AS weekday,
             ${daysBetween(dialect, shipped, day("deliveredAt"))} AS days,
             CASE WHEN s."firstScanAt" IS NULL OR s."firstScanAt" > s."deliveredAt" THEN NULL
                  ELSE ${daysBetween(dialect, shipped, day("firstScanAt"))} END AS scan_days
      FROM "Shipment" s
      WHERE s."shopId" = ${shopId} AND s."status" = 'DELIVERED' AND s."statusAt" >= ${since}
        AND s."deliveredAt" IS NOT NULL AND s."deliveredAt" >= s."shippedAt"
    )
    SELECT 'transit' AS kind, carrier, country, weekday, days, CAST(COUNT(*) AS INTEGER) AS n
    FROM d GROUP BY carrier, country, weekday, days
    UNION ALL
    SELECT 'scan' AS kind, carrier, NULL AS country, weekday, scan_days AS days, CAST(COUNT(*) AS INTEGER) AS n
    FROM d GROUP BY carrier, weekday, scan_days`;
  return rows.map((r): HistoryGroup =>
    r.kind === "transit"
      ? {
          kind: "transit",
          carrier: r.carrier,
          country: r.country,
          weekday: Number(r.weekday),
          days: Number(r.days),
          n: Number(r.n),
        }
      : {
          kind: "scan",
          carrier: r.carrier,
          weekday: Number(r.weekday),
          days: r.days === null ? null : Math.max(0, Number(r.days)),
          n: Number(r.n),
        },
  );
}

/** 0 = Sunday … 6 = Saturday, of a day expression (localDay's). */
function weekdayOf(dialect: Dialect, day: Prisma.Sql): Prisma.Sql {
  return dialect === "sqlite"
    ? Prisma.sql`CAST(strftime('%w', ${day}) AS INTEGER)`
    : Prisma.sql`CAST(EXTRACT(DOW FROM ${day}) AS INTEGER)`;
}

/** Whole days from one day expression to another. */
function daysBetween(dialect: Dialect, from: Prisma.Sql, to: Prisma.Sql): Prisma.Sql {
  return dialect === "sqlite"
    ? Prisma.sql`CAST(julianday(${to}) - julianday(${from}) AS INTEGER)`
    : Prisma.sql`(${to} - ${from})`;
}
