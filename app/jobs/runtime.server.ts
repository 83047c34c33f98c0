import db from "../db.server";
import { env } from "../env.server";
import { startInboxRunner, type InboxRunner } from "../ingest/inbox-runner.server";
import { API_VERSION } from "../shopify.server";
import { createJobHandlers, offlineGraphqlFactory } from "./handlers.server";
import { startWorker } from "./worker.server";

declare global {
  var parcelwiseInbox: InboxRunner | undefined;
}

/**
 * Starts this process's background work once: the webhook inbox runner and the job worker, when
 * RUN_WORKER is on (the default). Tests drive both explicitly instead.
 */
export function startBackgroundWorker(): void {
  if (!env.RUN_WORKER || env.NODE_ENV === "test" || globalThis.parcelwiseInbox) return;
  globalThis.parcelwiseInbox = startInboxRunner(db, env.INBOX_POLL_MS);
  startWorker(db, createJobHandlers(jobDeps()));
}

/** Wakes the inbox runner after a webhook was accepted; a no-op where none runs in this process. */
export function wakeInbox(): void {
  globalThis.parcelwiseInbox?.wake();
}

export function jobDeps() {
  return {
    db,
    graphqlFor: offlineGraphqlFactory({ db }, { apiVersion: API_VERSION, origin: env.SHOPIFY_ADMIN_ORIGIN }),
    backfillDays: 60,
    reconcileIntervalMs: env.RECONCILE_INTERVAL_MINUTES * 60_000,
  };
}
