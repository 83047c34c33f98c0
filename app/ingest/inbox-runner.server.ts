import type { Db } from "../db.server";
import { logger } from "../logger.server";
import { processInbox } from "./process-inbox.server";

export interface InboxRunner {
  /** Apply what is waiting as soon as the event loop is free (called after each accepted webhook). */
  wake(): void;
  stop(): Promise<void>;
}

/**
 * Drives the inbox in this process: woken by each accepted webhook, so a webhook is applied within
 * milliseconds, and polled every `intervalMs` for retries and rows other processes accepted. One run
 * at a time; a wake during a run makes it go round once more.
 */
export function startInboxRunner(db: Db, intervalMs = 1000): InboxRunner {
  let current: Promise<void> | null = null;
  let again = false;
  const run = () => {
    if (current) {
      again = true;
      return;
    }
    current = (async () => {
      do {
        again = false;
        await processInbox(db);
      } while (again);
    })()
      .catch((error) => logger.error("Inbox run failed", { error: String(error) }))
      .finally(() => {
        current = null;
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    wake: () => setImmediate(run),
    stop: async () => {
      clearInterval(timer);
      await current;
    },
  };
}
