import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import { logger } from "../logger.server";
import type { Tx } from "../types.server";
import {
  DEFAULT_MAX_ATTEMPTS,
  JOB_TYPES,
  errorMessage,
  jobTimeoutSeconds,
  type ClaimedJob,
  type JobFilter,
  type JobHandlers,
  type JobQueue,
  type JobState,
  type JobType,
  type PeriodicTask,
  type RunOptions,
} from "./job-types";
import { startPollLoop } from "./poll-loop.server";
import { persist, prismaExecutor } from "./pg-boss-support.server";

export interface PgBossQueueOptions {
  /** The app's DATABASE_URL; its `?schema=` is the app's tables', not pg-boss's. */
  url: string;
  /** pg-boss's own schema (JOB_QUEUE_SCHEMA). */
  schema: string;
  timeoutSeconds: number;
  /** The first retry's delay, doubling (pg-boss adds up to as much again at random, and does not cap). */
  retryDelaySeconds: number;
}

/**
 * The job queue on pg-boss (docs/decisions/0016): any number of web and worker processes share it on one
 * PostgreSQL. One queue per job type, with pg-boss's "short" policy: its unique index on (queue, key) over
 * waiting jobs is `uniqueKey`; a job without one is keyed by its own id. Workers take jobs with
 * `fetch` (SKIP LOCKED) and record the outcome themselves, retrying while the database is away, so a
 * restart of PostgreSQL costs no job. A job whose worker died is expired by pg-boss's maintenance after
 * its timeout and run again. Periodic tasks are self-re-enqueueing jobs of the "stately" policy: one
 * waiting and one running at most, across all processes.
 */
