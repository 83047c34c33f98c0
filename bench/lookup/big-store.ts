import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createBenchDatabase, type BenchDatabase } from "../notifications/database";
import { seedStore, type StorePlan } from "./seed";

/**
 * The big store the storefront benchmarks (bench:lookup, bench:chat) run against: a fresh, migrated
 * database (SQLite in a temp dir, or a throwaway schema in BENCH_DATABASE_URL's PostgreSQL) seeded with
 * BENCH_SHIPMENTS shipments (1,000,000) and their orders, tracking numbers and scans across BENCH_SHOPS
 * shops (50), then the app's configuration pointed at it — before any app module is imported, since the
 * app reads it once at import. The caller drops `bench` and removes `tmp` when done.
 */
export interface BigStore {
  tmp: string;
  bench: BenchDatabase;
  store: StorePlan;
  /** How the database is described in the report. */
  database: string;
  seedSeconds: number;
}

export const num = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? "");
  return Number.isFinite(value) && process.env[name] ? value : fallback;
};

export async function openBigStore(
  name: string,
  app: { secret: string; appUrl: string },
  log: (message: string) => void,
): Promise<BigStore> {
  const pgUrl = process.env.BENCH_DATABASE_URL;
  if (pgUrl && !/^postgres(ql)?:\/\//.test(pgUrl)) {
    throw new Error("BENCH_DATABASE_URL must be a postgresql:// URL (SQLite is the default)");
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), `parcelwise-bench-${name}-`));
  const database = pgUrl
    ? `PostgreSQL (${new URL(pgUrl).host}, throwaway schema)`
    : "SQLite (WAL, synchronous=FULL, temp dir)";
  log(`temp dir ${tmp}; ${os.cpus().length} cores; ${database}`);
  const store: StorePlan = {
    shipments: num("BENCH_SHIPMENTS", 1_000_000),
    shops: num("BENCH_SHOPS", 50),
    eventsEvery: num("BENCH_EVENTS_EVERY", 4),
    eventsPerShipment: num("BENCH_EVENTS_PER_SHIPMENT", 4),
  };
  const bench = await createBenchDatabase(name, tmp, pgUrl);
  const seedStart = performance.now();
  log(`seeding ${store.shipments} shipments across ${store.shops} shops …`);
  await seedStore(bench, store, new Date(), log);
  // PostgreSQL's autovacuum would have analysed tables this size long ago; SQLite has no statistics
  // unless the app runs ANALYZE, which it does not.
  if (bench.kind === "postgresql") await bench.query(`ANALYZE`);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  log(`seeded in ${seedSeconds.toFixed(1)} s`);
  Object.assign(process.env, {
    NODE_ENV: "production",
    SHOPIFY_API_KEY: "bench-api-key",
    SHOPIFY_API_SECRET: app.secret,
    SHOPIFY_APP_URL: app.appUrl,
    DATABASE_URL: bench.url,
    RUN_WORKER: "false",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
  });
  return { tmp, bench, store, database, seedSeconds };
}
