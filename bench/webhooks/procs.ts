/** Child processes of the benchmark: servers (spawned, logs to a file) and load generators (forked). */
import { fork, spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { fileURLToPath } from "node:url";
import type { LoadConfig } from "./load";
import type { PhaseResult } from "./stats";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Server {
  name: string;
  port: number;
  child: ChildProcess;
}

/** Starts a server with stdout/stderr to `logFile` and resolves once it answers HTTP on `port`. */
export async function startServer(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  logFile: string,
  cwd: string,
): Promise<Server> {
  const log = openSync(logFile, "a");
  const child = spawn(process.execPath, args, {
    cwd,
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const server = { name, port, child };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}; see ${logFile}`);
    if (await answers(port)) return server;
    await sleep(100);
  }
  await stopServer(server);
  throw new Error(`${name} did not answer on port ${port} within 60 s; see ${logFile}`);
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/webhooks/ready", timeout: 1000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
  });
}

/** SIGTERM, then SIGKILL after 10 s. Resolves when the process has exited. */
export async function stopServer({ child }: Server): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** User + system CPU milliseconds of a process so far (Linux /proc; undefined elsewhere). */
export function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the name); clock ticks, 100 per second.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Busy CPU milliseconds of the whole machine so far, all cores (Linux /proc/stat; steal included). */
export function machineBusyMs(): number | undefined {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0];
    const [user, nice, system, , , irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number);
    return (user + nice + system + irq + softirq + steal) * 10;
  } catch {
    return undefined;
  }
}

const LOAD_SCRIPT = fileURLToPath(new URL("./load.ts", import.meta.url));

/** Runs one phase in a separate load-generator process. */
export function runLoad(config: LoadConfig): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(LOAD_SCRIPT, [JSON.stringify(config)], { execArgv: ["--import", "tsx"] });
    let result: PhaseResult | undefined;
    const timer = setTimeout(() => child.kill("SIGKILL"), (config.seconds + 60) * 1000);
    child.on("message", (message) => (result = message as PhaseResult));
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (result) resolve(result);
      else reject(new Error(`load generator for ${config.phase} exited with ${code} and no result`));
    });
  });
}
