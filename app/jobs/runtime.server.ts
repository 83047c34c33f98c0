import { createJobHandlers, offlineGraphqlFactory } from "./handlers.server";
import { startWorker } from "./worker.server";
import db from "../db.server";
import { env } from "../env.server";
import { API_VERSION } from "../shopify.server";

declare global {
  var parcelwiseWorkerStarted: boolean | undefined;
}

/** Starts the in-process job worker once per process, when RUN_WORKER is on (the default). */
export function startBackgroundWorker(): void {
  if (!env.RUN_WORKER || env.NODE_ENV === "test" || globalThis.parcelwiseWorkerStarted) return;
  globalThis.parcelwiseWorkerStarted = true;
  startWorker(db, createJobHandlers(jobDeps()));
}

export function jobDeps() {
  return {
    db,
    graphqlFor: offlineGraphqlFactory({ db }, { apiVersion: API_VERSION, origin: env.SHOPIFY_ADMIN_ORIGIN }),
    backfillDays: 60,
    reconcileIntervalMs: env.RECONCILE_INTERVAL_MINUTES * 60_000,
  };
}
