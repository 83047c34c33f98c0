/**
 * What the admin benchmarks share: their environment, a fresh database for the run, the app booted on it
 * as production runs it, loader requests signed as App Bridge signs them, timing, and the run's end
 * (the app's connections closed, the database and temp dir removed, a failure as the exit code).
 *
 * env (all optional):
 *   BENCH_DATABASE_URL=postgresql://…  PostgreSQL instead of SQLite (a new schema, dropped afterwards)
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sessionToken } from "../../scripts/emulator/session-token";
import { latency, type Latency } from "../lookup/report";
import { createBenchDatabase, type BenchDatabase } from "../notifications/database";

export const API_KEY = "bench-api-key";
export const SECRET = "bench-api-secret";
export const APP_URL = "https://parcelwise.example";
const PG_URL = process.env.BENCH_DATABASE_URL;

/** A numeric env variable, or `fallback` when it is unset or not a number. */
export const num = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? "");
  return Number.isFinite(value) && process.env[name] ? value : fallback;
};

/** Progress on stderr, so stdout holds the report alone. */
export const log = (message: string) => console.error(`[bench] ${message}`);

export interface AdminBench {
  db: BenchDatabase;
  /** The database, as the report names it. */
  label: string;
  /** Points the app at the seeded database (call once seeding is done, before importing app code). */
  bootApp(): void;
  /** A GET of an admin route as App Bridge sends it: the shop's session token, through authenticate.admin. */
  adminRequest(shop: string, pathAndQuery: string): Request;
}

/**
 * Runs one admin benchmark on a fresh, migrated database (SQLite in a temp dir, or a throwaway schema in
 * BENCH_DATABASE_URL's PostgreSQL), and removes it afterwards whatever happens. Sets the exit code on
 * failure.
 */
export function runAdminBench(name: string, body: (bench: AdminBench) => Promise<void>): void {
  run(name, body).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

async function run(name: string, body: (bench: AdminBench) => Promise<void>): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `parcelwise-bench-${name}-`));
  const db = await createBenchDatabase(name, tmp, PG_URL);
  let booted = false;
  try {
    await body({
      db,
      label: db.kind === "sqlite" ? "SQLite (WAL, temp dir)" : `PostgreSQL (${new URL(PG_URL!).host})`,
      bootApp: () => {
        booted = true;
        Object.assign(process.env, {
          NODE_ENV: "production",
          SHOPIFY_API_KEY: API_KEY,
          SHOPIFY_API_SECRET: SECRET,
          SHOPIFY_APP_URL: APP_URL,
          DATABASE_URL: db.url,
          RUN_WORKER: "false",
          LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
        });
      },
      adminRequest: (shop, pathAndQuery) =>
        new Request(`${APP_URL}${pathAndQuery}`, {
          headers: { Authorization: `Bearer ${sessionToken(shop, API_KEY, SECRET)}` },
        }),
    });
  } finally {
    if (booted) {
      await import("../../app/db.server").then((app) => app.default.$disconnect()).catch(() => undefined);
    }
    await db.drop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `rounds` timed calls after `warmup` untimed ones. */
export async function timed(rounds: number, warmup: number, call: () => Promise<unknown>): Promise<Latency> {
  for (let k = 0; k < warmup; k++) await call();
  const samples: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  return latency(samples);
}
