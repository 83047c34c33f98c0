import type { Db } from "../db.server";
import type { JobFilter, JobQueue, JobType, PeriodicTask } from "./job-types";
import { startPollLoop } from "./poll-loop.server";
import { insertJob, runDueJobs } from "./table-store.server";

/**
 * The job queue on the `Job` table, run in-process: the SQLite default. Jobs are polled every second;
 * each periodic task is a poll loop of its own in every process that runs work.
 */
export function createTableQueue(
  db: Db,
  options: { timeoutSeconds: number; retryDelaySeconds: number },
): JobQueue {
  return {
    kind: "table",
    ready: async () => undefined,
    enqueue: (tx, type, payload, enqueueOptions) => insertJob(tx, type, payload, enqueueOptions),
    hasPending: async (tx, shop, type) =>
      (await tx.job.count({ where: { shopDomain: shop, type, finishedAt: null, failedAt: null } })) > 0,
    cancelShop: async (tx, shop, type) =>
      void (await tx.job.deleteMany({
        where: { shopDomain: shop, ...(type && { type }), finishedAt: null, failedAt: null },
      })),
    forgetShop: async (tx, shop) => void (await tx.job.deleteMany({ where: { shopDomain: shop } })),
    list: async (tx, { finished = false, ...filter } = {}) => {
      const now = new Date();
      const rows = await tx.job.findMany({
        where: { ...matching(filter), ...(!finished && { finishedAt: null, failedAt: null }) },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map((row) => ({
        id: row.id,
        type: row.type as JobType,
        payload: JSON.parse(row.payload) as unknown,
        state: row.finishedAt
          ? "done"
          : row.failedAt
            ? "failed"
            : row.lockedUntil && row.lockedUntil > now
              ? "running"
              : "waiting",
        runAt: row.runAt,
        attempts: row.attempts,
        lastError: row.finishedAt ? null : row.lastError,
      }));
    },
    runNow: async (tx, filter) => {
      const { count } = await tx.job.updateMany({
        where: { ...matching(filter), finishedAt: null, failedAt: null },
        data: { runAt: new Date() },
      });
      return count;
    },
    runDue: (handlers, run = {}) => runDueJobs(db, handlers, run.workerId, { ...run, ...options }),
    start(handlers, periodic) {
      let stopping = false;
      const jobs = startPollLoop("Jobs", () => this.runDue(handlers, { stopping: () => stopping }), 1000);
      const loops = periodic.map((task) => periodicLoop(task));
      return {
        wake: jobs.wake,
        stop: async () => {
          stopping = true;
          await Promise.all([jobs, ...loops].map((loop) => loop.stop()));
        },
      };
    },
    close: async () => undefined,
  };
}

function matching(filter: JobFilter) {
  return {
    ...(filter.shop !== undefined && { shopDomain: filter.shop }),
    ...(filter.type && { type: filter.type }),
  };
}

function periodicLoop(task: PeriodicTask) {
  const loop = startPollLoop(
    task.name,
    async () => {
      if ((await task.run()).again) loop.wake();
    },
    task.intervalMs,
  );
  return loop;
}