export function createPgBossQueue(options: PgBossQueueOptions): JobQueue {
  const { schema } = options;
  const timeoutOf = (type: JobType | "periodic") => jobTimeoutSeconds(type, options.timeoutSeconds);
  const boss = new PgBoss({
    connectionString: withoutAppSchema(options.url),
    schema,
    application_name: "parcelwise-jobs",
    max: 4,
    // Periodic work re-enqueues itself (below): pg-boss's cron has minute resolution.
    schedule: false,
    // Expiry of abandoned jobs: a dead worker's job runs again within a quarter of its timeout after it.
    supervise: true,
    maintenanceIntervalSeconds: Math.min(120, Math.max(1, Math.round(options.timeoutSeconds / 4))),
  });
  boss.on("error", (error) => logger.warn("Job queue: database error", { error: errorMessage(error) }));

  let starting: Promise<void> | undefined;
  const ready = () =>
    (starting ??= (async () => {
      await boss.start();
      for (const type of JOB_TYPES) await defineQueue(type, "short", timeoutOf(type));
    })().catch((error: unknown) => {
      starting = undefined;
      throw error;
    }));

  async function defineQueue(name: string, policy: "short" | "stately", expireInSeconds: number) {
    const settings = {
      name,
      policy,
      expireInSeconds,
      retryDelay: options.retryDelaySeconds,
      retryBackoff: true,
    };
    await boss.createQueue(name, settings);
    // createQueue leaves an existing queue as it was: settings changed since apply from here on.
    await boss.updateQueue(name, settings);
  }

  /** The task's next pass, unless one waits already (the stately policy's unique index). */
  const schedulePeriodic = (task: PeriodicTask, delayMs: number) =>
    boss.send(
      periodicQueue(task),
      {},
      {
        singletonKey: task.name,
        startAfter: delayMs > 0 ? delayMs / 1000 : undefined,
        retryLimit: 0,
        expireInSeconds: timeoutOf("periodic"),
      },
    );

  async function runJob(type: JobType, job: PgBoss.JobWithMetadata<object>, handlers: JobHandlers) {
    const claimed: ClaimedJob = {
      id: job.id,
      type,
      payload: job.data,
      attempts: job.retryCount + 1,
      maxAttempts: job.retryLimit + 1,
    };
    try {
      await (handlers[type] as (payload: unknown, job: ClaimedJob) => Promise<void>)(job.data, claimed);
    } catch (error) {
      logger.warn("Job failed", { job: job.id, type, attempt: claimed.attempts, error: errorMessage(error) });
      await persist(`Recording job ${job.id} as failed`, () =>
        boss.fail(type, job.id, { message: errorMessage(error).slice(0, 2000) }),
      );
      return;
    }
    await complete(type, job.id);
  }

  async function complete(queue: string, id: string) {
    const result = (await persist(`Recording job ${id} as done`, () =>
      boss.complete(queue, id),
    )) as unknown as { affected: number } | undefined;
    // Expired meanwhile (it outlived its timeout, or the database was away that long): it runs again.
    if (result?.affected === 0)
      logger.warn("Job finished after its timeout and will run again", { job: id, queue });
  }

  async function runPeriodic(task: PeriodicTask, job: PgBoss.Job<object>) {
    let again = false;
    try {
      again = (await task.run()).again;
    } catch (error) {
      logger.error(`${task.name} run failed`, { error: errorMessage(error) });
    }
    // The next pass is queued before this one is done, so the chain has no gap a crash could fall into.
    await persist(`Queueing the next ${task.name} pass`, () =>
      schedulePeriodic(task, again ? 0 : task.intervalMs),
    );
    await complete(periodicQueue(task), job.id);
  }

  async function work(handlers: JobHandlers, tasks: Map<string, PeriodicTask>, run: RunOptions) {
    await ready();
    const limit = run.limit ?? 100;
    const all = [...JOB_TYPES, ...tasks.keys()];
    let queues = all;
    let ran = 0;
    // How many had run when the latest round over every queue began.
    let ranAtFullRound = 0;
    for (;;) {
      // One job from each queue in turn, so a queue with a backlog cannot starve the others. A queue
      // found empty is left out of the following rounds.
      const busy: string[] = [];
      for (const queue of queues) {
        if (ran >= limit || run.stopping?.()) return ran;
        // fetch answers [] while the database is away; the next poll tries again.
        const [job] = await boss.fetch<object>(queue, { includeMetadata: true });
        if (!job) continue;
        busy.push(queue);
        ran++;
        const task = tasks.get(queue);
        if (task) await runPeriodic(task, job);
        else await runJob(queue as JobType, job, handlers);
      }
      if (busy.length) queues = busy;
      // The jobs that ran may have queued due jobs in queues left out since: one more round over
      // every queue, so that "until none is due" holds (as on the table).
      else if (queues !== all && ran > ranAtFullRound) {
        queues = all;
        ranAtFullRound = ran;
      } else return ran;
    }
  }

  /** Rows of pg-boss's job table for a shop (payloads that carry `shop`), of one type if given. */
  async function shopJobs(tx: Tx, shop: string, where: string, type?: JobType) {
    await ready();
    return tx.$queryRawUnsafe<Array<{ name: string; id: string }>>(
      `SELECT name, id::text AS id FROM ${schema}.job
        WHERE data->>'shop' = $1 AND ${where} AND ($2::text IS NULL OR name = $2)`,
      shop,
      type ?? null,
    );
  }

  return {
    kind: "pg-boss",
    ready,
    async enqueue(tx, type, payload, enqueueOptions = {}) {
      await ready();
      const id = randomUUID();
      const sent = await boss.send(type, payload, {
        db: prismaExecutor(tx),
        id,
        singletonKey: enqueueOptions.uniqueKey ?? `job:${id}`,
        startAfter: enqueueOptions.runAt,
        retryLimit: (enqueueOptions.maxAttempts ?? DEFAULT_MAX_ATTEMPTS) - 1,
        retryDelay: options.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: timeoutOf(type),
      });
      // pg-boss inserts nothing, silently, into a queue that does not exist.
      if (!sent && !enqueueOptions.uniqueKey) throw new Error(`The job queue "${type}" does not exist`);
    },
    async hasPending(tx, shop, type) {
      await ready();
      const rows = await tx.$queryRawUnsafe<unknown[]>(
        `SELECT 1 FROM ${schema}.job WHERE name = $1 AND state < 'completed' AND data->>'shop' = $2 LIMIT 1`,
        type,
        shop,
      );
      return rows.length > 0;
    },
    async cancelShop(tx, shop, type) {
      for (const [queue, ids] of byQueue(await shopJobs(tx, shop, "state < 'completed'", type))) {
        await boss.cancel(queue, ids, { db: prismaExecutor(tx) });
      }
    },
    async forgetShop(tx, shop) {
      for (const [queue, ids] of byQueue(await shopJobs(tx, shop, "true"))) {
        await boss.deleteJob(queue, ids, { db: prismaExecutor(tx) });
      }
      await tx.$executeRawUnsafe(`DELETE FROM ${schema}.archive WHERE data->>'shop' = $1`, shop);
    },
    async list(tx, { finished = false, ...filter } = {}) {
      await ready();
      const [where, types, shop] = matching(filter);
      const columns = `id::text AS id, name, data, state::text AS state, start_after AS "runAt",
        (retry_count + CASE WHEN started_on IS NULL THEN 0 ELSE 1 END)::int AS attempts,
        COALESCE(output->>'message', output->'value'->>'message') AS error, created_on`;
      const rows = await tx.$queryRawUnsafe<PgBossRow[]>(
        `SELECT ${columns} FROM ${schema}.job
          WHERE ${where} AND ($3::boolean OR state < 'completed')
        ${finished ? `UNION ALL SELECT ${columns} FROM ${schema}.archive WHERE ${where}` : ""}
        ORDER BY created_on, id`,
        types,
        shop,
        finished,
      );
      return rows.map((row) => ({
        id: row.id,
        type: row.name as JobType,
        payload: row.data,
        state: STATES[row.state] ?? "waiting",
        runAt: row.runAt,
        attempts: row.attempts,
        lastError: row.state === "completed" ? null : row.error,
      }));
    },
    async runNow(tx, filter) {
      await ready();
      const [where, types, shop] = matching(filter);
      return tx.$executeRawUnsafe(
        `UPDATE ${schema}.job SET start_after = now() WHERE ${where} AND state IN ('created', 'retry')`,
        types,
        shop,
      );
    },
    runDue: (handlers, run = {}) => work(handlers, new Map(), run),
    start(handlers, periodic) {
      const tasks = new Map(periodic.map((task) => [periodicQueue(task), task]));
      let stopping = false;
      const jobs = startPollLoop("Jobs", () => work(handlers, tasks, { stopping: () => stopping }), 1000);
      // Starts each task's chain, and restarts it should it ever break: a no-op while a pass waits.
      const defined = new Set<string>();
      const ensureChains = async () => {
        await ready();
        for (const task of periodic) {
          if (!defined.has(task.name)) {
            await defineQueue(periodicQueue(task), "stately", timeoutOf("periodic"));
            defined.add(task.name);
          }
          await schedulePeriodic(task, task.intervalMs);
        }
      };
      const ensure = () =>
        void ensureChains().catch((error: unknown) =>
          logger.warn("Periodic tasks not scheduled yet", { error: errorMessage(error) }),
        );
      let watchdog: NodeJS.Timeout | undefined;
      if (periodic.length) {
        ensure();
        watchdog = setInterval(ensure, Math.min(...periodic.map((task) => task.intervalMs), 60_000));
        watchdog.unref();
      }
      return {
        wake: jobs.wake,
        stop: async () => {
          stopping = true;
          clearInterval(watchdog);
          await jobs.stop();
        },
      };
    },
    close: async () => {
      await boss.stop({ graceful: false, close: true });
      starting = undefined;
    },
  };
}

