import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import readline from "node:readline";

/**
 * The app's production server (`npm start`: scripts/serve.ts on build/) as a child process. Its full
 * output goes to a log file; the terminal gets everything except the access-log lines of webhook
 * posts and static assets, which would drown the rest while the stream runs.
 */
const QUIET = /^(POST \/webhooks\/|GET \/assets\/|GET \/__manifest|GET \/ 200)/;

export interface AppProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

export function startApp(
  root: string,
  env: Record<string, string>,
  logFile: string,
  options: { echo?: boolean } = {},
): AppProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const file = createWriteStream(logFile);
  for (const stream of [child.stdout!, child.stderr!]) {
    readline.createInterface({ input: stream }).on("line", (line) => {
      file.write(`${line}\n`);
      if (options.echo !== false && line.trim() && !QUIET.test(line)) console.log(`  [app] ${line}`);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
      file.end();
    },
  };
}

/** Resolves once the app answers HTTP on `url`; rejects if it exits first or takes too long. */
export async function waitUntilUp(url: string, app: AppProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void app.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited)
      throw new Error(`The app exited during startup (exit ${app.child.exitCode}); see its output above.`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The app did not answer on ${url} within ${timeoutMs / 1000} s.`);
}
