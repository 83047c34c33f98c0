/**
 * Phase 1, dispatch throughput: N pending SHIPPED emails sent by `dispatchNotifications` (called as the
 * worker's poll loop does, until a call finds nothing due) through the app's own nodemailer pool to a
 * local SMTP server in another process. Counts what the server received and what the outbox recorded.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { DispatchResult } from "../../app/notifications/dispatch.server";
import { machineBusyMs } from "../webhooks/procs";
import { createBenchDatabase } from "./database";
import { startProfiler } from "./profile";
import { seedOutbox } from "./seed";
import { startSink, type Sink } from "./smtp";
import type { SinkCount } from "./smtp-sink";

export interface DispatchOptions {
  tmp: string;
  pgUrl?: string;
  emails: number;
  /** Overrides of the dispatcher's defaults; undefined: what the worker runs with. */
  concurrency?: number;
  batchSize?: number;
  profile: boolean;
}

export interface DispatchFigures {
  emails: number;
  seedSeconds: number;
  seconds: number;
  emailsPerSecond: number;
  calls: number;
  result: DispatchResult;
  /** Outbox rows by status afterwards. */
  statuses: Record<string, number>;
  sink: SinkCount;
  settings: string;
  cpu: { dispatcherMs: number; sinkMs?: number; otherPct?: number };
  /** Every row sent and recorded once, every message received once. */
  exact: boolean;
  profile?: string[];
}

const log = (message: string) => console.error(`[bench] ${message}`);

export async function benchDispatch(options: DispatchOptions): Promise<DispatchFigures> {
  const database = await createBenchDatabase("dispatch", options.tmp, options.pgUrl);
  let sink: Sink | undefined;
  try {
    const seedStart = performance.now();
    await seedOutbox(database, options.emails, new Date());
    const seedSeconds = (performance.now() - seedStart) / 1000;
    log(
      `dispatch: seeded ${options.emails} orders, shipments and outbox rows in ${seedSeconds.toFixed(1)} s`,
    );
    sink = await startSink();

    const { createDb } = await import("../../app/db.server");
    const { dispatchNotifications, DISPATCH_DEFAULTS } =
      await import("../../app/notifications/dispatch.server");
    const { providerSenders } = await import("../../app/notifications/deliver.server");
    const { closeMailTransports, POOL_OPTIONS: SMTP_POOL } = await import("../../app/channels/email.server");
    const concurrency = options.concurrency ?? DISPATCH_DEFAULTS.concurrency;
    const batchSize = options.batchSize ?? DISPATCH_DEFAULTS.batchSize;
    const settings =
      `concurrency ${concurrency} lanes, batch ${batchSize} rows, up to ${DISPATCH_DEFAULTS.maxBatches} batches per call; ` +
      `SMTP pool ${SMTP_POOL.maxConnections} connections × ${SMTP_POOL.maxMessages} messages`;
    const db = createDb(database.url);
    const profiler = options.profile ? await startProfiler(db, providerSenders) : undefined;
    const config = {
      smtpUrl: sink.url,
      emailFrom: "notifications@parcelwise.app",
      appUrl: "https://parcelwise.example",
      secret: randomBytes(24).toString("hex"),
      senders: profiler?.senders,
      concurrency,
      batchSize,
    };

    log(`dispatch: sending ${options.emails} emails (${settings})`);
    const result: DispatchResult = { sent: 0, skipped: 0, failed: 0, retried: 0, deferred: 0 };
    let calls = 0;
    const cpuBefore = process.cpuUsage();
    const sinkBefore = sink.cpuMs();
    const busyBefore = machineBusyMs();
    const start = performance.now();
    try {
      for (;;) {
        const pass = await dispatchNotifications(profiler?.db ?? db, config);
        calls++;
        for (const key of Object.keys(result) as (keyof DispatchResult)[]) result[key] += pass[key];
        if (Object.values(pass).every((n) => n === 0)) break;
      }
    } finally {
      await closeMailTransports();
    }
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const sinkAfter = sink.cpuMs();
    const busyAfter = machineBusyMs();
    const profile = await profiler?.stop();
    await db.$disconnect();

    const statuses = Object.fromEntries(
      (
        await database.query<{ status: string; n: number | string }>(
          `SELECT "status", COUNT(*) AS "n" FROM "Notification" GROUP BY "status"`,
        )
      ).map((r) => [r.status, Number(r.n)]),
    );
    const received = await sink.count();
    const n = options.emails;
    return {
      emails: n,
      seedSeconds,
      seconds,
      emailsPerSecond: result.sent / seconds,
      calls,
      result,
      statuses,
      sink: received,
      settings,
      cpu: cpuFigures(seconds, cpu, [sinkBefore, sinkAfter], [busyBefore, busyAfter]),
      exact:
        result.sent === n &&
        statuses.SENT === n &&
        Object.keys(statuses).length === 1 &&
        received.received === n &&
        received.distinct === n,
      profile,
    };
  } finally {
    await sink?.stop();
    await database.drop();
  }
}

type Span = [number | undefined, number | undefined];

/** CPU of this process and of the SMTP server, and what everything else on the machine used meanwhile. */
function cpuFigures(seconds: number, own: NodeJS.CpuUsage, [sink0, sink1]: Span, [busy0, busy1]: Span) {
  const dispatcherMs = (own.user + own.system) / 1000;
  const sinkMs = sink0 === undefined || sink1 === undefined ? undefined : sink1 - sink0;
  const otherMs =
    busy0 === undefined || busy1 === undefined || sinkMs === undefined
      ? undefined
      : busy1 - busy0 - dispatcherMs - sinkMs;
  // In % of one core; busy time is sampled in 10 ms ticks, so a few % either way is noise.
  const otherPct = otherMs === undefined ? undefined : Math.max(0, otherMs / (seconds * 10));
  return { dispatcherMs, sinkMs, otherPct };
}
