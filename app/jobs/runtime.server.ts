import db from "../db.server";
import { env } from "../env.server";
import { processInbox } from "../ingest/process-inbox.server";
import { detectLateAndStalled } from "../notifications/detect.server";
import { dispatchNotifications, type DispatchConfig } from "../notifications/dispatch.server";
import { parseEncryptionKey } from "../security/secrets.server";
import { API_VERSION } from "../shopify.server";
import { createJobHandlers, offlineGraphqlFactory } from "./handlers.server";
import { startPollLoop, type PollLoop } from "./poll-loop.server";
import { runDueJobs } from "./worker.server";

export interface BackgroundWork {
  inbox: PollLoop;
  jobs: PollLoop;
  notifications: PollLoop;
  detection: PollLoop;
  stop(): Promise<void>;
}

/**
 * This process's background work: the webhook inbox (woken by every accepted webhook, polled every
 * INBOX_POLL_MS for retries and rows other processes accepted) and the job table (polled every second).
 * The web process runs it when RUN_WORKER is on; `npm run worker` (scripts/worker.ts) always does.
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
  const jobs = startPollLoop("Jobs", () => runDueJobs(db, handlers), 1000);
  const detection = startPollLoop(
    "Detection",
    async () => {
      const result = await detectLateAndStalled(db);
      if (result.checked) notifications.wake();
      if (result.more) detection.wake();
    },
    env.DETECT_INTERVAL_SECONDS * 1000,
  );
  const loops = [inbox, jobs, notifications, detection];
  return {
    inbox,
    jobs,
    notifications,
    detection,
    stop: async () => void (await Promise.all(loops.map((loop) => loop.stop()))),
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
  if (!env.RUN_WORKER || env.NODE_ENV === "test" || globalThis.parcelwiseWork) return;
  globalThis.parcelwiseWork = startBackgroundWork();
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
