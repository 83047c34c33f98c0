/**
 * A background worker process (`npm run worker`): applies the webhook inbox and runs jobs (backfill,
 * reconciliation, GDPR exports) against DATABASE_URL. Run web processes with RUN_WORKER=false and any
 * number of these beside them; every claim is a compare-and-set, so workers never apply a row twice.
 */
import db from "../app/db.server";
import { env } from "../app/env.server";
import { startBackgroundWork } from "../app/jobs/runtime.server";

const work = startBackgroundWork();
console.log(`[parcelwise] worker started (inbox every ${env.INBOX_POLL_MS} ms)`);

// The loops' timers are unref'd; a worker process must stay up until told to stop.
const keepAlive = setInterval(() => undefined, 1 << 30);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, async () => {
    clearInterval(keepAlive);
    await work.stop();
    await db.$disconnect();
    process.exit(0);
  });
}
