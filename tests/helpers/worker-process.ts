import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface WorkerProcess {
  name: string;
  child: ChildProcess;
  /** Everything it printed (stdout and stderr), for a failure message. */
  output(): string;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
  /** Sends `signal` and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const WORKER = fileURLToPath(new URL("../../scripts/worker.ts", import.meta.url));

/**
 * `npm run worker` as its own process (scripts/worker.ts under tsx), with this test's environment plus
 * `env`: the app's variables, DATABASE_URL of this test file's database, JOB_QUEUE and the like.
 */
export function startWorkerProcess(name: string, env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER], {
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name,
    child,
    output: () => output,
    exited,
    kill: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Polls `check` every 50 ms until it returns true; throws with `describe()` after `timeoutMs`. */
export async function waitUntil(
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
  describe: () => string | Promise<string> = () => "",
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms. ${await describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What `workers` printed, each under its name: for a failure message. */
export function outputsOf(workers: WorkerProcess[]): string {
  return workers.map((w) => `--- ${w.name}\n${w.output()}`).join("\n");
}

/** Waits until each of `workers` says it has started with its jobs on pg-boss (20 s at most). */
export function workersStarted(...workers: WorkerProcess[]): Promise<void> {
  return waitUntil(
    () => workers.every((w) => w.output().includes("started (jobs on pg-boss")),
    20_000,
    () => outputsOf(workers),
  );
}

/** How often each Message-ID arrived. */
export function copiesByMessageId(messages: Array<{ messageId?: string }>): Map<string, number> {
  const copies = new Map<string, number>();
  for (const { messageId } of messages) copies.set(messageId ?? "", (copies.get(messageId ?? "") ?? 0) + 1);
  return copies;
}
