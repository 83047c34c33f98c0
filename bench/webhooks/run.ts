/**
 * npm run bench:webhooks — signed Shopify webhooks over loopback HTTP against the production build
 * (remix-serve) and, in the same run, against bare-server.ts (HMAC + one SQLite INSERT). Per server:
 * warm-up, saturation (closed loop), fixed rate (open loop). Each server gets a fresh SQLite database
 * in a temp dir; the load generator is a separate process. Results: table on stdout and
 * bench/results/webhooks.json.
 *
 * env (all optional): BENCH_SECONDS (10), BENCH_RATE (500), BENCH_CONCURRENCY (32),
 * BENCH_WARMUP_SECONDS (2), BENCH_ONLY=app|bare, BENCH_CPU_PROF=<dir> (--cpu-prof the servers),
 * BENCH_KEEP=1 (keep the temp dir: databases and server logs).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import type { LoadConfig } from "./load";
import { BENCH_SHOP } from "./mix";
import { freePort, runLoad, startServer, stopServer, type Server } from "./procs";
import { oneLine, table, type ServerResult, type Verdict } from "./report";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const num = (name: string, fallback: number) => Number(process.env[name] ?? "") || fallback;
const SECONDS = num("BENCH_SECONDS", 10);
const RATE = num("BENCH_RATE", 500);
const CONCURRENCY = num("BENCH_CONCURRENCY", 32);
const WARMUP_SECONDS = num("BENCH_WARMUP_SECONDS", 2);
const TARGETS = { ratio: 0.5, p99Ms: 50 };

const log = (message: string) => console.error(`[bench] ${message}`);

function sh(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: "inherit", timeout: 600_000 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (${result.status ?? result.signal})`);
}

/** Migrated app database with the installed shop and its offline session, as after OAuth. */
function prepareAppDb(file: string) {
  sh(process.execPath, ["--import", "tsx", "scripts/migrate.ts", "deploy"], {
    ...process.env,
    DATABASE_URL: `file:${file}`,
  });
  const db = new Database(file);
  const now = new Date().toISOString().replace("Z", "+00:00");
  db.prepare(`INSERT INTO "Shop" (id, domain, updatedAt) VALUES (?, ?, ?)`).run(
    "bench-shop",
    BENCH_SHOP,
    now,
  );
  db.prepare(
    `INSERT INTO "Session" (id, shop, state, isOnline, scope, accessToken) VALUES (?, ?, '', 0, ?, ?)`,
  ).run(`offline_${BENCH_SHOP}`, BENCH_SHOP, "read_orders,read_fulfillments", "shpat_bench");
  db.close();
}

