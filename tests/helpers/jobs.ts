import { createJobHandlers } from "~/jobs/handlers.server";
import { runDueJobs } from "~/jobs/worker.server";
import type { Deployment } from "~/notifications/channel-setup.server";
import type { AdminGraphql } from "~/shopify-admin/admin-graphql.server";
import { testDb } from "./db";

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
  return runDueJobs(db, handlers, "test-worker");
}
