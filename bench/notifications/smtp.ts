/** Starts the SMTP sink (smtp-sink.ts) in its own process and asks it what arrived. */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { processCpuMs } from "../webhooks/procs";
import type { SinkCount } from "./smtp-sink";

const SCRIPT = fileURLToPath(new URL("./smtp-sink.ts", import.meta.url));

export interface Sink {
  /** For the dispatcher's smtpUrl (the deployment's SMTP_URL). */
  url: string;
  count(): Promise<SinkCount>;
  /** From now on each message is answered `ms` later (a real relay's latency); 0: at once. */
  setLatency(ms: number): Promise<void>;
  /** The sink's CPU milliseconds so far (Linux). */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

export async function startSink(): Promise<Sink> {
  const child = fork(SCRIPT, [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await reply<{ port: number }>(
    child,
    (m) => typeof m === "object" && m !== null && "port" in m,
  );
  return {
    url: `smtp://127.0.0.1:${port.port}?ignoreTLS=true`,
    count: () => {
      const answer = reply<SinkCount>(child, (m) => typeof m === "object" && m !== null && "received" in m);
      child.send("count");
      return answer;
    },
    setLatency: async (ms) => {
      const answer = reply<{ latencyMs: number }>(
        child,
        (m) => typeof m === "object" && m !== null && "latencyMs" in m,
      );
      child.send({ latencyMs: ms });
      await answer;
    },
    cpuMs: () => processCpuMs(child.pid),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.disconnect();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function reply<T>(child: ChildProcess, matches: (message: unknown) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (!matches(message)) return;
      child.off("exit", onExit);
      child.off("message", onMessage);
      resolve(message as T);
    };
    const onExit = (code: number | null) => reject(new Error(`SMTP sink exited with ${code}`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}
