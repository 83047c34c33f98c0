import { randomUUID } from "node:crypto";
import type { Db } from "../db.server";
import { logger } from "../logger.server";
import {
  claimNext,
  completeJob,
  failJob,
  type ClaimedJob,
  type JobPayloads,
  type JobType,
} from "./queue.server";

export type JobHandlers = {
  [T in JobType]: (payload: JobPayloads[T], job: ClaimedJob) => Promise<void>;
};

const LEASE_MS = 5 * 60_000;

/** Runs due jobs one after another until none is due (or `limit` ran). Returns how many ran. */
export async function runDueJobs(
  db: Db,
  handlers: JobHandlers,
  workerId: string = randomUUID(),
  limit = 100,
): Promise<number> {
  let ran = 0;
  while (ran < limit) {
    const job = await claimNext(db, workerId, LEASE_MS);
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
        error: error instanceof Error ? error.message : String(error),
      });
      await failJob(db, job, error);
    }
  }
  return ran;
}
