/**
 * The plans of the shipments list's queries, exactly as Prisma sends them: a client that logs its
 * queries computes one page for each filter combination (searches included), and every distinct
 * SELECT it logged (shop, carriers, page keys, rows, orders) is explained with its logged parameters (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN).
 * A plan passes when it reads through an index, scans no table, and (SQLite, outside a search's
 * handful of rows) sorts nothing: PostgreSQL may rightly sort a rare filter's few rows, it has statistics.
 */
import type { Db } from "../../../app/db.server";
import type { BenchDatabase, Value } from "../../notifications/database";
import { loggingClient } from "../../notifications/plan";

export interface ListPlan {
  label: string;
  sql: string;
  lines: string[];
  ok: boolean;
}

interface Logged {
  sql: string;
  params: Value[];
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/;

export async function listPlans(
  database: BenchDatabase,
  shopDomain: string,
  combos: Array<{ label: string; query: string }>,
): Promise<ListPlan[]> {
  const { listShipments } = await import("../../../app/admin/shipments/list.server");
  const { parseListParams } = await import("../../../app/admin/shipments/params");
  const client = await loggingClient(database.url);
  const seen: Logged[] = [];
  (client as unknown as Db).$on("query" as never, (event: { query: string; params: string }) => {
    const params = (JSON.parse(event.params) as Array<string | number>).map((p) =>
      typeof p === "string" && ISO_TIME.test(p) ? new Date(p) : p,
    );
    seen.push({ sql: event.query, params });
  });
  const plans: ListPlan[] = [];
  const explained = new Set<string>();
  try {
    for (const combo of combos) {
      seen.length = 0;
      await listShipments(
        client as unknown as Db,
        shopDomain,
        parseListParams(new URLSearchParams(combo.query)),
      );
      // Each distinct statement once (the shop and carrier queries are the same for every combination).
      const keyQueries = seen.filter((q) => /^\s*SELECT/i.test(q.sql) && !explained.has(q.sql));
      for (const query of keyQueries) explained.add(query.sql);
      for (const [k, query] of keyQueries.entries()) {
        const label = keyQueries.length > 1 ? `${combo.label} [${k + 1}/${keyQueries.length}]` : combo.label;
        plans.push(await explain(database, label, query, combo.query.includes("q=")));
      }
    }
  } finally {
    await client.$disconnect();
  }
  return plans;
}

async function explain(
  database: BenchDatabase,
  label: string,
  query: Logged,
  search: boolean,
): Promise<ListPlan> {
  if (database.kind === "sqlite") {
    const rows = await database.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${query.sql}`, query.params);
    const lines = rows.map((r) => r.detail);
    const indexed = lines.some((l) => /^SEARCH .* USING (COVERING )?INDEX|PRIMARY KEY/.test(l));
    const scans = lines.some((l) => l.startsWith("SCAN "));
    // A search reads a handful of rows by primary key; sorting those is fine.
    const sorts = !search && lines.some((l) => l.includes("TEMP B-TREE"));
    return { label, sql: query.sql, lines, ok: indexed && !scans && !sorts };
  }
  const rows = await database.query<{ "QUERY PLAN": string }>(`EXPLAIN ${query.sql}`, query.params);
  const lines = rows.map((r) => r["QUERY PLAN"]);
  const indexed = lines.some((l) => /Index (Only )?Scan|Bitmap Index Scan/.test(l));
  // The Shop table has a row per installed shop: a sequential scan of it is PostgreSQL being right.
  const scans = lines.some((l) => /Seq Scan on "(Shipment|Order|TrackingNumber)"/.test(l));
  const shopRow = /FROM \S*"Shop"/.test(query.sql);
  return { label, sql: query.sql, lines, ok: (indexed || shopRow) && !scans };
}
