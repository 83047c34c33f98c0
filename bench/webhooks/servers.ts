/** The two servers under test: how each is prepared, started and checked afterwards. */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, openSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { BENCH_SHOP } from "./mix";
import { startServer, type Server } from "./procs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** BENCH_WORKER=1: the web process only acknowledges; one `npm run worker` process applies. */
const WITH_WORKER = process.env.BENCH_WORKER === "1";

/** What `npm start` runs (tsx scripts/serve.ts), as node arguments. */
const APP_COMMAND = (process.env.BENCH_APP_COMMAND ?? "--import tsx scripts/serve.ts")
  .split(" ")
  .filter(Boolean);

export interface ServerUnderTest {
  name: string;
  start(port: number): Promise<Server>;
  /** Row counts after the run: a check that answered webhooks were written. */
  rows(): Record<string, number>;
}

export interface ServerOptions {
  tmp: string;
  secret: string;
  /** Extra node flags for the server process (profiling). */
  nodeArgs: string[];
  /** The bare server's PRAGMA synchronous. */
  bareSynchronous: "FULL" | "NORMAL";
}

function sh(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: "inherit", timeout: 600_000 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (${result.status ?? result.signal})`);
}

/** Builds when build/ is missing (or asked to); returns whether app/ changed since the build. */
export function ensureBuild(rebuild: boolean): { stale: boolean } {
  const build = path.join(ROOT, "build/server/index.js");
  if (!existsSync(build) || rebuild) {
    sh("npm", ["run", "build"]);
    return { stale: false };
  }
  const builtAt = statSync(build).mtimeMs;
  const stale = readdirSync(path.join(ROOT, "app"), { recursive: true, withFileTypes: true }).some(
    (entry) => entry.isFile() && statSync(path.join(entry.parentPath, entry.name)).mtimeMs > builtAt,
  );
  return { stale };
}

function countRows(file: string, tables: string[]): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      tables.map((t) => [
        t,
        Number((db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n),
      ]),
    );
  } finally {
    db.close();
  }
}

const baseEnv = (secret: string) => ({
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? "",
  SHOPIFY_API_SECRET: secret,
});

export function bareServer({ tmp, secret, nodeArgs, bareSynchronous }: ServerOptions): ServerUnderTest {
  const file = path.join(tmp, "bare.sqlite");
  const script = fileURLToPath(new URL("./bare-server.ts", import.meta.url));
  return {
    name: "bare",
    start: (port) =>
      startServer(
        "bare",
        [...nodeArgs, "--import", "tsx", script],
        {
          ...baseEnv(secret),
          BARE_DB: file,
          BARE_SYNCHRONOUS: bareSynchronous,
          PORT: String(port),
        },
        port,
        path.join(tmp, "bare.log"),
        ROOT,
      ),
    rows: () => countRows(file, ["receipts"]),
  };
}

/**
 * The production build on a migrated database holding the installed shop and its offline session,
 * as after OAuth (authenticate.webhook looks the session up). `wal`: what-if, see run.ts.
 */
export function appServer({ tmp, secret, nodeArgs }: ServerOptions, wal: boolean): ServerUnderTest {
  const file = path.join(tmp, "app.sqlite");
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
  if (wal) db.pragma("journal_mode = WAL");
  db.close();
  return {
    name: "app",
    start: async (port) => {
      const env = {
        ...baseEnv(secret),
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        SHOPIFY_API_KEY: "bench-api-key",
        SHOPIFY_APP_URL: `http://127.0.0.1:${port}`,
        DATABASE_URL: `file:${file}`,
        RUN_WORKER: WITH_WORKER ? "false" : "true",
        // Guard: nothing here should call the Admin API; if a job did, it would stay on loopback.
        SHOPIFY_ADMIN_ORIGIN: "http://127.0.0.1:9",
      };
      const web = await startServer(
        "app",
        [...nodeArgs, ...APP_COMMAND],
        env,
        port,
        path.join(tmp, "app.log"),
        ROOT,
      );
      if (WITH_WORKER) {
        // `npm run worker` beside the web process, as the README describes for load.
        const log = openSync(path.join(tmp, "worker.log"), "a");
        // Niced: acknowledging is what Shopify waits for; applying catches up when the CPU is free.
        const worker = spawn("nice", ["-n", "15", process.execPath, "--import", "tsx", "scripts/worker.ts"], {
          cwd: ROOT,
          env: env as NodeJS.ProcessEnv,
          stdio: ["ignore", log, log],
        });
        web.child.once("exit", () => worker.kill("SIGTERM"));
      }
      return web;
    },
    rows: () => countRows(file, ["WebhookInbox", "Order", "Shipment", "TrackingEvent"]),
  };
}
