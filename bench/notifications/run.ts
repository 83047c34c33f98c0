/**
 * npm run bench:notifications — two measurements of the notification pipeline, each on a fresh,
 * migrated database (SQLite in a temp dir, removed afterwards; or a throwaway schema in PostgreSQL):
 * 1. dispatch throughput: N pending emails sent by dispatchNotifications to a local SMTP server;
 * 2. delay/stall detection: detectLateAndStalled over a million active shipments, some due.
 * Figures on stdout, progress on stderr, a summary block at the end; exit code 1 when a target is missed.
 *
 * env (all optional):
 *   BENCH_DATABASE_URL=postgresql://…  PostgreSQL instead of SQLite (a new schema, dropped afterwards)
 *   BENCH_ONLY=dispatch|detect         one phase only
 *   BENCH_EMAILS (5000)                outbox rows to send
 *   BENCH_CONCURRENCY, BENCH_BATCH_SIZE the dispatcher's lanes and claim size (default: the worker's)
 *   BENCH_PROFILE=1                    CPU profile and query timings of the dispatch phase
 *   BENCH_SHIPMENTS (1000000), BENCH_SHOPS (50), BENCH_DUE_FRACTION (0.01), BENCH_SPREAD_DAYS (30)
 *   BENCH_IDLE_PASSES (5)              nothing-due passes to time
 *   BENCH_KEEP=1                       keep the temp dir (and the PostgreSQL schema is still dropped)
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { num } from "../lookup/big-store";
import type { DetectFigures } from "./detect";
import type { DispatchFigures } from "./dispatch";
import { detectPasses, detectSection, dispatchPasses, dispatchSection, summary } from "./report";

const optional = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
const log = (message: string) => console.error(`[bench] ${message}`);
/** A database URL without its password, for printing. */
const masked = (url: string) => url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");

const PG_URL = process.env.BENCH_DATABASE_URL;
if (PG_URL && !/^postgres(ql)?:\/\//.test(PG_URL)) {
  throw new Error("BENCH_DATABASE_URL must be a postgresql:// URL (SQLite is the default)");
}
const ONLY = process.env.BENCH_ONLY;

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "parcelwise-bench-notifications-"));
  // The app reads its configuration once, at import: set it before any app module loads. The databases
  // are passed explicitly (createDb); DATABASE_URL only keeps the unused default client off ./data.
  Object.assign(process.env, {
    NODE_ENV: "production",
    SHOPIFY_API_KEY: "bench-api-key",
    SHOPIFY_API_SECRET: "bench-api-secret",
    SHOPIFY_APP_URL: "https://parcelwise.example",
    DATABASE_URL: `file:${path.join(tmp, "unused.sqlite")}`,
    RUN_WORKER: "false",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
  });
  const database = PG_URL
    ? `PostgreSQL (${new URL(PG_URL).host}, throwaway schemas)`
    : "SQLite (WAL, synchronous=FULL, temp dir)";
  log(`temp dir ${tmp}; ${os.cpus().length} cores; ${database}`);
  let dispatch: DispatchFigures | undefined;
  let detect: DetectFigures | undefined;
  try {
    if (ONLY !== "detect") {
      const { benchDispatch } = await import("./dispatch");
      dispatch = await benchDispatch({
        tmp,
        pgUrl: PG_URL,
        emails: num("BENCH_EMAILS", 5000),
        concurrency: optional("BENCH_CONCURRENCY"),
        batchSize: optional("BENCH_BATCH_SIZE"),
        profile: process.env.BENCH_PROFILE === "1",
      });
      console.log(dispatchSection(dispatch).join("\n"));
    }
    if (ONLY !== "dispatch") {
      const { benchDetect } = await import("./detect");
      detect = await benchDetect({
        tmp,
        pgUrl: PG_URL,
        shipments: num("BENCH_SHIPMENTS", 1_000_000),
        shops: num("BENCH_SHOPS", 50),
        dueFraction: num("BENCH_DUE_FRACTION", 0.01),
        spreadDays: num("BENCH_SPREAD_DAYS", 30),
        idlePasses: num("BENCH_IDLE_PASSES", 5),
      });
      console.log(detectSection(detect).join("\n"));
    }
  } finally {
    if (process.env.BENCH_KEEP) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith("BENCH_"))
    .map(([name, value]) => `${name}=${name === "BENCH_DATABASE_URL" ? masked(value ?? "") : value} `)
    .join("");
  console.log(summary(`${settings}npm run bench:notifications`, database, dispatch, detect).join("\n"));
  const failed = (dispatch && !dispatchPasses(dispatch)) || (detect && !detectPasses(detect));
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
