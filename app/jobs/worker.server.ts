import { randomUUID } from "node:crypto";
import type { Db } from "../db.server";
import { logger } from "../logger.server";
import { errorMessage, type ClaimedJob, type JobHandlers } from "./job-types";
import { claimNext, completeJob, failJob } from "./table-store.server";

export type { JobHandlers } from "./job-types";

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
