/**
 * The plan of detection's due query, exactly as Prisma sends it: a client that logs queries runs a pass
 * at the epoch (nothing is due, so the due query is the only query), and that SQL is explained with
 * `now` and the logged LIMIT/OFFSET bound. SQLite: EXPLAIN QUERY PLAN. PostgreSQL: EXPLAIN.
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Db } from "../../app/db.server";
import type { BenchDatabase, Value } from "./database";

const CHECK_AT_INDEX = "Shipment_checkAt_idx";

export async function loggingClient(url: string) {
  if (url.startsWith("file:")) {
    const { PrismaClient } = await import("../../app/generated/prisma/client");
    return new PrismaClient({
      adapter: new PrismaBetterSqlite3({ url }),
      log: [{ emit: "event", level: "query" }],
    });
  }
  const { PrismaClient } = await import("../../app/generated/prisma-postgresql/client");
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: parsed.toString(), max: 1 }, schema ? { schema } : undefined),
    log: [{ emit: "event", level: "query" }],
  });
}

async function dueQuery(url: string): Promise<{ sql: string; params: string[] }> {
  const { detectLateAndStalled } = await import("../../app/notifications/detect.server");
  const client = await loggingClient(url);
  const seen: Array<{ sql: string; params: string[] }> = [];
  (client as unknown as Db).$on("query" as never, (event: { query: string; params: string }) =>
    seen.push({ sql: event.query, params: JSON.parse(event.params) as string[] }),
  );
  try {
    await detectLateAndStalled(client as unknown as Db, new Date(0));
  } finally {
    await client.$disconnect();
  }
  const query = seen.find((q) => /checkAt/.test(q.sql) && /^\s*SELECT/i.test(q.sql));
  if (!query) throw new Error(`no due query among ${seen.length} logged queries`);
  return query;
}

export async function dueQueryPlan(
  database: BenchDatabase,
  now: Date,
): Promise<{ sql: string; lines: string[]; usesCheckAtIndex: boolean }> {
  const { sql, params } = await dueQuery(database.url);
  const args: Value[] = params.map((p) => (/^\d{4}-\d\d-\d\dT/.test(p) ? now : Number(p)));
  if (database.kind === "sqlite") {
    const rows = await database.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, args);
    const lines = rows.map((r) => r.detail);
    return { sql, lines, usesCheckAtIndex: lines.some((l) => l.includes(CHECK_AT_INDEX)) };
  }
  const rows = await database.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, args);
  const lines = rows.map((r) => r["QUERY PLAN"]);
  return { sql, lines, usesCheckAtIndex: lines.some((l) => l.includes(CHECK_AT_INDEX)) };
}