function countRows(file: string, tables: string[]): Record<string, number> {
  const db = new Database(file, { readonly: true });
  const counts = Object.fromEntries(
    tables.map((t) => [t, Number((db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n)]),
  );
  db.close();
  return counts;
}

async function benchServer(
  name: string,
  start: (port: number) => Promise<Server>,
  secret: string,
): Promise<ServerResult> {
  const port = await freePort();
  const server = await start(port);
  try {
    const phase = (label: string, mode: LoadConfig["mode"], load: number, seconds: number, index: number) => {
      log(
        `${name}: ${label} (${mode} loop, ${mode === "closed" ? `${load} connections` : `${load} req/s`}, ${seconds} s)`,
      );
      return runLoad({
        phase: label,
        mode,
        load,
        seconds,
        port,
        secret,
        idBase: 6_000_000_000_000 + index * 10_000_000_000,
      });
    };
    await phase("warm-up", "closed", 8, WARMUP_SECONDS, 0);
    const saturation = await phase("saturation", "closed", CONCURRENCY, SECONDS, 1);
    const fixedRate = await phase("fixed-rate", "open", RATE, SECONDS, 2);
    return { name, saturation, fixedRate, rows: {} };
  } finally {
    await stopServer(server);
  }
}

async function main() {
  if (!existsSync(path.join(ROOT, "build/server/index.js"))) {
    log("build/server/index.js missing: npm run build");
    sh("npm", ["run", "build"]);
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), "parcelwise-bench-"));
  const secret = randomBytes(24).toString("hex");
  const prof = process.env.BENCH_CPU_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`]
    : [];
  const baseEnv = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? os.homedir(),
    SHOPIFY_API_SECRET: secret,
  };
  const only = process.env.BENCH_ONLY;
  const results: ServerResult[] = [];
  log(`temp dir ${tmp}; ${os.cpus().length} cores shared by server and load generator`);
  try {
    if (only !== "app") {
      const file = path.join(tmp, "bare.sqlite");
      const env = { ...baseEnv, BARE_DB: file };
      const script = fileURLToPath(new URL("./bare-server.ts", import.meta.url));
      const start = (port: number) =>
        startServer(
          "bare",
          [...prof, "--import", "tsx", script],
          { ...env, PORT: String(port) },
          port,
          path.join(tmp, "bare.log"),
          ROOT,
        );
      const result = await benchServer("bare", start, secret);
      results.push({ ...result, rows: countRows(file, ["receipts"]) });
    }
    if (only !== "bare") {
      const file = path.join(tmp, "app.sqlite");
      prepareAppDb(file);
      const start = (port: number) =>
        startServer(
          "app",
          [...prof, path.join(ROOT, "node_modules/@remix-run/serve/dist/cli.js"), "./build/server/index.js"],
          {
            ...baseEnv,
            NODE_ENV: "production",
            PORT: String(port),
            HOST: "127.0.0.1",
            SHOPIFY_API_KEY: "bench-api-key",
            SHOPIFY_APP_URL: `http://127.0.0.1:${port}`,
            DATABASE_URL: `file:${file}`,
            // Guard: nothing in this run should call the Admin API, but if a job did, it stays on loopback.
            SHOPIFY_ADMIN_ORIGIN: "http://127.0.0.1:9",
          },
          port,
          path.join(tmp, "app.log"),
          ROOT,
        );
      const result = await benchServer("app", start, secret);
      results.push({
        ...result,
        rows: countRows(file, ["WebhookReceipt", "Order", "Shipment", "TrackingEvent"]),
      });
    }
  } finally {
    if (process.env.BENCH_KEEP) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  report(results);
}

function report(results: ServerResult[]) {
  console.log(
    `\nSigned webhooks over loopback HTTP; ${os.cpus().length} cores shared by the server and the load generator (separate process).`,
  );
  console.log(
    `saturation: closed loop, ${CONCURRENCY} keep-alive connections, ${SECONDS} s; fixed rate: open loop, ${RATE} req/s, ${SECONDS} s, latency from scheduled send.\n`,
  );
  console.log(table(results));
  const app = results.find((r) => r.name === "app");
  const bare = results.find((r) => r.name === "bare");
  let verdict: Verdict | undefined;
  if (app && bare) {
    const ratio = app.saturation.throughput / bare.saturation.throughput;
    const p99 = app.fixedRate.latency.p99;
    const clean = [app, bare].every((r) =>
      [r.saturation, r.fixedRate].every((p) => p.errors === 0 && Object.keys(p.non200).length === 0),
    );
    verdict = {
      ratio,
      ratioTarget: TARGETS.ratio,
      p99,
      p99Target: TARGETS.p99Ms,
      rate: RATE,
      pass: clean && ratio >= TARGETS.ratio && p99 <= TARGETS.p99Ms,
    };
    console.log(`\n${oneLine(app, bare, verdict)}`);
  }
  for (const r of results) {
    for (const p of [r.saturation, r.fixedRate])
      for (const s of p.samples) console.log(`  ${r.name} ${p.phase}: ${s}`);
  }
  const out = path.join(ROOT, "bench/results/webhooks.json");
  mkdirSync(path.dirname(out), { recursive: true });
  const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version };
  const config = { seconds: SECONDS, rate: RATE, concurrency: CONCURRENCY, warmupSeconds: WARMUP_SECONDS };
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), machine, config, targets: TARGETS, verdict, results }, null, 2)}\n`,
  );
  console.log(`results: ${path.relative(ROOT, out)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
