/**
 * npm run bench:scale — throughput of whole deployments on a store of 1,000,000 shipments (50 shops, as
 * bench:lookup seeds it): one process on SQLite (the web process is its own worker) against one web
 * process and two `npm run worker` processes on PostgreSQL (pg-boss, docs/decisions/0016). For each:
 *  - webhooks/s: signed webhooks (bench/webhooks' stream) from 32 connections for 20 s; acknowledged/s
 *    is what Shopify sees, applied/s counts until the inbox is empty again (the workers' share);
 *  - notifications/s: 5,000 SHIPPED emails due at once, until all are sent to an SMTP sink process,
 *    which also checks that each arrived exactly once;
 *  - notifications/s through a relay: 1,000 more, with the sink answering each message 150 ms later, as a
 *    real mail provider does. Here the senders wait on the network, not on this machine's two cores:
 *    what more worker processes (each with its own connection pool) buy when the cores are not the limit.
 * It prints both, the ratio PostgreSQL / SQLite, and writes bench/results/scale.json. Every process
 * shares this machine's cores: the figures compare deployments here, not a cluster.
 *
 * env (all optional): BENCH_PG_URL (postgresql://postgres@127.0.0.1:5432/postgres; a throwaway schema),
 * BENCH_SHIPMENTS (1000000), BENCH_SHOPS (50), BENCH_WORKERS (2), BENCH_SECONDS (20),
 * BENCH_CONCURRENCY (32), BENCH_NOTIFICATIONS (5000), BENCH_RELAY_NOTIFICATIONS (1000),
 * BENCH_RELAY_LATENCY_MS (150), BENCH_ONLY=sqlite|postgresql, BENCH_KEEP=1 (temp dir)
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { num } from "../lookup/big-store";
import { seedStore, type StorePlan } from "../lookup/seed";
import { createBenchDatabase, type BenchDatabase } from "../notifications/database";
import { startSink, type Sink } from "../notifications/smtp";
import { runLoad } from "../webhooks/procs";
import { ensureBuild, ROOT } from "../webhooks/servers";
import { queueDueEmails, seedShippedOrders, seedWebhookShop, startDeployment } from "./deployment";

const CONFIG = {
  pgUrl: process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  workers: num("BENCH_WORKERS", 2),
  seconds: num("BENCH_SECONDS", 20),
  concurrency: num("BENCH_CONCURRENCY", 32),
  notifications: num("BENCH_NOTIFICATIONS", 5_000),
  relayNotifications: num("BENCH_RELAY_NOTIFICATIONS", 1_000),
  relayLatencyMs: num("BENCH_RELAY_LATENCY_MS", 150),
};
const STORE: StorePlan = {
  shipments: num("BENCH_SHIPMENTS", 1_000_000),
  shops: num("BENCH_SHOPS", 50),
  eventsEvery: 4,
  eventsPerShipment: 4,
};

const log = (message: string) => console.error(`[bench] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface SideResult {
  kind: "sqlite" | "postgresql";
  deployment: string;
  seedSeconds: number;
  webhooks: {
    acknowledged: number;
    ackPerSecond: number;
    p99Ms: number;
    appliedPerSecond: number;
    non200: number;
  };
  notifications: { count: number; perSecond: number; sent: number; duplicates: number };
  relay: { count: number; perSecond: number; sent: number; duplicates: number };
}

async function count(db: BenchDatabase, sql: string): Promise<number> {
  const [row] = await db.query<{ n: number | string }>(sql);
  return Number(row.n);
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}

async function side(kind: "sqlite" | "postgresql", secret: string): Promise<SideResult> {
  const workers = kind === "sqlite" ? 0 : CONFIG.workers;
  const deployment =
    kind === "sqlite" ? "SQLite, 1 process" : `PostgreSQL, 1 web + ${workers} worker processes`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), `parcelwise-bench-scale-${kind}-`));
  log(`${deployment}: temp dir ${tmp}`);
  const db = await createBenchDatabase("scale", tmp, kind === "postgresql" ? CONFIG.pgUrl : undefined);
  const sink = await startSink();
  try {
    const seedStart = performance.now();
    const now = new Date();
    await seedStore(db, STORE, now, (m) => log(`${kind}: ${m}`));
    await seedWebhookShop(db, now);
    await seedShippedOrders(db, CONFIG.notifications + CONFIG.relayNotifications, now);
    if (kind === "postgresql") await db.query("ANALYZE");
    const seedSeconds = (performance.now() - seedStart) / 1000;
    log(`${kind}: seeded in ${seedSeconds.toFixed(0)} s`);

    const running = await startDeployment({ url: db.url, secret, smtpUrl: sink.url, workers, tmp });
    try {
      // Webhooks: acknowledged under saturation, then applied until the inbox has nothing waiting.
      log(`${kind}: webhooks, ${CONFIG.concurrency} connections for ${CONFIG.seconds} s`);
      const started = performance.now();
      const load = await runLoad({
        phase: "saturation",
        mode: "closed",
        load: CONFIG.concurrency,
        seconds: CONFIG.seconds,
        port: running.port,
        secret,
        idBase: 7_000_000_000_000,
      });
      const waiting = `SELECT COUNT(*) AS n FROM "WebhookInbox" WHERE "processedAt" IS NULL AND "failedAt" IS NULL`;
      await until("inbox applied", async () => (await count(db, waiting)) === 0, 300_000);
      const appliedSeconds = (performance.now() - started) / 1000;
      const applied = await count(
        db,
        `SELECT COUNT(*) AS n FROM "WebhookInbox" WHERE "processedAt" IS NOT NULL`,
      );
      // The emails those webhooks queued go out before the next phase starts.
      const due = `SELECT COUNT(*) AS n FROM "Notification" WHERE status = 'PENDING' AND "dueAt" <= ?`;
      await until(
        "webhook emails sent",
        async () => (await db.query<{ n: number }>(due, [new Date()])).every((r) => Number(r.n) === 0),
        120_000,
      );

      // Notifications: all due at once, to a sink that answers at once, then through a relay's latency.
      log(`${kind}: ${CONFIG.notifications} emails due at once`);
      const notifications = await sendBatch(db, sink, CONFIG.notifications, { prefix: "bnn" });
      log(`${kind}: ${CONFIG.relayNotifications} emails through a ${CONFIG.relayLatencyMs} ms relay`);
      await sink.setLatency(CONFIG.relayLatencyMs);
      const relay = await sendBatch(db, sink, CONFIG.relayNotifications, {
        prefix: "bnr",
        first: CONFIG.notifications,
      });
      return {
        kind,
        deployment,
        seedSeconds,
        webhooks: {
          acknowledged: load.ok,
          ackPerSecond: load.throughput,
          p99Ms: load.latency.p99,
          appliedPerSecond: applied / appliedSeconds,
          non200: Object.values(load.non200).reduce((a, b) => a + b, 0) + load.errors,
        },
        notifications,
        relay,
      };
    } finally {
      await running.stop();
    }
  } finally {
    await sink.stop();
    if (kind === "postgresql") {
      const schema = new URL(db.url).searchParams.get("schema");
      await db.query(`DROP SCHEMA IF EXISTS "${schema}_pgboss" CASCADE`);
    }
    await db.drop();
    if (process.env.BENCH_KEEP !== "1") rmSync(tmp, { recursive: true, force: true });
  }
}

/** Queues `count` emails due now and waits until none is pending; checks each arrived exactly once. */
async function sendBatch(
  db: BenchDatabase,
  sink: Sink,
  total: number,
  { prefix, first = 0 }: { prefix: string; first?: number },
): Promise<SideResult["notifications"]> {
  const before = await sink.count();
  const started = performance.now();
  await queueDueEmails(db, total, new Date(), { first, prefix });
  const pending = `SELECT COUNT(*) AS n FROM "Notification" WHERE id LIKE '${prefix}%' AND status = 'PENDING'`;
  await until(`${prefix} emails sent`, async () => (await count(db, pending)) === 0, 600_000);
  const seconds = (performance.now() - started) / 1000;
  await sleep(500);
  const after = await sink.count();
  const sent = await count(
    db,
    `SELECT COUNT(*) AS n FROM "Notification" WHERE id LIKE '${prefix}%' AND status = 'SENT'`,
  );
  return {
    count: total,
    perSecond: total / seconds,
    sent,
    duplicates: after.received - before.received - (after.distinct - before.distinct),
  };
}

