/**
 * npm run bench:webhooks — signed Shopify webhooks over loopback HTTP against the production build
 * (remix-serve) and, in the same run, against bare-server.ts (HMAC + one SQLite INSERT). Phases, each
 * server in turn: warm-up, saturation (closed loop), fixed rate (open loop). Each server gets a fresh
 * SQLite database in a temp dir; the load generator is a separate process. Results: table on stdout and
 * bench/results/webhooks.json.
 *
 * env (all optional):
 *   BENCH_SECONDS (10), BENCH_RATE (500), BENCH_CONCURRENCY (32), BENCH_WARMUP_SECONDS (2)
 *   BENCH_ONLY=app|bare     one server only
 *   BENCH_REBUILD=1         npm run build first (otherwise only when build/ is missing; warns when stale)
 *   BENCH_KEEP=1            keep the temp dir (databases, server logs)
 *   BENCH_SERVER_NODE_ARGS  node flags for the servers, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
 *   BENCH_APP_COMMAND       node arguments instead of remix-serve's, e.g. a custom "server.mjs"
 *   BENCH_BARE_SYNCHRONOUS  FULL (default: an fsync per commit, as the app today) or NORMAL
 *   BENCH_APP_WAL=1         what-if: put the app's database in WAL mode (persists in the file;
 *                           better-sqlite3 then opens it with synchronous=NORMAL)
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LoadConfig } from "./load";
import { freePort, machineBusyMs, processCpuMs, runLoad, stopServer, type Server } from "./procs";
import { oneLine, table, type ServerResult, type Verdict } from "./report";
import type { PhaseResult } from "./stats";
import { appServer, bareServer, ensureBuild, ROOT, type ServerUnderTest } from "./servers";

const num = (name: string, fallback: number) => Number(process.env[name] ?? "") || fallback;
const CONFIG = {
  seconds: num("BENCH_SECONDS", 10),
  rate: num("BENCH_RATE", 500),
  concurrency: num("BENCH_CONCURRENCY", 32),
  warmupSeconds: num("BENCH_WARMUP_SECONDS", 2),
  bareSynchronous: process.env.BENCH_BARE_SYNCHRONOUS === "NORMAL" ? ("NORMAL" as const) : ("FULL" as const),
};
const TARGETS = { ratio: 0.5, p99Ms: 50 };

const log = (message: string) => console.error(`[bench] ${message}`);

interface Running {
  server: ServerUnderTest;
  port: number;
  proc: Server;
}

async function phase(
  { server, port, proc }: Running,
  secret: string,
  [label, mode, load, seconds, index]: [string, LoadConfig["mode"], number, number, number],
): Promise<PhaseResult> {
  const what = mode === "closed" ? `${load} connections` : `${load} req/s`;
  log(`${server.name}: ${label} (${mode} loop, ${what}, ${seconds} s)`);
  const [cpuBefore, busyBefore] = [processCpuMs(proc.child.pid), machineBusyMs()];
  const idBase = 6_000_000_000_000 + index * 10_000_000_000;
  const result = await runLoad({ phase: label, mode, load, seconds, port, secret, idBase });
  const [cpuAfter, busyAfter] = [processCpuMs(proc.child.pid), machineBusyMs()];
  if (cpuBefore === undefined || cpuAfter === undefined) return result;
  result.serverCpuMs = cpuAfter - cpuBefore;
  if (busyBefore !== undefined && busyAfter !== undefined) {
    // The load generator's own start-up (not in clientCpuMs) lands here too: a few % at most.
    const other = busyAfter - busyBefore - result.serverCpuMs - result.clientCpuMs;
    result.otherCpuPct = Math.max(0, (100 * other) / result.durationMs);
    if (result.otherCpuPct > 25) {
      log(`warning: other processes used ${result.otherCpuPct.toFixed(0)}% of a core during ${label}`);
    }
  }
  return result;
}

/**
 * Both servers stay up and take turns phase by phase (the idle one uses next to no CPU), so the two
 * sides of each comparison are measured seconds apart, under much the same machine conditions.
 */
