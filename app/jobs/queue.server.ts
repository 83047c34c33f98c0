import type { Db } from "../db.server";
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
}
export type JobType = keyof JobPayloads;

export interface EnqueueOptions {
  runAt?: Date;
  /** At most one unfinished job per key: enqueueing again while one waits is a no-op. */
  uniqueKey?: string;
  maxAttempts?: number;
}

/**
 * Adds a job, inside the caller's transaction so it exists exactly when the change that needs it does.
 * (Issue 7 moves PostgreSQL deployments onto a dedicated queue behind this same interface.)
 */
export async function enqueue<T extends JobType>(
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
      maxAttempts: options.maxAttempts ?? 8,
    },
  });
}

export interface ClaimedJob {
  id: string;
  type: JobType;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

/**
 * Claims the next due job for `workerId` for `leaseMs`. A worker that dies leaves its lease to expire,
 * and the job is claimed again: handlers must be safe to run twice.
 */
export async function claimNext(db: Db, workerId: string, leaseMs: number): Promise<ClaimedJob | null> {
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
      select: { id: true, lockedUntil: true },
    });
    if (!candidate) return null;
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
export async function failJob(db: Db, job: ClaimedJob, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const final = job.attempts >= job.maxAttempts;
  const delayMs = Math.min(30_000 * 2 ** (job.attempts - 1), 3_600_000);
  await db.job.update({
    where: { id: job.id },
    data: final
      ? { failedAt: new Date(), lockedUntil: null, uniqueKey: null, lastError: message.slice(0, 2000) }
      : { runAt: new Date(Date.now() + delayMs), lockedUntil: null, lastError: message.slice(0, 2000) },
  });
}
