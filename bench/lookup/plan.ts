/**
 * The plans of the lookup queries that search a million rows, exactly as Prisma sends them: a
 * client that logs its queries runs one order lookup and one tracking-number lookup, and the logged SQL
 * is explained with its logged parameters. SQLite: EXPLAIN QUERY PLAN. PostgreSQL: EXPLAIN.
 */
import type { Db } from "../../app/db.server";
import type { BenchDatabase, Value } from "../notifications/database";
import { loggingClient } from "../notifications/plan";

export interface QueryPlan {
  label: string;
  sql: string;
  lines: string[];
  /** The index the query must use to stay fast; whether the plan names it. */
  index: string;
  usesIndex: boolean;
}

interface Logged {
  sql: string;
  params: Value[];
}

async function logQueries(url: string, run: (db: Db) => Promise<unknown>): Promise<Logged[]> {
  const client = await loggingClient(url);
  const seen: Logged[] = [];
  (client as unknown as Db).$on("query" as never, (event: { query: string; params: string }) =>
    seen.push({ sql: event.query, params: JSON.parse(event.params) as Value[] }),
  );
  try {
    await run(client as unknown as Db);
  } finally {
    await client.$disconnect();
  }
  return seen;
}

async function explain(
  database: BenchDatabase,
  label: string,
  query: Logged,
  index: string,
): Promise<QueryPlan> {
  const lines =
    database.kind === "sqlite"
      ? (await database.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${query.sql}`, query.params)).map(
          (r) => r.detail,
        )
      : (await database.query<{ "QUERY PLAN": string }>(`EXPLAIN ${query.sql}`, query.params)).map(
          (r) => r["QUERY PLAN"],
        );
  return { label, sql: query.sql, lines, index, usesIndex: lines.some((l) => l.includes(index)) };
}

export async function lookupPlans(
  database: BenchDatabase,
  shop: string,
  order: { orderNumber: string; contact: string },
  trackingNumber: string,
): Promise<QueryPlan[]> {
  const { lookupByOrder, lookupByTrackingNumber } = await import("../../app/storefront/lookup.server");
  const byOrder = await logQueries(database.url, (db) => lookupByOrder(db, shop, order));
  const byNumber = await logQueries(database.url, (db) =>
    lookupByTrackingNumber(db, shop, { trackingNumber }),
  );
  // SQLite's statements quote names with backticks, PostgreSQL's with double quotes.
  const orderQuery = byOrder.find(
    (q) => /FROM \S*[`"]Order[`"] WHERE/.test(q.sql) && /[`"]name[`"] IN/.test(q.sql),
  );
  const shipmentsQuery = byOrder.find((q) => /FROM \S*[`"]Shipment[`"] WHERE/.test(q.sql));
  const numberQuery = byNumber.find((q) => /FROM \S*[`"]TrackingNumber[`"]/.test(q.sql));
  if (!orderQuery || !shipmentsQuery || !numberQuery) {
    throw new Error(
      `lookup queries not found among: ${[...byOrder, ...byNumber].map((q) => q.sql).join("\n")}`,
    );
  }
  // SQLite names a composite primary key's index sqlite_autoindex_<table>_1.
  const numberIndex =
    database.kind === "sqlite" ? "sqlite_autoindex_TrackingNumber_1" : "TrackingNumber_pkey";
  return [
    await explain(database, "order by number (Order.shopId, name)", orderQuery, "Order_shopId_name_idx"),
    await explain(
      database,
      "the order's shipments (Shipment.shopId, orderId, shippedAt)",
      shipmentsQuery,
      "Shipment_shopId_orderId_shippedAt_idx",
    ),
    await explain(database, "tracking number (TrackingNumber.shopId, number)", numberQuery, numberIndex),
  ];
}

/** Queries per lookup, by kind, as counted by the logging client (one run of each). */
export async function queriesPerLookup(
  url: string,
  runs: Record<string, (db: Db) => Promise<unknown>>,
): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [label, run] of Object.entries(runs)) {
    out[label] = (await logQueries(url, run)).map((q) => q.sql.replace(/\s+/g, " ").slice(0, 160));
  }
  return out;
}
