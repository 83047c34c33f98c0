/**
 * Load generator, run as its own process (forked by run.ts, config as JSON in argv[2], result sent
 * back over IPC). Closed loop: `load` connections each send the next webhook as soon as the last was
 * answered. Open loop: `load` webhooks per second scheduled by wall clock; latency counts from the
 * scheduled send time, so a stalled server is charged for the queue it causes (no coordinated omission).
 */
import http from "node:http";
import { performance } from "node:perf_hooks";
import { WebhookMix } from "./mix";
import { summarize, type PhaseResult } from "./stats";

export interface LoadConfig {
  phase: string;
  mode: "closed" | "open";
  load: number;
  seconds: number;
  port: number;
  secret: string;
  idBase: number;
}

const REQUEST_TIMEOUT_MS = 10_000;
/** Open loop: how long answers may still come after the last scheduled send; the rest are errors. */
const DRAIN_MS = 10_000;
const MAX_REQUESTS = 200_000;

async function run(config: LoadConfig): Promise<PhaseResult> {
  const mix = new WebhookMix(config.secret, config.idBase);
  const sockets = config.mode === "closed" ? config.load : 128;
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  const durationMs = config.seconds * 1000;
  const limit = Math.min(
    MAX_REQUESTS,
    config.mode === "open" ? Math.ceil(config.load * config.seconds) : MAX_REQUESTS,
  );
  const latencies = new Float64Array(limit);
  const result = {
    sent: 0,
    ok: 0,
    errors: 0,
    recorded: 0,
    non200: {} as Record<string, number>,
    samples: [] as string[],
  };

  const pending = new Set<http.ClientRequest>();
  const sendOne = (startedAt: number) =>
    new Promise<void>((settle) => {
      const webhook = mix.next();
      result.sent++;
      let settled = false;
      const resolve = () => {
        if (settled) return false;
        settled = true;
        pending.delete(req);
        settle();
        return true;
      };
      const fail = (message: string) => {
        if (!resolve()) return;
        result.errors++;
        if (result.samples.length < 5) result.samples.push(message);
      };
      const req = http.request(
        {
          agent,
          host: "127.0.0.1",
          port: config.port,
          method: "POST",
          path: webhook.path,
          headers: webhook.headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", (error) => fail(`response: ${error.message}`));
          res.on("end", () => {
            if (!resolve()) return;
            latencies[result.recorded++] = performance.now() - startedAt;
            if (res.statusCode === 200) result.ok++;
            else {
              const key = String(res.statusCode);
              result.non200[key] = (result.non200[key] ?? 0) + 1;
              if (result.samples.length < 5) {
                result.samples.push(
                  `${key} ${webhook.path}: ${Buffer.concat(chunks).toString().slice(0, 200)}`,
                );
              }
            }
          });
        },
      );
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error("timeout")));
      req.on("error", (error) => fail(`${webhook.path}: ${error.message}`));
      pending.add(req);
      req.end(webhook.body);
    });

  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  if (config.mode === "closed") {
    const deadline = start + durationMs;
    const worker = async () => {
      while (performance.now() < deadline && result.sent < limit) await sendOne(performance.now());
    };
    await Promise.all(Array.from({ length: config.load }, worker));
  } else {
    const interval = 1000 / config.load;
    const inFlight: Promise<void>[] = [];
    while (result.sent < limit) {
      const due = Math.min(limit, Math.floor((performance.now() - start) / interval) + 1);
      while (result.sent < due) inFlight.push(sendOne(start + result.sent * interval));
      if (result.sent < limit) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    let timer: NodeJS.Timeout | undefined;
    const drained = new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_MS)));
    await Promise.race([Promise.all(inFlight), drained]);
    clearTimeout(timer);
    for (const req of pending)
      req.destroy(new Error(`no answer within ${DRAIN_MS / 1000} s after the last send`));
    await Promise.all(inFlight);
  }
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  agent.destroy();
  return {
    phase: config.phase,
    mode: config.mode,
    load: config.load,
    durationMs: Math.round(elapsed),
    sent: result.sent,
    ok: result.ok,
    non200: result.non200,
    errors: result.errors,
    samples: result.samples,
    throughput: result.ok / (elapsed / 1000),
    latency: summarize(latencies, result.recorded),
    clientCpuMs: (cpu.user + cpu.system) / 1000,
  };
}

const config = JSON.parse(process.argv[2] ?? "{}") as LoadConfig;
run(config).then(
  (result) => process.send?.(result, () => process.exit(0)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
