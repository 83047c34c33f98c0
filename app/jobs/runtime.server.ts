import db from "../db.server";
import { env } from "../env.server";
import { processInbox } from "../ingest/process-inbox.server";
import { API_VERSION } from "../shopify.server";
import { createJobHandlers, offlineGraphqlFactory } from "./handlers.server";
import { startPollLoop, type PollLoop } from "./poll-loop.server";
import { runDueJobs } from "./worker.server";

export interface BackgroundWork {
  inbox: PollLoop;
  jobs: PollLoop;
  stop(): Promise<void>;
}

/**
 * This process's background work: the webhook inbox (woken by every accepted webhook, polled every
 * INBOX_POLL_MS for retries and rows other processes accepted) and the job table (polled every second).
 * The web process runs it when RUN_WORKER is on; `npm run worker` (scripts/worker.ts) always does.
 */
export function startBackgroundWork(): BackgroundWork {
  const handlers = createJobHandlers(jobDeps());
  const inbox = startPollLoop("Inbox", () => processInbox(db), env.INBOX_POLL_MS);
  const jobs = startPollLoop("Jobs", () => runDueJobs(db, handlers), 1000);
  return { inbox, jobs, stop: async () => void (await Promise.all([inbox.stop(), jobs.stop()])) };
}

declare global {
  var parcelwiseWork: BackgroundWork | undefined;
}

/** Starts background work in the web process once, when RUN_WORKER is on. Tests drive it explicitly. */
export function startBackgroundWorker(): void {
  if (!env.RUN_WORKER || env.NODE_ENV === "test" || globalThis.parcelwiseWork) return;
  globalThis.parcelwiseWork = startBackgroundWork();
}

/** Wakes the inbox after a webhook was accepted; a no-op where no worker runs in this process. */
export function wakeInbox(): void {
  globalThis.parcelwiseWork?.inbox.wake();
}

export function jobDeps() {
  return {
    db,
    graphqlFor: offlineGraphqlFactory({ db }, { apiVersion: API_VERSION, origin: env.SHOPIFY_ADMIN_ORIGIN }),
    backfillDays: 60,
    reconcileIntervalMs: env.RECONCILE_INTERVAL_MINUTES * 60_000,
  };
}
