import { describe, expect, it } from "vitest";
import { startPollLoop } from "~/jobs/poll-loop.server";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("startPollLoop", () => {
  it("runs when woken, never twice at once, and once more when woken during a run", async () => {
    let running = 0;
    let overlapped = false;
    let runs = 0;
    let release: (() => void) | undefined;
    const loop = startPollLoop(
      "test",
      async () => {
        runs++;
        running++;
        if (running > 1) overlapped = true;
        await new Promise<void>((resolve) => (release = resolve));
        running--;
      },
      60_000,
    );
    loop.wake();
    await tick();
    expect(runs).toBe(1);
    loop.wake();
    loop.wake();
    await tick();
    expect(runs).toBe(1); // still inside the first run
    release?.();
    await tick();
    expect(runs).toBe(2); // the wakes during the run make exactly one more
    release?.();
    await tick();
    expect(runs).toBe(2);
    expect(overlapped).toBe(false);
    await loop.stop();
  });

  it("keeps going after a run fails", async () => {
    let runs = 0;
    const loop = startPollLoop(
      "test",
      async () => {
        runs++;
        if (runs === 1) throw new Error("boom");
      },
      60_000,
    );
    loop.wake();
    await tick();
    loop.wake();
    await tick();
    expect(runs).toBe(2);
    await loop.stop();
  });
});
