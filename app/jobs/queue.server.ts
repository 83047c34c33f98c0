import db from "../db.server";
import { env } from "../env.server";
import type { Tx } from "../types.server";
import type { EnqueueOptions, JobPayloads, JobQueue, JobType } from "./job-types";
import { createPgBossQueue } from "./pg-boss-queue.server";
import { createTableQueue } from "./table-queue.server";

export type { ClaimedJob, EnqueueOptions, JobPayloads, JobType } from "./job-types";

declare global {
  var parcelwiseJobQueue: JobQueue | undefined;
}

/** `table` on SQLite, `pg-boss` on PostgreSQL, unless JOB_QUEUE says otherwise (docs/decisions/0016). */
export function jobQueueKind(): JobQueue["kind"] {
  if (env.JOB_QUEUE !== "auto") return env.JOB_QUEUE;
  return env.DATABASE_URL.startsWith("file:") ? "table" : "pg-boss";
}

/** pg-boss's schema: JOB_QUEUE_SCHEMA, else `pgboss`, or `<schema>_pgboss` beside a `?schema=`. */
export function jobQueueSchema(url = env.DATABASE_URL): string {
  if (env.JOB_QUEUE_SCHEMA) return env.JOB_QUEUE_SCHEMA;
  const appSchema = url.startsWith("file:") ? null : new URL(url).searchParams.get("schema");
  if (!appSchema) return "pgboss";
  return `${appSchema.replace(/\W/g, "_").replace(/^(\d)/, "_$1").slice(0, 43)}_pgboss`;
}

/** This process's job queue, made on first use. */
export function jobQueue(): JobQueue {
  globalThis.parcelwiseJobQueue ??=
    jobQueueKind() === "pg-boss"
      ? createPgBossQueue({
          url: env.DATABASE_URL,
          schema: jobQueueSchema(),
          timeoutSeconds: env.JOB_TIMEOUT_SECONDS,
          retryDelaySeconds: env.JOB_RETRY_DELAY_SECONDS,
        })
      : createTableQueue(db, {
          timeoutSeconds: env.JOB_TIMEOUT_SECONDS,
          retryDelaySeconds: env.JOB_RETRY_DELAY_SECONDS,
        });
  return globalThis.parcelwiseJobQueue;
}

/**
 * Adds a job, inside the caller's transaction so it exists exactly when the change that needs it does.
 */
export function enqueue<T extends JobType>(
  tx: Tx,
  type: T,
  payload: JobPayloads[T],
  options: EnqueueOptions = {},
): Promise<void> {
  return jobQueue().enqueue(tx, type, payload, options);
}

/** Whether a job of `type` for the shop has not finished yet. */
export function hasPendingJob(tx: Tx, shop: string, type: JobType): Promise<boolean> {
  return jobQueue().hasPending(tx, shop, type);
}

/** The shop's jobs that have not finished will not run (app/uninstalled). */
export function cancelShopJobs(tx: Tx, shop: string): Promise<void> {
  return jobQueue().cancelShop(tx, shop);
}

/** Every job of the shop goes, finished or not (shop/redact). */
export function forgetShopJobs(tx: Tx, shop: string): Promise<void> {
  return jobQueue().forgetShop(tx, shop);
}
