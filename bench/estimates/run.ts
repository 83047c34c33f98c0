/**
 * npm run bench:estimates — learned delivery estimates against "carrier default days", and what learning
 * costs in the database.
 *
 * 1. Accuracy, on a synthetic but realistic history (generator.ts documents it; profiles.ts holds the shops
 *    and lanes). Seeded: the same figures on every machine. Two shops, a year of fulfillments; parcels
 *    shipped from June on are scored, each estimated at the moment it ships from the statistics of the
 *    deliveries before that day (evaluate.ts). Prints MAE in days, the share delivered inside the range,
 *    range width and stated confidence, overall, per shop and per lane; calibration; early lateness.
 * 2. Cost: a million shipments seeded in bulk (a fresh SQLite file, or a throwaway PostgreSQL schema);
 *    the aggregate query and the learn-lanes job for the biggest shop, the lookup per new parcel.
 *
 * Exit code 1 when the learned estimates do not beat the baseline (the bar of
 * tests/unit/learned-estimates-bench.test.ts).
 *
 * env (all optional): BENCH_ONLY=accuracy|database; BENCH_SEED, BENCH_VOLUME (1: the shops' daily volume),
 * BENCH_WINDOW_DAYS (180), BENCH_MIN_LANE (20: lanes with fewer delivered test parcels are summed as
 * "thin"); BENCH_SHIPMENTS (1000000), BENCH_SHOPS (20), BENCH_DATABASE_URL=postgresql://… (PostgreSQL
 * instead of SQLite for the cost phase).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { num } from "../lookup/big-store";
import { DEFAULT_EVALUATION, evaluate } from "./evaluate";
import { compare } from "./metrics";
import { printReport } from "./report";

const log = (message: string) => console.error(`[bench] ${message}`);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const ONLY = process.env.BENCH_ONLY;

function accuracy(): boolean {
  const options = {
    ...DEFAULT_EVALUATION,
    seed: num("BENCH_SEED", DEFAULT_EVALUATION.seed),
    volume: num("BENCH_VOLUME", 1),
    windowDays: num("BENCH_WINDOW_DAYS", DEFAULT_EVALUATION.windowDays),
  };
  const started = Date.now();
  log(
    `simulating ${options.days} days from ${options.from}, scoring parcels shipped from ${options.testFrom}`,
  );
  const scored = evaluate(options);
  const frozen = evaluate({ ...options, frozen: true });
  log(`${scored.length} parcels scored in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  printReport(scored, frozen, num("BENCH_MIN_LANE", 20));
  const { learned, naive } = compare(scored);
  const pass =
    learned.mae <= 0.85 * naive.mae && learned.inRange >= 0.8 && learned.inRange >= naive.inRange + 0.15;
  console.log(
    `\n${pass ? "PASS" : "FAIL"}: learned MAE ≤ 85% of naive, ≥ 80% inside the range and ≥ 15 points above naive`,
  );
  return pass;
}

async function database(): Promise<void> {
  const pgUrl = process.env.BENCH_DATABASE_URL;
  if (pgUrl && !/^postgres(ql)?:\/\//.test(pgUrl))
    throw new Error("BENCH_DATABASE_URL must be a postgresql:// URL");
  const tmp = mkdtempSync(path.join(os.tmpdir(), "parcelwise-bench-estimates-"));
  // The app reads its configuration once, at import: set it before any app module loads.
  Object.assign(process.env, {
    NODE_ENV: "production",
    SHOPIFY_API_KEY: "bench-api-key",
    SHOPIFY_API_SECRET: "bench-api-secret",
    SHOPIFY_APP_URL: "https://parcelwise.example",
    DATABASE_URL: `file:${path.join(tmp, "unused.sqlite")}`,
    RUN_WORKER: "false",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
  });
  try {
    const { measureDatabase } = await import("./database");
    const f = await measureDatabase(
      tmp,
      pgUrl,
      { shipments: num("BENCH_SHIPMENTS", 1_000_000), shops: num("BENCH_SHOPS", 20) },
      log,
    );
    console.log(`\n== Cost in the database (${f.kind}): ${f.shipments} shipments, ${f.shops} shops ==`);
    console.log(
      `  biggest shop: ${f.windowDeliveries} deliveries in the 180-day window → ${f.groups} groups`,
    );
    console.log(`  aggregate query (3 runs): ${f.aggregateMs.map(ms).join(", ")}`);
    console.log(
      `  learn-lanes job: ${ms(f.learnMs)} (${f.laneRows} LaneStat rows, ${f.estimated} waiting parcels estimated)`,
    );
    console.log(`  lookup per new parcel at ingest: mean ${ms(f.lookupMs.mean)}, p95 ${ms(f.lookupMs.p95)}`);
    if (f.plan.length) console.log(`  SQLite plan: ${f.plan.join(" / ")}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const pass = ONLY === "database" ? true : accuracy();
  if (ONLY !== "accuracy") await database();
  if (!pass) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
