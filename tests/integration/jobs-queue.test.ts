import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "~/db.server";
import type { ClaimedJob, JobHandlers, JobQueue, JobType, PeriodicTask } from "~/jobs/job-types";
import { seedOfflineSession, testDb } from "../helpers/db";
import { clearPgBoss, dropPgBoss, pgBossJobs } from "../helpers/pg-boss";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";

/**
 * The one job interface (app/jobs/job-types.ts), held to the same contract by both implementations:
 * the `Job` table (SQLite's, and possible on PostgreSQL) and pg-boss (PostgreSQL's default). On
 * PostgreSQL this file's app code uses pg-boss, so install, uninstall and shop/redact are checked on it.
 */
const onPostgres = process.env.TEST_DATABASE === "postgres";
if (onPostgres) process.env.JOB_QUEUE = "pg-boss";
// Short waits, so retries and abandoned jobs come round within a test.
process.env.JOB_TIMEOUT_SECONDS = "2";
process.env.JOB_RETRY_DELAY_SECONDS = "1";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const OTHER_SHOP = "other-shop.myshopify.com";

/** Handlers that record what ran; `fail` makes a type throw. */
function recorder(fail: Partial<Record<JobType, boolean>> = {}) {
  const ran: Array<{ type: JobType; payload: unknown; job: ClaimedJob }> = [];
  const handle = (type: JobType) => async (payload: unknown, job: ClaimedJob) => {
    ran.push({ type, payload, job });
    if (fail[type]) throw new Error(`${type} failed`);
  };
  // A handler for every type there is.
  const handlers = new Proxy({} as JobHandlers, { get: (_target, type) => handle(type as JobType) });
  return { ran, handlers };
}

let db: Db;
const queues: Record<string, JobQueue> = {};
let bossSchema = "";

beforeAll(async () => {
  db = await testDb();
  const { createTableQueue } = await import("~/jobs/table-queue.server");
  queues.table = createTableQueue(db, { timeoutSeconds: 2, retryDelaySeconds: 1 });
  if (onPostgres) {
    const { jobQueue, jobQueueSchema } = await import("~/jobs/queue.server");
    queues["pg-boss"] = jobQueue();
    bossSchema = jobQueueSchema();
    await queues["pg-boss"].ready();
  }
});
beforeEach(async () => {
  if (onPostgres) await clearPgBoss(process.env.DATABASE_URL!, bossSchema);
});
afterAll(async () => {
  if (!onPostgres) return;
  await queues["pg-boss"].close();
  await dropPgBoss(process.env.DATABASE_URL!, bossSchema);
});

