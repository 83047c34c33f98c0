import { randomUUID } from "node:crypto";
import type { Db } from "../db.server";
import { logger } from "../logger.server";
import type { Tx } from "../types.server";
import {
  DEFAULT_MAX_ATTEMPTS,
  errorMessage,
  jobTimeoutSeconds,
  type ClaimedJob,
  type EnqueueOptions,
  type JobHandlers,
  type JobPayloads,
  type JobType,
} from "./job-types";

/**
 * The `Job` table (docs/decisions/0004): a lease (`lockedUntil`) claimed by compare-and-set, exponential
 * backoff, an optional `uniqueKey`. The SQLite queue; correct with several processes on PostgreSQL too.
 */
export async function insertJob<T extends JobType>(
  tx: Tx,
  type: T,
  payload: JobPayloads[T],
  options: EnqueueOptions = {},
): Promise<void> {
  if (options.uniqueKey) {
    const waiting = await tx.job.findUnique({
      where: { uniqueKey: options.uniqueKey },
      select: { id: true },
    });
    if (waiting) return;
  }
  await tx.job.create({
    data: {
      type,
      shopDomain: "shop" in payload ? payload.shop : null,
      payload: JSON.stringify(payload),
      runAt: options.runAt ?? new Date(),
      uniqueKey: options.uniqueKey ?? null,
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    },
  });
}

/**
 * Claims the next due job for `workerId`, leased for its type's timeout. A worker that dies leaves its
 * lease to expire, and the job is claimed again: handlers must be safe to run twice.
 */
export async function claimNext(
  db: Db,
  workerId: string,
  timeoutSeconds: number,
): Promise<ClaimedJob | null> {
  const now = new Date();
  for (let tries = 0; tries < 5; tries++) {
    const candidate = await db.job.findFirst({
      where: {
        finishedAt: null,
        failedAt: null,
        runAt: { lte: now },
        OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
      },
      orderBy: { runAt: "asc" },
      select: { id: true, type: true, lockedUntil: true },
    });
    if (!candidate) return null;
    const leaseMs = jobTimeoutSeconds(candidate.type as JobType, timeoutSeconds) * 1000;
    // Compare-and-set on the lease we saw: of two workers racing for one job, exactly one wins.
    const won = await db.job.updateMany({
      where: { id: candidate.id, lockedUntil: candidate.lockedUntil },
      data: {
        lockedUntil: new Date(now.getTime() + leaseMs),
        lockedBy: workerId,
        attempts: { increment: 1 },
      },
    });
    if (won.count === 1) {
      const job = await db.job.findUniqueOrThrow({ where: { id: candidate.id } });
      return {
        id: job.id,
        type: job.type as JobType,
        payload: JSON.parse(job.payload),
        attempts: job.attempts,
        maxAttempts: job.maxAttempts,
      };
    }
  }
  return null;
}

export async function completeJob(db: Db, id: string): Promise<void> {
  await db.job.update({
    where: { id },
    data: { finishedAt: new Date(), lockedUntil: null, uniqueKey: null },
  });
}

/** Exponential backoff (30 s · 2^n, capped at 1 h); after the last attempt the job is marked failed. */
export async function failJob(
  db: Db,
  job: ClaimedJob,
  error: unknown,
  retryDelaySeconds = 30,
): Promise<void> {
  const message = errorMessage(error);
  const final = job.attempts >= job.maxAttempts;
  const delayMs = Math.min(retryDelaySeconds * 1000 * 2 ** (job.attempts - 1), 3_600_000);
  await db.job.update({
    where: { id: job.id },
    data: final
      ? { failedAt: new Date(), lockedUntil: null, uniqueKey: null, lastError: message.slice(0, 2000) }
      : { runAt: new Date(Date.now() + delayMs), lockedUntil: null, lastError: message.slice(0, 2000) },
  });
}

/** Runs due jobs of the `Job` table one after another until none is due (or `limit` ran). */
export async function runDueJobs(
  db: Db,
  handlers: JobHandlers,
  workerId: string = randomUUID(),
  options: {
    limit?: number;
    stopping?: () => boolean;
    timeoutSeconds?: number;
    retryDelaySeconds?: number;
  } = {},
): Promise<number> {
  const limit = options.limit ?? 100;
  let ran = 0;
  while (ran < limit && !options.stopping?.()) {
    const job = await claimNext(db, workerId, options.timeoutSeconds ?? 300);
    if (!job) break;
    ran++;
    try {
      await (handlers[job.type] as (payload: unknown, job: ClaimedJob) => Promise<void>)(job.payload, job);
      await completeJob(db, job.id);
    } catch (error) {
      logger.warn("Job failed", {
        job: job.id,
        type: job.type,
        attempt: job.attempts,
        error: errorMessage(error),
      });
      await failJob(db, job, error, options.retryDelaySeconds);
    }
  }
  return ran;
}
