import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~/db.server";
import type { JobQueue } from "~/jobs/job-types";
import { deployMigrations } from "../../scripts/lib/migrate";
import { seedWork, sourceOf, unfinished } from "../helpers/job-seeds";
import { pgBossJobs } from "../helpers/pg-boss";
import { useSmtpServer } from "../helpers/smtp";
import { smtpRelay } from "../helpers/smtp-relay";
import {
  startThrowawayPostgres,
  throwawayPostgresUnavailable,
  type ThrowawayPostgres,
} from "../helpers/throwaway-postgres";
import {
  copiesByMessageId,
  outputsOf,
  startWorkerProcess,
  waitUntil,
  workersStarted,
  type WorkerProcess,
} from "../helpers/worker-process";

/**
 * PostgreSQL goes away for a moment in the middle of a run (a restart, a fail-over) while two workers
 * send notifications and run jobs: afterwards everything is done, each message once. The server is a
 * throwaway cluster of this test's own: the shared test server must stay up for the other tests.
 * PostgreSQL only (pg-boss).
 */
const onPostgres = process.env.TEST_DATABASE === "postgres";
const unavailable = onPostgres ? throwawayPostgresUnavailable() : null;
if (unavailable) console.warn(`jobs-postgres-restart: SKIPPED, no throwaway PostgreSQL: ${unavailable}`);
/** DISPATCH_DEFAULTS.leaseMs (app/notifications/dispatch.server.ts). */
const DISPATCH_LEASE_MS = 120_000;
// No worker dies here: a job timeout longer than the outage, so no job counts as abandoned.
const WORKER_ENV = { JOB_QUEUE: "pg-boss", JOB_TIMEOUT_SECONDS: "20", JOB_RETRY_DELAY_SECONDS: "1" };

const smtp = useSmtpServer();

describe.runIf(onPostgres && !unavailable)(
  "a PostgreSQL restart during a run (pg-boss; skipped on SQLite or without PostgreSQL binaries)",
  () => {
    let server: ThrowawayPostgres;
    let db: Db;
    let queue: JobQueue;

    beforeAll(async () => {
      server = await startThrowawayPostgres();
      await deployMigrations(server.url);
      const { createDb } = await import("~/db.server");
      const { createPgBossQueue } = await import("~/jobs/pg-boss-queue.server");
      db = createDb(server.url);
      queue = createPgBossQueue({
        url: server.url,
        schema: "pgboss",
        timeoutSeconds: 20,
        retryDelaySeconds: 1,
      });
      await queue.ready();
    });
    afterAll(async () => {
      await queue?.close();
      await db?.$disconnect();
      await server?.destroy();
    });

    it("is survived by two workers: every notification and job done, each message once", async () => {
      const relays = [await smtpRelay(smtp.port), await smtpRelay(smtp.port)];
      const workers: WorkerProcess[] = relays.map((relay, i) =>
        startWorkerProcess(`worker-${i}`, { ...WORKER_ENV, DATABASE_URL: server.url, SMTP_URL: relay.url }),
      );
      const outputs = () => outputsOf(workers);
      try {
        await workersStarted(...workers);
        // Given two workers busy with 300 due emails and 60 handovers
        const seeded = await seedWork(db, queue, { notifications: 300, handoffs: 60 });
        await waitUntil(() => smtp.messages.length >= 40, 20_000, outputs);

        // When PostgreSQL stops (ending every session) and comes back 1.5 s later
        const sentBefore = smtp.messages.length;
        const stoppedAt = Date.now();
        await server.stop();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await server.start();
        const back = Date.now();
        console.info(`restart: ${sentBefore} of 360 messages sent before the outage`);

        // Then the workers carry on and finish everything. (Outbox rows that a batch had claimed when its
        // connection dropped wait out their 2-minute lease, like a dead worker's: once they have stayed
        // put for 5 s, the test lets that time pass for them.)
        const claimedBefore = {
          status: "PENDING",
          lockedUntil: { lte: new Date(stoppedAt + DISPATCH_LEASE_MS + 500) },
        };
        let orphaned = { count: -1, since: Date.now() };
        let expired = 0;
        await waitUntil(
          async () => {
            const left = await unfinished(db);
            if (left.notifications === 0 && left.handoffs === 0) return true;
            const count = await db.notification.count({ where: claimedBefore });
            if (count !== orphaned.count) orphaned = { count, since: Date.now() };
            else if (count > 0 && Date.now() - orphaned.since > 5000) {
              expired += count;
              await db.notification.updateMany({ where: claimedBefore, data: { lockedUntil: new Date(0) } });
            }
            return false;
          },
          40_000,
          async () => `${JSON.stringify(await unfinished(db))}\n${outputs()}`,
        );
        console.info(
          `restart: ${expired} outbox rows waited out the lease of the batch the outage cut short`,
        );
        console.info(`restart: all done ${Date.now() - back} ms after PostgreSQL was back`);
        await smtp.waitForMessages(360);
        await new Promise((resolve) => setTimeout(resolve, 500));

        // And every message arrived exactly once
        const copies = copiesByMessageId(smtp.messages);
        expect([...copies].filter(([, n]) => n !== 1)).toEqual([]);
        expect([...copies.keys()].map(sourceOf).sort()).toEqual(
          [...seeded.notificationIds, ...seeded.conversationIds].sort(),
        );
        // And every job is recorded as done, and both workers are still running
        const jobs = (await pgBossJobs(server.url, "pgboss")).filter((j) => j.name === "chat-handoff");
        expect(jobs.map((j) => j.state)).toEqual(Array.from({ length: 60 }, () => "completed"));
        expect(workers.map((w) => w.child.exitCode)).toEqual([null, null]);
      } finally {
        await Promise.all(workers.map((w) => w.kill("SIGTERM")));
        await Promise.all(relays.map((relay) => relay.close()));
      }
    }, 90_000);
  },
);
