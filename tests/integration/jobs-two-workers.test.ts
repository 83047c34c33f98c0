import { describe, expect, it } from "vitest";
import { seedWork, sourceOf, waitUntilFinished } from "../helpers/job-seeds";
import { pgBossJobs, useAppPgBoss } from "../helpers/pg-boss";
import { useSmtpServer } from "../helpers/smtp";
import { smtpRelay } from "../helpers/smtp-relay";
import { copiesByMessageId, outputsOf, startWorkerProcess, workersStarted } from "../helpers/worker-process";

/**
 * N web + M worker processes on one PostgreSQL (docs/decisions/0016): two `npm run worker` processes
 * share the notification outbox and pg-boss's jobs, and every message goes out exactly once.
 * PostgreSQL only: on SQLite jobs run in the one process (pg-boss needs PostgreSQL).
 */
const onPostgres = process.env.TEST_DATABASE === "postgres";
// The app's configuration is read once, at its first import: this file's processes use pg-boss.
if (onPostgres) process.env.JOB_QUEUE = "pg-boss";

const smtp = useSmtpServer();

describe.runIf(onPostgres)("two worker processes on one PostgreSQL (pg-boss; skipped on SQLite)", () => {
  const app = useAppPgBoss();

  it("sends each of 200 notifications and 50 chat handovers exactly once, both workers taking a share", async () => {
    // Given two worker processes, each reaching the mail server through a relay of its own
    const relays = [await smtpRelay(smtp.port), await smtpRelay(smtp.port)];
    const workers = relays.map((relay, i) =>
      startWorkerProcess(`worker-${i}`, { SMTP_URL: relay.url, JOB_QUEUE: "pg-boss" }),
    );
    const started = Date.now();
    try {
      await workersStarted(...workers);

      const up = Date.now();
      // When 200 shipped emails are due and 50 chats are handed over, each queueing its job
      const seeded = await seedWork(app.db, app.queue, { notifications: 200, handoffs: 50 });
      const queued = Date.now();

      // Then all of it is done
      await waitUntilFinished(app.db, 30_000, () => outputsOf(workers));
      console.info(
        `two workers: started in ${up - started} ms, work queued in ${queued - up} ms, done ${Date.now() - queued} ms later`,
      );
      await smtp.waitForMessages(250);
      // A duplicate would arrive right behind the original: give it the chance to.
      await new Promise((resolve) => setTimeout(resolve, 500));

      // And every message arrived exactly once
      const copies = copiesByMessageId(smtp.messages);
      expect([...copies.values()].filter((n) => n !== 1)).toEqual([]);
      expect([...copies.keys()].map(sourceOf).sort()).toEqual(
        [...seeded.notificationIds, ...seeded.conversationIds].sort(),
      );
      expect(await app.db.conversation.count({ where: { handoffEmail: "SENT" } })).toBe(50);
      // And both workers sent a share of it
      const shares = relays.map((relay) => relay.messages());
      expect(shares[0] + shares[1]).toBe(250);
      expect(Math.min(...shares)).toBeGreaterThan(0);
      // And every handover job ran once and was recorded as done
      const jobs = await pgBossJobs(process.env.DATABASE_URL!, app.schema);
      const handoffs = jobs.filter((job) => job.name === "chat-handoff");
      expect(handoffs).toHaveLength(50);
      expect(handoffs.every((job) => job.state === "completed" && job.retry_count === 0)).toBe(true);
    } finally {
      // SIGTERM: each worker finishes what it holds and exits cleanly
      await Promise.all(workers.map((worker) => worker.kill("SIGTERM")));
      await Promise.all(relays.map((relay) => relay.close()));
    }
    expect(workers.map((worker) => worker.child.exitCode)).toEqual([0, 0]);
  }, 60_000);
});