interface PgBossRow {
  id: string;
  name: string;
  data: unknown;
  state: string;
  runAt: Date;
  attempts: number;
  error: string | null;
}

/** pg-boss's job states as `JobInfo` names them (`retry`: waiting for its retry). */
const STATES: Record<string, JobState> = {
  created: "waiting",
  retry: "waiting",
  active: "running",
  completed: "done",
  failed: "failed",
  cancelled: "cancelled",
};

/**
 * The jobs of the job types' queues (not the periodic tasks') that match the filter: a condition over
 * $1 and $2, and their values.
 */
function matching(filter: JobFilter) {
  return [
    `name = ANY($1::text[]) AND ($2::text IS NULL OR data->>'shop' = $2)`,
    filter.type ? [filter.type] : JOB_TYPES,
    filter.shop ?? null,
  ] as const;
}

/** The pg-boss queue of a periodic task. */
function periodicQueue(task: PeriodicTask): string {
  return `periodic-${task.name}`;
}

function byQueue(rows: Array<{ name: string; id: string }>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of rows) groups.set(row.name, [...(groups.get(row.name) ?? []), row.id]);
  return groups;
}

/** pg's connection string without Prisma's `?schema=` (pg-boss has a schema of its own). */
function withoutAppSchema(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete("schema");
  return parsed.toString();
}
