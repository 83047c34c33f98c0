import type { JobFilter, JobInfo, JobType } from "~/jobs/job-types";
import { createJobHandlers } from "~/jobs/handlers.server";
import { jobQueue } from "~/jobs/queue.server";
import type { Deployment } from "~/notifications/channel-setup.server";
import type { AdminGraphql } from "~/shopify-admin/admin-graphql.server";
import { testDb } from "./db";

/*
 * Tests see and steer background work only through the job interface (app/jobs/job-types.ts), so the
 * same suite runs on the `Job` table (SQLite) and on pg-boss (PostgreSQL's default).
 */

/**
 * Runs every due job now, as the worker would, with the given Admin API clients and mail setup (a test's
 * SMTP server for jobs that send mail; without one, such jobs fail and are retried).
 */
export async function drainJobs(
  graphqlFor: (shop: string) => Promise<AdminGraphql | null> = async () => null,
  mail: Deployment = { emailFrom: "parcelwise@example.test" },
) {
  const db = await testDb();
  const handlers = createJobHandlers({
    db,
    graphqlFor,
    backfillDays: 60,
    reconcileIntervalMs: 3_600_000,
    mail,
  });
  return jobQueue().runDue(handlers, { workerId: "test-worker" });
}

/**
 * The jobs that match and have not finished (waiting, waiting for a retry, running), oldest first; with
 * `finished`, every job the queue still holds, done, failed and cancelled ones too.
 */
export async function queuedJobs(filter: JobFilter & { finished?: boolean } = {}): Promise<JobInfo[]> {
  return jobQueue().list(await testDb(), filter);
}

/** The matching waiting jobs (retries included) become due now, instead of waiting out their time. */
export async function runJobsNow(filter: JobFilter): Promise<number> {
  return jobQueue().runNow(await testDb(), filter);
}

/** The shop's jobs that have not finished (of `type` only, when given) will not run. */
export async function cancelJobs(shop: string, type?: JobType): Promise<void> {
  await jobQueue().cancelShop(await testDb(), shop, type);
}