describe.each(onPostgres ? ["table", "pg-boss"] : ["table"])("the %s job queue", (kind) => {
  const queue = () => queues[kind];

  it("has a job exactly when the transaction that queued it commits, and runs it once", async () => {
    // Given one job queued in a transaction that rolls back, and one in a transaction that commits
    await expect(
      db.$transaction(async (tx) => {
        await queue().enqueue(tx, "backfill", { shop: OTHER_SHOP });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await db.$transaction((tx) => queue().enqueue(tx, "backfill", { shop: DEFAULT_SHOP }));

    // When the worker runs, twice
    const { ran, handlers } = recorder();
    expect(await queue().runDue(handlers)).toBe(1);
    expect(await queue().runDue(handlers)).toBe(0);

    // Then only the committed job ran, once, as its first attempt of eight
    expect(ran).toHaveLength(1);
    expect(ran[0]).toMatchObject({
      type: "backfill",
      payload: { shop: DEFAULT_SHOP },
      job: { type: "backfill", attempts: 1, maxAttempts: 8 },
    });
  });

  it("keeps one waiting job per unique key, and takes the key again once that job ran", async () => {
    for (let i = 0; i < 3; i++) {
      await db.$transaction((tx) =>
        queue().enqueue(
          tx,
          "chat-handoff",
          { shop: DEFAULT_SHOP, conversationId: "c1" },
          { uniqueKey: "k1" },
        ),
      );
    }
    const { ran, handlers } = recorder();
    expect(await queue().runDue(handlers)).toBe(1);

    await queue().enqueue(
      db,
      "chat-handoff",
      { shop: DEFAULT_SHOP, conversationId: "c1" },
      { uniqueKey: "k1" },
    );
    expect(await queue().runDue(handlers)).toBe(1);
    expect(ran).toHaveLength(2);
  });

  it("runs a job no earlier than its time", async () => {
    await queue().enqueue(db, "reconcile", { shop: DEFAULT_SHOP }, { runAt: new Date(Date.now() + 1500) });
    const { ran, handlers } = recorder();
    expect(await queue().runDue(handlers)).toBe(0);
    expect(await queue().hasPending(db, DEFAULT_SHOP, "reconcile")).toBe(true);
    await sleep(2000);
    expect(await queue().runDue(handlers)).toBe(1);
    expect(ran.map((r) => r.type)).toEqual(["reconcile"]);
    expect(await queue().hasPending(db, DEFAULT_SHOP, "reconcile")).toBe(false);
  });

  it("retries a failing job after a backoff, and not after its last attempt", async () => {
    await queue().enqueue(db, "compile-data-request", { dataRequestId: "r1" }, { maxAttempts: 2 });
    const { ran, handlers } = recorder({ "compile-data-request": true });
    expect(await queue().runDue(handlers)).toBe(1);
    // Not straight away: the first retry waits JOB_RETRY_DELAY_SECONDS (pg-boss: up to twice that)
    expect(await queue().runDue(handlers)).toBe(0);
    await sleep(2300);
    expect(await queue().runDue(handlers)).toBe(1);
    await sleep(2500);
    expect(await queue().runDue(handlers)).toBe(0);
    expect(ran.map((r) => [r.job.attempts, r.job.maxAttempts])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it("tells whether a shop has work pending, cancels it, and forgets it, for that shop only", async () => {
    await queue().enqueue(db, "backfill", { shop: DEFAULT_SHOP });
    await queue().enqueue(db, "fetch-variant-images", { shop: DEFAULT_SHOP });
    await queue().enqueue(db, "backfill", { shop: OTHER_SHOP });
    expect(await queue().hasPending(db, DEFAULT_SHOP, "backfill")).toBe(true);
    expect(await queue().hasPending(db, DEFAULT_SHOP, "reconcile")).toBe(false);

    // app/uninstalled: in a transaction that rolls back, nothing happens
    await db
      .$transaction(async (tx) => {
        await queue().cancelShop(tx, DEFAULT_SHOP);
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect(await queue().hasPending(db, DEFAULT_SHOP, "backfill")).toBe(true);
    await db.$transaction((tx) => queue().cancelShop(tx, DEFAULT_SHOP));
    expect(await queue().hasPending(db, DEFAULT_SHOP, "backfill")).toBe(false);
    expect(await queue().hasPending(db, DEFAULT_SHOP, "fetch-variant-images")).toBe(false);

    const { ran, handlers } = recorder();
    expect(await queue().runDue(handlers)).toBe(1);
    expect(ran.map((r) => r.payload)).toEqual([{ shop: OTHER_SHOP }]);

    // shop/redact: nothing of the shop is left, finished or not
    await queue().enqueue(db, "reconcile", { shop: DEFAULT_SHOP }, { runAt: new Date(Date.now() + 60_000) });
    await db.$transaction((tx) => queue().forgetShop(tx, DEFAULT_SHOP));
    expect(await queue().hasPending(db, DEFAULT_SHOP, "reconcile")).toBe(false);
    const left =
      kind === "pg-boss"
        ? (await pgBossJobs(process.env.DATABASE_URL!, bossSchema)).map((job) => job.data.shop)
        : (await db.job.findMany()).map((job) => job.shopDomain);
    expect(left).toEqual([OTHER_SHOP]);
  });

  it("runs a periodic task on its interval, and again at once when it asks", async () => {
    const times: number[] = [];
    const task: PeriodicTask = {
      name: "test-periodic",
      intervalMs: 400,
      run: async () => {
        times.push(Date.now());
        return { again: times.length === 2 };
      },
    };
    const running = queue().start(recorder().handlers, [task]);
    await sleep(3500);
    await running.stop();
    // The interval, plus up to a second's poll on pg-boss; the pass that asked is followed at once
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(times[2] - times[1]).toBeLessThan(kind === "table" ? 100 : 1100);
  });
});

describe.runIf(onPostgres)(
  "pg-boss across processes (skipped on SQLite, where jobs run in one process)",
  () => {
    it("runs a periodic task one pass at a time, however many processes take their turn", async () => {
      const { createPgBossQueue } = await import("~/jobs/pg-boss-queue.server");
      const config = {
        url: process.env.DATABASE_URL!,
        schema: bossSchema,
        timeoutSeconds: 2,
        retryDelaySeconds: 1,
      };
      const processes = [createPgBossQueue(config), createPgBossQueue(config), createPgBossQueue(config)];
      let active = 0;
      let overlap = 0;
      const passes: number[] = [];
      const task: PeriodicTask = {
        name: "test-singleton",
        intervalMs: 300,
        run: async () => {
          overlap = Math.max(overlap, ++active);
          passes.push(Date.now());
          // Longer than the interval and than a poll: the next pass is due, and polled for, while this runs.
          await sleep(1200);
          active--;
          return { again: false };
        },
      };
      const running = processes.map((p) => p.start(recorder().handlers, [task]));
      await sleep(5000);
      await Promise.all(running.map((r) => r.stop()));
      await Promise.all(processes.map((p) => p.close()));
      expect(overlap).toBe(1);
      // Three processes, one chain: one pass after the other, not three at a time
      expect(passes.length).toBeGreaterThanOrEqual(2);
      expect(passes.length).toBeLessThanOrEqual(5);
    });

    it("install queues one backfill and one reconciliation on pg-boss, however often auth runs", async () => {
      const { onShopAuthenticated } = await import("~/shops/install.server");
      await seedOfflineSession();
      await onShopAuthenticated(db, DEFAULT_SHOP);
      await onShopAuthenticated(db, DEFAULT_SHOP);
      const jobs = await pgBossJobs(process.env.DATABASE_URL!, bossSchema);
      expect(jobs.map((job) => [job.name, job.state, job.data.shop]).sort()).toEqual([
        ["backfill", "created", DEFAULT_SHOP],
        ["reconcile", "created", DEFAULT_SHOP],
      ]);
      expect(await db.job.count()).toBe(0);
    });

    it("app/uninstalled cancels the shop's jobs on pg-boss, and shop/redact removes them", async () => {
      const { onShopAuthenticated } = await import("~/shops/install.server");
      await seedOfflineSession();
      await onShopAuthenticated(db, DEFAULT_SHOP);

      await deliver("app/uninstalled", { id: 1, domain: DEFAULT_SHOP });
      const states = (await pgBossJobs(process.env.DATABASE_URL!, bossSchema)).map((job) => job.state);
      expect(states).toEqual(["cancelled", "cancelled"]);

      await deliver("shop/redact", { shop_domain: DEFAULT_SHOP });
      expect(await pgBossJobs(process.env.DATABASE_URL!, bossSchema)).toEqual([]);
    });
  },
);
