/**
 * A background worker process (`npm run worker`): applies the webhook inbox, sends notifications, runs
 * jobs (backfill, reconciliation, GDPR exports, chat handovers) and takes its turn at delay/stall
 * detection, against DATABASE_URL. Run web processes with RUN_WORKER=false and any number of these beside
 * them: inbox and outbox rows are claimed by compare-and-set, and jobs come from pg-boss on PostgreSQL
 * (docs/decisions/0016). SIGTERM/SIGINT: no new work is taken, the work in hand is finished, then exit.
 */
import db from "../app/db.server";
import { env } from "../app/env.server";
import { jobQueue, jobQueueKind, jobQueueSchema } from "../app/jobs/queue.server";
import { startBackgroundWork } from "../app/jobs/runtime.server";

const work = startBackgroundWork();
const queue = jobQueueKind() === "pg-boss" ? `pg-boss in schema ${jobQueueSchema()}` : "the Job table";
console.log(
  `[parcelwise] worker ${process.pid} started (jobs on ${queue}, inbox every ${env.INBOX_POLL_MS} ms)`,
);

// The loops' timers are unref'd; a worker process must stay up until told to stop.
const keepAlive = setInterval(() => undefined, 1 << 30);
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(keepAlive);
    await work.stop();
    await jobQueue().close();
    await db.$disconnect();
    process.exit(0);
  });
}
