/**
 * The plan of every statement the admin home sends, exactly as Prisma sends it: a client that logs its
 * queries loads the dashboard once, and each logged statement is explained with its logged parameters
 * (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN).
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Db } from "../../../app/db.server";
import type { BenchDatabase, Value } from "../../notifications/database";

export interface Plan {
  label: string;
  lines: string[];
}

async function loggingClient(url: string) {
  const log = [{ emit: "event" as const, level: "query" as const }];
  if (url.startsWith("file:")) {
    const { PrismaClient } = await import("../../../app/generated/prisma/client");
    return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url }), log });
  }
  const { PrismaClient } = await import("../../../app/generated/prisma-postgresql/client");
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? "public";
  parsed.searchParams.delete("schema");
  const adapter = new PrismaPg(
    { connectionString: parsed.toString(), max: 1, options: `-c search_path="${schema}"` },
    { schema },
  );
  return new PrismaClient({ adapter, log });
}

/** A short name for a statement: its table and what it filters on. */
function label(sql: string): string {
  const table = /FROM\s+(?:\S+\.)?[`"](\w+)[`"]/i.exec(sql)?.[1] ?? "?";
  const kind = /^\s*WITH/i.test(sql)
    ? "aggregate (raw SQL)"
    : /GROUP BY/i.test(sql)
      ? "group by"
      : /COUNT\(/i.test(sql)
        ? "count"
        : "select";
  return `${table} ${kind}: ${sql.replace(/\s+/g, " ").slice(0, 150)}…`;
}

export async function explainAll(database: BenchDatabase, shopDomain: string): Promise<Plan[]> {
  const { loadDashboard } = await import("../../../app/admin/dashboard/dashboard.server");
  const client = await loggingClient(database.url);
  const seen: Array<{ sql: string; params: Value[] }> = [];
  (client as unknown as Db).$on("query" as never, (event: { query: string; params: string }) =>
    seen.push({
      sql: event.query,
      // better-sqlite3 binds no booleans; Prisma stores them as 0/1
      params: (JSON.parse(event.params) as Array<Value | boolean>).map((v) =>
        typeof v === "boolean" ? Number(v) : v,
      ),
    }),
  );
  try {
    await loadDashboard(client as unknown as Db, shopDomain, new URLSearchParams("period=30"));
  } finally {
    await client.$disconnect();
  }
  const plans: Plan[] = [];
  for (const query of seen) {
    if (/^\s*(BEGIN|COMMIT|SELECT 1)/i.test(query.sql)) continue;
    try {
      const lines =
        database.kind === "sqlite"
          ? (await database.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${query.sql}`, query.params)).map(
              (r) => r.detail,
            )
          : (await database.query<{ "QUERY PLAN": string }>(`EXPLAIN ${query.sql}`, query.params)).map(
              (r) => r["QUERY PLAN"],
            );
      plans.push({ label: label(query.sql), lines });
    } catch (error) {
      plans.push({ label: label(query.sql), lines: [`(not explained: ${(error as Error).message})`] });
    }
  }
  return plans;
}
