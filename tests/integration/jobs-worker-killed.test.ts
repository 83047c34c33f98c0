import { describe, expect, it } from "vitest";
import { seedWork, sourceOf, waitUntilFinished, type SeededWork } from "../helpers/job-seeds";
import { pgBossJobs, useAppPgBoss } from "../helpers/pg-boss";
import { slowSmtpLink } from "../helpers/slow-smtp";
import { useSmtpServer } from "../helpers/smtp";
import { smtpRelay } from "../helpers/smtp-relay";
import {
  copiesByMessageId,
  outputsOf,
  startWorkerProcess,
  waitUntil,
  workersStarted,
  type WorkerProcess,
} from "../helpers/worker-process";

/**
 * A worker process killed with SIGKILL mid-job on PostgreSQL (pg-boss): what it held is finished by the
 * other worker, once its job timeout (pg-boss expiry) or its outbox lease has passed. PostgreSQL only:
 * on SQLite the jobs run in the one process there is.
 */
const onPostgres = process.env.TEST_DATABASE === "postgres";
const WORKER_ENV = { JOB_QUEUE: "pg-boss", JOB_TIMEOUT_SECONDS: "3", JOB_RETRY_DELAY_SECONDS: "1" };
if (onPostgres) Object.assign(process.env, WORKER_ENV);

const smtp = useSmtpServer();
const url = () => process.env.DATABASE_URL!;

describe.runIf(onPostgres)("a worker process killed mid-job (pg-boss; skipped on SQLite)", () => {
  const app = useAppPgBoss();

  /**
   * The outbox lease of a dead worker's rows runs for 2 minutes (DISPATCH_DEFAULTS.leaseMs); the test
   * lets that time pass for those rows only, as the clock would.
   */
  async function expireLeasesOf(holders: string[]) {
    await app.db.notification.updateMany({
      where: { status: "PENDING", lockedBy: { in: holders } },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
  }

  async function finish(seeded: SeededWork, workers: WorkerProcess[]) {
    await waitUntilFinished(app.db, 30_000, () => outputsOf(workers));
    const total = seeded.notificationIds.length + seeded.conversationIds.length;
    await smtp.waitForMessages(total);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const copies = copiesByMessageId(smtp.messages);
    expect([...copies.keys()].map(sourceOf).sort()).toEqual(
      [...seeded.notificationIds, ...seeded.conversationIds].sort(),
    );
    return copies;
  }

  it("before anything was sent: the other worker sends all of it, each message once", async () => {
    // Given a worker whose mail server never answers, so it hangs mid-job and mid-send
    const hole = await smtpRelay(smtp.port, "black-hole");
    const doomed = startWorkerProcess("doomed", { ...WORKER_ENV, SMTP_URL: hole.url });
    const relay = await smtpRelay(smtp.port);
    let survivor: WorkerProcess | undefined;
    try {
      await workersStarted(doomed);
      const seeded = await seedWork(app.db, app.queue, { notifications: 30, handoffs: 10 });
      // When it holds a chat-handover job and a batch of outbox rows, it is killed
      await waitUntil(
        async () =>
          (await pgBossJobs(url(), app.schema)).some(
            (j) => j.name === "chat-handoff" && j.state === "active",
          ) && (await app.db.notification.count({ where: { lockedBy: { not: null } } })) > 0,
        20_000,
        doomed.output,
      );
      await doomed.kill("SIGKILL");
      const killedAt = Date.now();
      const held = await app.db.notification.findMany({
        where: { lockedBy: { not: null } },
        distinct: ["lockedBy"],
        select: { lockedBy: true },
      });

      // And another worker starts
      survivor = startWorkerProcess("survivor", { ...WORKER_ENV, SMTP_URL: relay.url });
      await workersStarted(survivor);
      await expireLeasesOf(held.map((row) => row.lockedBy!));

      // Then everything is sent by the survivor, each message once
      const copies = await finish(seeded, [doomed, survivor]);
      expect([...copies.values()].filter((n) => n !== 1)).toEqual([]);
      expect(relay.messages()).toBe(40);
      // And the job the dead worker held ran again only after its timeout, as its second run
      const handoffs = (await pgBossJobs(url(), app.schema)).filter((j) => j.name === "chat-handoff");
      expect(handoffs.map((j) => [j.state, j.retry_count]).sort()).toEqual([
        ...Array.from({ length: 9 }, () => ["completed", 0]),
        ["completed", 1],
      ]);
      console.info(`killed mid-job: all recovered ${Date.now() - killedAt} ms after the kill`);
    } finally {
      await doomed.kill("SIGKILL");
      await survivor?.kill("SIGTERM");
      await Promise.all([hole.close(), relay.close()]);
    }
  }, 60_000);

  it("after the mail server took a message but before it was recorded: that message comes again, with its Message-ID", async () => {
    // Given a worker whose mail server stores each message but holds back its "accepted"
    const link = await slowSmtpLink(smtp.port, 60_000);
    const doomed = startWorkerProcess("doomed", { ...WORKER_ENV, SMTP_URL: link.url });
    let survivor: WorkerProcess | undefined;
    try {
      await workersStarted(doomed);
      // (Handovers first, so one holds a connection to the server before the outbox batch takes the rest.)
      const handoffs = await seedWork(
        app.db,
        app.queue,
        { notifications: 0, handoffs: 3 },
        "first.myshopify.com",
      );
      await waitUntil(() => smtp.messages.length > 0, 20_000, doomed.output);
      const emails = await seedWork(
        app.db,
        app.queue,
        { notifications: 20, handoffs: 0 },
        "second.myshopify.com",
      );
      const seeded = { ...emails, conversationIds: handoffs.conversationIds };
      // When the server has a handover and outbox emails from it, it is killed
      await waitUntil(
        () =>
          smtp.messages.some((m) => sourceOf(m.messageId).startsWith("conv")) &&
          smtp.messages.some((m) => sourceOf(m.messageId).startsWith("n")),
        20_000,
        doomed.output,
      );
      await doomed.kill("SIGKILL");
      await link.close();
      // (A message the server had all of before the kill may still be being parsed: let it land.)
      await new Promise((resolve) => setTimeout(resolve, 300));
      const inFlight = new Set(smtp.messages.map((m) => m.messageId!));
      const held = await app.db.notification.findMany({
        where: { lockedBy: { not: null } },
        distinct: ["lockedBy"],
        select: { lockedBy: true },
      });

      survivor = startWorkerProcess("survivor", {
        ...WORKER_ENV,
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`,
      });
      await workersStarted(survivor);
      await expireLeasesOf(held.map((row) => row.lockedBy!));

      // Then every message arrives, and the only ones that arrive twice are those the server had taken
      // from the dead worker: the same Message-ID twice (at-least-once; docs/decisions/0016)
      const copies = await finish(seeded, [doomed, survivor]);
      const twice = [...copies].filter(([, n]) => n > 1).map(([id]) => id);
      expect(twice.sort()).toEqual([...inFlight].sort());
      expect(Math.max(...copies.values())).toBe(2);
    } finally {
      await doomed.kill("SIGKILL");
      await survivor?.kill("SIGTERM");
      await link.close();
    }
  }, 60_000);
});
