import db from "../db.server";
import { env } from "../env.server";
import { processInbox } from "../ingest/process-inbox.server";
import { logger } from "../logger.server";
import { detectLateAndStalled } from "../notifications/detect.server";
import { dispatchNotifications, type DispatchConfig } from "../notifications/dispatch.server";
import { parseEncryptionKey } from "../security/secrets.server";
import { API_VERSION } from "../shopify.server";
import { createJobHandlers, offlineGraphqlFactory } from "./handlers.server";
import { errorMessage, type PeriodicTask, type RunningJobs } from "./job-types";
import { startPollLoop, type PollLoop } from "./poll-loop.server";
import { jobQueue } from "./queue.server";

export interface BackgroundWork {
  inbox: PollLoop;
  notifications: PollLoop;
  /** Jobs and periodic tasks (delay/stall detection), on the deployment's job queue. */
  jobs: RunningJobs;
  stop(): Promise<void>;
}

/**
 * This process's background work. The webhook inbox (woken by every accepted webhook, polled every
 * INBOX_POLL_MS for retries and rows other processes accepted) and the notification outbox (polled every
 * second) are poll loops in every worker: their rows are claimed by compare-and-set, so any number of
 * processes share them without a queue in between, at sub-second latency. Jobs and detection run on the
 * job queue (docs/decisions/0016): pg-boss on PostgreSQL, where one detection pass runs at a time across
 * all processes; the `Job` table and a poll loop on SQLite. The web process runs this when RUN_WORKER is
 * on; `npm run worker` (scripts/worker.ts) always does.
 */
export function startBackgroundWork(): BackgroundWork {
  const handlers = createJobHandlers(jobDeps());
  const config = dispatchConfig();
  const notifications = startPollLoop("Notifications", () => dispatchNotifications(db, config), 1000);
  const inbox = startPollLoop(
    "Inbox",
    async () => {
      // Applied webhooks may have written outbox rows: send them now rather than at the next tick.
      if ((await processInbox(db)).applied) notifications.wake();
    },
    env.INBOX_POLL_MS,
  );
  const detection: PeriodicTask = {
    name: "detect-late-and-stalled",
    intervalMs: env.DETECT_INTERVAL_SECONDS * 1000,
    run: async () => {
      const result = await detectLateAndStalled(db);
      if (result.checked) notifications.wake();
      return { again: result.more };
    },
  };
  const jobs = jobQueue().start(handlers, [detection]);
  return {
    inbox,
    notifications,
    jobs,
    stop: async () => void (await Promise.all([inbox, notifications, jobs].map((work) => work.stop()))),
  };
}

/** How this deployment sends notifications (app/notifications/dispatch.server.ts). */
export function dispatchConfig(): DispatchConfig {
  return {
    smtpUrl: env.SMTP_URL,
    emailFrom: env.EMAIL_FROM,
    appUrl: env.SHOPIFY_APP_URL,
    secret: env.SHOPIFY_API_SECRET,
    encryptionKey: env.ENCRYPTION_KEY ? parseEncryptionKey(env.ENCRYPTION_KEY) : undefined,
  };
}

declare global {
  var parcelwiseWork: BackgroundWork | undefined;
}

/** Starts background work in the web process once, when RUN_WORKER is on. Tests drive it explicitly. */
export function startBackgroundWorker(): void {
  if (env.NODE_ENV === "test" || globalThis.parcelwiseWork) return;
  if (env.RUN_WORKER) globalThis.parcelwiseWork = startBackgroundWork();
  // A web process without a worker still enqueues: connect now rather than in the first request.
  else {
    void jobQueue()
      .ready()
      .catch((error: unknown) => logger.warn("Job queue not ready yet", { error: errorMessage(error) }));
  }
}

/** Wakes the inbox after a webhook was accepted; a no-op where no worker runs in this process. */
export function wakeInbox(): void {
  globalThis.parcelwiseWork?.inbox.wake();
}

/** Wakes the dispatcher after the admin queued a message; a no-op where no worker runs in this process. */
export function wakeNotifications(): void {
  globalThis.parcelwiseWork?.notifications.wake();
}

export function jobDeps() {
  return {
    db,
    graphqlFor: offlineGraphqlFactory({ db }, { apiVersion: API_VERSION, origin: env.SHOPIFY_ADMIN_ORIGIN }),
    backfillDays: 60,
    reconcileIntervalMs: env.RECONCILE_INTERVAL_MINUTES * 60_000,
    mail: { smtpUrl: env.SMTP_URL, emailFrom: env.EMAIL_FROM, encryptionKey: dispatchConfig().encryptionKey },
  };
}
