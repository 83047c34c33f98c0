/**
 * One deployment under test: a web process (the production build, `npm run start`) and `workers` worker
 * processes (`npm run worker`) on one database, as the README's "Many web and worker processes" section
 * runs them. workers = 0: the web process is its own worker (RUN_WORKER=true, the SQLite default).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import type { BenchDatabase, Value } from "../notifications/database";
import { shopId } from "../notifications/seed";
import { BENCH_SHOP } from "../webhooks/mix";
import { freePort, startServer, stopServer, type Server } from "../webhooks/procs";
import { ROOT } from "../webhooks/servers";

export interface Deployment {
  port: number;
  web: Server;
  workers: ChildProcess[];
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startDeployment(options: {
  url: string;
  secret: string;
  smtpUrl: string;
  workers: number;
  tmp: string;
}): Promise<Deployment> {
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    SHOPIFY_API_KEY: "bench-api-key",
    SHOPIFY_API_SECRET: options.secret,
    SHOPIFY_APP_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: options.url,
    SMTP_URL: options.smtpUrl,
    RUN_WORKER: options.workers ? "false" : "true",
    // Nothing here should call the Admin API; if a job did, it would stay on loopback.
    SHOPIFY_ADMIN_ORIGIN: "http://127.0.0.1:9",
    LOG_LEVEL: "error",
  };
  const web = await startServer(
    "web",
    ["--import", "tsx", "scripts/serve.ts"],
    env,
    port,
    path.join(options.tmp, "web.log"),
    ROOT,
  );
  const workers: ChildProcess[] = [];
  for (let i = 0; i < options.workers; i++) {
    const logFile = path.join(options.tmp, `worker-${i}.log`);
    const log = openSync(logFile, "a");
    workers.push(
      spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
        cwd: ROOT,
        env: env as NodeJS.ProcessEnv,
        stdio: ["ignore", log, log],
      }),
    );
    closeSync(log);
    const deadline = Date.now() + 60_000;
    while (!readFileSync(logFile, "utf8").includes("started")) {
      if (Date.now() > deadline) throw new Error(`worker ${i} did not start; see ${logFile}`);
      await sleep(100);
    }
  }
  return {
    port,
    web,
    workers,
    stop: async () => {
      await Promise.all(workers.map((child) => stopServer({ name: "worker", port, child })));
      await stopServer(web);
    },
  };
}

type Row = Record<string, Value>;

async function insertRows(db: BenchDatabase, table: string, rows: Row[]) {
  for (let i = 0; i < rows.length; i += 5_000) {
    const part = rows.slice(i, i + 5_000);
    const columns = Object.keys(part[0]);
    await db.insert(
      table,
      columns,
      part.map((row) => columns.map((c) => row[c])),
    );
  }
}

/** The shop the webhook stream (bench/webhooks/mix.ts) is for, installed, with its offline session. */
export async function seedWebhookShop(db: BenchDatabase, now: Date): Promise<void> {
  await insertRows(db, "Shop", [
    { id: "bench-webhook-shop", domain: BENCH_SHOP, installedAt: now, createdAt: now, updatedAt: now },
  ]);
  await insertRows(db, "Session", [
    {
      id: `offline_${BENCH_SHOP}`,
      shop: BENCH_SHOP,
      state: "",
      scope: "read_orders,read_fulfillments",
      accessToken: "shpat_bench",
    },
  ]);
}

/**
 * `count` orders of the first seeded shop that shipped an hour ago (ids "bno…", "bns…", apart from the
 * store's own rows); `queueDueEmails` then adds each one's pending SHIPPED email as ingest leaves it (the
 * shop has no settings row: the default rules send SHIPPED by email).
 */
export async function seedShippedOrders(db: BenchDatabase, count: number, now: Date): Promise<void> {
  const shippedAt = new Date(now.getTime() - 3_600_000);
  const shop = shopId(0);
  const n = Array.from({ length: count }, (_, i) => i);
  await insertRows(
    db,
    "Order",
    n.map((i) => ({
      id: `bno${i}`,
      shopId: shop,
      shopifyId: String(9_500_000_000 + i),
      name: `#B${1001 + i}`,
      email: `scale${i}@example.com`,
      customerFirstName: "Alex",
      customerLocale: "en",
      shopifyUpdatedAt: shippedAt,
      createdAt: shippedAt,
      updatedAt: shippedAt,
    })),
  );
  await insertRows(
    db,
    "Shipment",
    n.map((i) => ({
      id: `bns${i}`,
      shopId: shop,
      orderId: `bno${i}`,
      orderShopifyId: String(9_500_000_000 + i),
      shopifyId: String(9_600_000_000 + i),
      carrier: "UPS",
      trackingNumbers: JSON.stringify([`1ZSCALE${String(i).padStart(10, "0")}`]),
      status: "IN_TRANSIT",
      statusAt: shippedAt,
      shippedAt,
      shopifyUpdatedAt: shippedAt,
      createdAt: shippedAt,
      updatedAt: shippedAt,
    })),
  );
}

/**
 * The outbox rows (ids `<prefix>…`), due now, for the seeded shipments from number `first` on: one
 * transaction for up to 5,000.
 */
export async function queueDueEmails(
  db: BenchDatabase,
  count: number,
  now: Date,
  { first = 0, prefix = "bnn" }: { first?: number; prefix?: string } = {},
): Promise<void> {
  const milestoneAt = new Date(now.getTime() - 3_600_000);
  await insertRows(
    db,
    "Notification",
    Array.from({ length: count }, (_, i) => ({
      id: `${prefix}${i}`,
      shopId: shopId(0),
      shipmentId: `bns${first + i}`,
      milestone: "SHIPPED",
      channel: "email",
      occurrence: "",
      fallback: "[]",
      status: "PENDING",
      milestoneAt,
      context: "{}",
      dueAt: now,
      attempts: 0,
      createdAt: now,
      updatedAt: now,
    })),
  );
}