async function benchAll(servers: ServerUnderTest[], secret: string): Promise<ServerResult[]> {
  const running: Running[] = [];
  try {
    for (const server of servers) {
      const port = await freePort();
      running.push({ server, port, proc: await server.start(port) });
    }
    const { warmupSeconds, concurrency, seconds, rate } = CONFIG;
    const warmup: PhaseResult[] = [];
    for (const r of running) warmup.push(await phase(r, secret, ["warm-up", "closed", 8, warmupSeconds, 0]));
    const saturation: PhaseResult[] = [];
    for (const r of running)
      saturation.push(await phase(r, secret, ["saturation", "closed", concurrency, seconds, 1]));
    const fixedRate: PhaseResult[] = [];
    for (const r of running) fixedRate.push(await phase(r, secret, ["fixed-rate", "open", rate, seconds, 2]));
    return running.map((r, i) => ({
      name: r.server.name,
      saturation: saturation[i],
      fixedRate: fixedRate[i],
      answered: warmup[i].ok + saturation[i].ok + fixedRate[i].ok,
      rows: {},
    }));
  } finally {
    for (const r of running) await stopServer(r.proc);
  }
}

async function main() {
  const { stale } = ensureBuild(process.env.BENCH_REBUILD === "1");
  if (stale) log("warning: app/ has changed since build/ was built; BENCH_REBUILD=1 rebuilds first");
  const tmp = mkdtempSync(path.join(os.tmpdir(), "parcelwise-bench-"));
  const options = {
    tmp,
    secret: randomBytes(24).toString("hex"),
    nodeArgs: (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean),
    bareSynchronous: CONFIG.bareSynchronous,
  };
  log(`temp dir ${tmp}; ${os.cpus().length} cores shared by the servers and the load generator`);
  let results: ServerResult[];
  try {
    const only = process.env.BENCH_ONLY;
    const servers = [
      ...(only === "app" ? [] : [bareServer(options)]),
      ...(only === "bare" ? [] : [appServer(options, process.env.BENCH_APP_WAL === "1")]),
    ];
    results = await benchAll(servers, options.secret);
    results.forEach((result, i) => {
      result.rows = servers[i].rows();
      const receipts = Object.values(result.rows)[0];
      // More rows than answers is fine (a request given up on by the client may still commit); fewer is not.
      if (receipts < result.answered)
        log(`error: ${result.name} answered ${result.answered} with 200 but wrote ${receipts} receipts`);
    });
  } finally {
    if (process.env.BENCH_KEEP) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  report(results, stale);
}

function report(results: ServerResult[], staleBuild: boolean) {
  const { seconds, rate, concurrency } = CONFIG;
  console.log(
    `\nSigned webhooks over loopback HTTP, the servers taking turns phase by phase; ${os.cpus().length} cores shared by the server and the load generator (a separate process).` +
      `\nsaturation: closed loop, ${concurrency} keep-alive connections, ${seconds} s. fixed rate: open loop, ${rate} req/s, ${seconds} s, latency from the scheduled send.` +
      `\nbare: WAL, synchronous=${CONFIG.bareSynchronous}.` +
      (staleBuild ? "\nwarning: build/ is older than app/ (BENCH_REBUILD=1 to rebuild)." : "") +
      "\n",
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
    const pass = clean && ratio >= TARGETS.ratio && p99 <= TARGETS.p99Ms;
    verdict = { ratio, ratioTarget: TARGETS.ratio, p99, p99Target: TARGETS.p99Ms, rate, pass };
    console.log(`\n${oneLine(app, bare, verdict)}`);
  }
  for (const r of results) {
    for (const p of [r.saturation, r.fixedRate]) {
      for (const sample of p.samples) console.log(`  ${r.name} ${p.phase}: ${sample}`);
    }
  }
  const out = path.join(ROOT, "bench/results/webhooks.json");
  mkdirSync(path.dirname(out), { recursive: true });
  const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version };
  const json = {
    date: new Date().toISOString(),
    machine,
    config: CONFIG,
    staleBuild,
    targets: TARGETS,
    verdict,
    results,
  };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`results: ${path.relative(ROOT, out)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