const cell = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(0)).padStart(12);

function report(results: SideResult[]) {
  const sqlite = results.find((r) => r.kind === "sqlite");
  const pg = results.find((r) => r.kind === "postgresql");
  const row = (label: string, pick: (r: SideResult) => number) => {
    const ratio = sqlite && pg ? `${(pick(pg) / pick(sqlite)).toFixed(2)}×`.padStart(14) : "";
    return `${label.padEnd(36)}${cell(sqlite && pick(sqlite))}${cell(pg && pick(pg))}${ratio}`;
  };
  console.log(
    [
      "",
      `bench:scale — ${STORE.shipments.toLocaleString("en")} shipments in ${STORE.shops} shops; ` +
        `${os.cpus().length} cores shared by every process`,
      ...results.map(
        (r) =>
          `  ${r.deployment}: ${r.webhooks.acknowledged} webhooks acknowledged (p99 ` +
          `${r.webhooks.p99Ms.toFixed(0)} ms, ${r.webhooks.non200} not 200); ` +
          `${r.notifications.sent}/${r.notifications.count} emails sent, ${r.notifications.duplicates} twice; ` +
          `through the relay ${r.relay.sent}/${r.relay.count}, ${r.relay.duplicates} twice`,
      ),
      "",
      `${"".padEnd(36)}${"SQLite 1".padStart(12)}${`PG 1+${CONFIG.workers}`.padStart(12)}${"PG / SQLite".padStart(14)}`,
      row("webhooks acknowledged / s", (r) => r.webhooks.ackPerSecond),
      row("webhooks applied / s (end to end)", (r) => r.webhooks.appliedPerSecond),
      row("notifications sent / s", (r) => r.notifications.perSecond),
      row(`  through a ${CONFIG.relayLatencyMs} ms relay`, (r) => r.relay.perSecond),
    ].join("\n"),
  );
}

const only = process.env.BENCH_ONLY;
const kinds = (["sqlite", "postgresql"] as const).filter((k) => !only || only === k);
const { stale } = ensureBuild(false);
if (stale) log("warning: app/ changed since the last build (BENCH_REBUILD is not read here: npm run build)");
const secret = randomBytes(24).toString("hex");
const results: SideResult[] = [];
for (const kind of kinds) results.push(await side(kind, secret));
report(results);
mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true });
writeFileSync(
  path.join(ROOT, "bench", "results", "scale.json"),
  `${JSON.stringify({ store: STORE, config: { ...CONFIG, pgUrl: undefined }, results }, null, 2)}\n`,
);
