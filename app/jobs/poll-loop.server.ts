import { logger } from "../logger.server";

export interface PollLoop {
  /** Run as soon as the event loop is free (a run in progress goes round once more). */
  wake(): void;
  /** Stops polling and waits for the run in progress. */
  stop(): Promise<void>;
}

/**
 * Calls `run` every `intervalMs`, and whenever woken, never two at a time. The timer is unref'd: a loop
 * alone does not keep a process alive.
 */
export function startPollLoop(name: string, run: () => Promise<unknown>, intervalMs: number): PollLoop {
  let current: Promise<void> | null = null;
  let again = false;
  const tick = () => {
    if (current) {
      again = true;
      return;
    }
    current = (async () => {
      do {
        again = false;
        await run();
      } while (again);
    })()
      .catch((error) => logger.error(`${name} run failed`, { error: String(error) }))
      .finally(() => {
        current = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    wake: () => setImmediate(tick),
    stop: async () => {
      clearInterval(timer);
      await current;
    },
  };
}
