import type { Db } from "../../db.server";
import { Prisma } from "../../generated/prisma/client";

/**
 * The few SQL expressions that differ between the two databases the app runs on. Everything else in
 * the dashboard's raw SQL is common to SQLite and PostgreSQL (CTEs, window functions, CASE, CAST).
 */
export type Dialect = "sqlite" | "postgresql";

/**
 * Which database a client talks to. Prisma 7 generates one client per provider (app/db.server.ts) and
 * each knows its own; the model API hides the difference, raw SQL cannot.
 */
export function dialectOf(db: Db): Dialect {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  return provider === "postgresql" ? "postgresql" : "sqlite";
}

/** Days from one timestamp column to another, as a fraction (2.5 = two and a half days). */
export function daysBetween(dialect: Dialect, from: Prisma.Sql, to: Prisma.Sql): Prisma.Sql {
  // SQLite keeps DateTime as ISO-8601 text ("…+00:00"), which julianday() reads with its offset.
  return dialect === "sqlite"
    ? Prisma.sql`(julianday(${to}) - julianday(${from}))`
    : Prisma.sql`CAST(EXTRACT(EPOCH FROM (${to} - ${from})) / 86400.0 AS DOUBLE PRECISION)`;
}

/**
 * The calendar day of a UTC timestamp column at a fixed offset from UTC (the shop's, in minutes),
 * comparable with another such day. A fixed offset puts a time within an hour of midnight on the wrong
 * day only when a daylight-saving switch lies between it and now.
 */
export function localDay(dialect: Dialect, column: Prisma.Sql, offsetMinutes: number): Prisma.Sql {
  const minutes = Math.trunc(offsetMinutes);
  if (!Number.isSafeInteger(minutes)) throw new RangeError(`Invalid offset: ${offsetMinutes}`);
  // Inlined, not bound: an integer the app computed, and PostgreSQL must see it as one.
  return dialect === "sqlite"
    ? Prisma.sql`date(${column}, ${Prisma.raw(`'${minutes >= 0 ? "+" : ""}${minutes} minutes'`)})`
    : Prisma.sql`CAST(${column} + ${Prisma.raw(`INTERVAL '${minutes} minutes'`)} AS DATE)`;
}

/** A quoted column of the query's Shipment alias `s`. */
export const col = (name: string) => Prisma.raw(`s."${name.replace(/"/g, "")}"`);
