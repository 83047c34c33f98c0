import { createJobHandlers } from "~/jobs/handlers.server";
import { runDueJobs } from "~/jobs/worker.server";
import type { AdminGraphql } from "~/shopify-admin/admin-graphql.server";
import { testDb } from "./db";

/** Runs every due job now, as the worker would, with the given Admin API clients. */
export async function drainJobs(
  graphqlFor: (shop: string) => Promise<AdminGraphql | null> = async () => null,
) {
  const db = await testDb();
  const handlers = createJobHandlers({ db, graphqlFor, backfillDays: 60, reconcileIntervalMs: 3_600_000 });
  return runDueJobs(db, handlers, "test-worker");
}
