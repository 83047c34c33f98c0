import type { Tx } from "../types.server";

/** Every kind of deferred work the app knows, with its payload. */
export interface JobPayloads {
  backfill: { shop: string };
  reconcile: { shop: string };
  "compile-data-request": { dataRequestId: string };
  /** Images for the storefront's items, read for the shop's waiting variants (app/variant-images/). */
  "fetch-variant-images": { shop: string };
  /** The email handing an escalated chat to the shop's team (app/chat/handoff-email.server.ts). */
  "chat-handoff": { shop: string; conversationId: string };
  /** Registers a shipment's tracking numbers with the carrier feed (app/carriers/register.server.ts). */
  "carrier-register": { shop: string; shipmentId: string };
  /** Polls a carrier-feed number when pushes stopped; queues the next poll (app/carriers/poll.server.ts). */
  "carrier-poll": { shop: string; feedId: string };
  /** Rebuilds the shop's lane statistics and estimates its parcels that have none (app/estimates/learn.server.ts). */
  "learn-lanes": { shop: string };
}
export type JobType = keyof JobPayloads;

const ALL: Record<JobType, true> = {
  backfill: true,
  reconcile: true,
  "compile-data-request": true,
  "fetch-variant-images": true,
  "chat-handoff": true,
  "carrier-register": true,
  "carrier-poll": true,
  "learn-lanes": true,
};
/** Every job type (a queue each on pg-boss). */
export const JOB_TYPES = Object.keys(ALL) as JobType[];

export interface EnqueueOptions {
  runAt?: Date;
  /**
   * At most one waiting job per key: enqueueing again while one waits is a no-op. (The table queue also
   * counts a running job as waiting; pg-boss accepts a new one then, which runs after it.)
   */
  uniqueKey?: string;
  /** Runs in all, the first included (default 8); between them a backoff from 30 s doubling. */
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 8;

/** A job as its handler sees it. */
export interface ClaimedJob {
  id: string;
  type: JobType;
  payload: unknown;
  /** This run's number, 1 for the first. */
  attempts: number;
  maxAttempts: number;
}

export type JobHandlers = {
  [T in JobType]: (payload: JobPayloads[T], job: ClaimedJob) => Promise<void>;
};

/**
 * Work that recurs rather than being asked for (delay/stall detection; carrier polling would be one).
 * One pass at a time across all processes on pg-boss; an in-process poll loop on the table queue.
 */
export interface PeriodicTask {
  name: string;
  intervalMs: number;
  /** One pass; `again` asks for the next one straight away (a backlog is left). */
  run(): Promise<{ again: boolean }>;
}

export interface RunOptions {
  workerId?: string;
  /** At most this many jobs in one call (default 100). */
  limit?: number;
  /** Checked between jobs: a stopping worker takes no new one. */
  stopping?: () => boolean;
}

/** A process's share of the work, started by `JobQueue.start`. */
export interface RunningJobs {
  /** Look for due jobs now (a job was just queued in this process). */
  wake(): void;
  /** Takes no new job and waits for the one in progress. */
  stop(): Promise<void>;
}

/** Which jobs `JobQueue.list` and `JobQueue.runNow` concern (all of them when empty). */
export interface JobFilter {
  /** Jobs whose payload names this shop (every type's but compile-data-request's does). */
  shop?: string;
  type?: JobType;
}

/**
 * Where a job stands, the same on both queues. `waiting`: due at its `runAt`, for a first run or for a
 * retry after a failed one (see `attempts`); `running`: a worker holds it; `done`; `failed`: out of
 * attempts; `cancelled`: app/uninstalled or an operator stopped it (pg-boss keeps cancelled jobs, the
 * table deletes them).
 */
export type JobState = "waiting" | "running" | "done" | "failed" | "cancelled";

/** A job as an operator sees it (`JobQueue.list`). */
export interface JobInfo {
  id: string;
  type: JobType;
  payload: unknown;
  state: JobState;
  /** When it is (or was) due. */
  runAt: Date;
  /** Runs so far, the one in progress included. */
  attempts: number;
  /** The last failed run's error while the job waits for its retry, or after it failed for good. */
  lastError: string | null;
}

/**
 * The one job interface; `jobQueue()` (queue.server.ts) picks the implementation by the database:
 * the `Job` table in-process on SQLite, pg-boss on PostgreSQL (docs/decisions/0016). Handlers must be
 * safe to run twice: a worker that dies mid-job leaves it to be run again after its timeout.
 */
export interface JobQueue {
  readonly kind: "table" | "pg-boss";
  /** Connects and creates what the queue needs; every other method waits for it. */
  ready(): Promise<void>;
  /** Adds a job inside the caller's transaction: it exists exactly when the change that needs it does. */
  enqueue<T extends JobType>(
    tx: Tx,
    type: T,
    payload: JobPayloads[T],
    options?: EnqueueOptions,
  ): Promise<void>;
  /** Whether a job of `type` for the shop waits, runs or waits for a retry. */
  hasPending(tx: Tx, shop: string, type: JobType): Promise<boolean>;
  /**
   * app/uninstalled: the shop's jobs that have not finished will not run. With `type`, only that kind of
   * job (an operator stopping one kind of work for a shop).
   */
  cancelShop(tx: Tx, shop: string, type?: JobType): Promise<void>;
  /** shop/redact: every job of the shop goes, finished or not. */
  forgetShop(tx: Tx, shop: string): Promise<void>;
  /**
   * The jobs that match and have not finished (waiting, waiting for a retry, running), oldest first;
   * with `finished`, also those done, failed for good or cancelled (on pg-boss, its archive included).
   * What an operator looks at, and how tests see what was queued. Periodic tasks' passes are not jobs.
   */
  list(tx: Tx, filter?: JobFilter & { finished?: boolean }): Promise<JobInfo[]>;
  /**
   * An operator's "run it now": the waiting jobs that match, those waiting for a retry included, become
   * due at once (a worker takes them at its next poll). Returns how many. Tests use it rather than wait
   * out a `runAt` or a retry delay.
   */
  runNow(tx: Tx, filter: JobFilter): Promise<number>;
  /** Runs due jobs one after another until none is due (or `limit` ran). Returns how many ran. */
  runDue(handlers: JobHandlers, options?: RunOptions): Promise<number>;
  /** This process works jobs (polling every second) and takes its turn at the periodic tasks. */
  start(handlers: JobHandlers, periodic: PeriodicTask[]): RunningJobs;
  /** Closes connections (after `stop` of what `start` returned). */
  close(): Promise<void>;
}

/**
 * Seconds a run may take before the job counts as abandoned and another worker may run it. Backfill and
 * reconciliation page through the Admin API at Shopify's rate and get at least an hour.
 */
export function jobTimeoutSeconds(type: JobType | "periodic", configured: number): number {
  return type === "backfill" || type === "reconcile" ? Math.max(configured, 3600) : configured;
}

/** Error text for logs and the job's record. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
