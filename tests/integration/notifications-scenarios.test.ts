import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { providerSenders } from "~/notifications/deliver.server";
import type { DispatchConfig } from "~/notifications/dispatch.server";
import { dispatchUntilIdle } from "../helpers/channels";
import { testDb } from "../helpers/db";
import { emulatorStream, shuffle, type EmulatorStream, type StreamWebhook } from "../helpers/emulator-stream";
import { dispatch, dispatchConfig, outbox } from "../helpers/notifications";
import { slowSmtpLink } from "../helpers/slow-smtp";
import { useSmtpServer, type ReceivedMail } from "../helpers/smtp";
import { deliver } from "../helpers/webhooks";

const MINUTE = 60_000;
const ORDERS = 6;

const smtp = useSmtpServer();

/** Milestones that say "your parcel is in this state now". */
const STATE_MILESTONES = new Set([
  "IN_TRANSIT",
  "OUT_FOR_DELIVERY",
  "ATTEMPTED_DELIVERY",
  "READY_FOR_PICKUP",
  "EXCEPTION",
]);

/** Whether a message about `milestone` tells the truth about a parcel that is in `status` now. */
function stillTrue(milestone: string, shipment: { status: string; lateSince: Date | null }): boolean {
  if (shipment.status === "CANCELLED") return false;
  if (milestone === "DELIVERED") return shipment.status === "DELIVERED";
  if (shipment.status === "DELIVERED") return false;
  if (STATE_MILESTONES.has(milestone)) return shipment.status === milestone;
  if (milestone === "DELAYED") return shipment.status === "DELAYED" || !!shipment.lateSince;
  return true;
}

/** The outbox row an email came from: its Message-ID is `<row id@sender domain>`. */
const rowIdOf = (messageId: string | undefined) => /^<([^@]+)@/.exec(messageId ?? "")?.[1] ?? "";

/**
 * The dispatcher as the worker runs it, on a clock the test moves, noting for each email the parcel's
 * state at the moment it was handed to the mail server.
 */
async function watchedDispatcher() {
  const db = await testDb();
  const sends: { milestone: string; status: string; truthful: boolean }[] = [];
  let now = Date.now();
  const config: DispatchConfig = dispatchConfig(smtp.url, {
    senders: {
      ...providerSenders,
      email: async (url, message) => {
        const row = await db.notification.findUniqueOrThrow({
          where: { id: rowIdOf(message.messageId) },
          select: { milestone: true, shipment: { select: { status: true, lateSince: true } } },
        });
        sends.push({
          milestone: row.milestone,
          status: row.shipment.status,
          truthful: stillTrue(row.milestone, row.shipment),
        });
        return providerSenders.email(url, message);
      },
    },
  });
  return {
    sends,
    /** One worker poll, a minute after the previous one. */
    tick: () => {
      now += MINUTE;
      return dispatch(config, new Date(now));
    },
    /** Everything still due, `minutes` later (retries, orders that were waited for). */
    drain: (minutes: number) => {
      now += minutes * MINUTE;
      return dispatchUntilIdle(config, new Date(now));
    },
  };
}

/** Delivers the webhooks in order, letting the dispatcher run after every `every` of them. */
async function play(webhooks: StreamWebhook[], every: number, between: (index: number) => Promise<unknown>) {
  for (const [index, webhook] of webhooks.entries()) {
    const { status } = await deliver(webhook.topic, webhook.payload, { eventId: webhook.eventId });
    expect(status).toBe(200);
    if ((index + 1) % every === 0) await between(index);
  }
}

/**
 * What the shoppers received, checked against the outbox and the emulator's orders: one email per
 * sent row, each to the order's shopper and about their order, none for the same milestone twice.
 */
async function expectEachMilestoneOnce(stream: EmulatorStream): Promise<ReceivedMail[]> {
  const db = await testDb();
  const rows = await db.notification.findMany({
    include: { shipment: { select: { status: true, order: { select: { shopifyId: true } } } } },
  });
  expect(rows.filter((r) => r.status === "PENDING" || r.status === "FAILED")).toEqual([]);
  const sent = rows.filter((r) => r.status === "SENT");
  await smtp.waitForMessages(sent.length);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const mails = smtp.messages;
  expect(mails.map((m) => rowIdOf(m.messageId)).sort()).toEqual(sent.map((r) => r.id).sort());
  const byId = new Map(rows.map((r) => [r.id, r]));
  const told = mails.map((m) => {
    const row = byId.get(rowIdOf(m.messageId))!;
    const order = stream.orders.get(row.shipment.order!.shopifyId)!;
    expect(m.envelope.rcptTo).toEqual([order.email]);
    expect(m.text).toContain(order.name);
    return `${row.shipmentId} ${row.milestone}`;
  });
  expect(new Set(told).size).toBe(told.length);
  // Every parcel that arrived was announced as delivered.
  const delivered = new Set(rows.filter((r) => r.shipment.status === "DELIVERED").map((r) => r.shipmentId));
  for (const shipmentId of delivered) expect(told).toContain(`${shipmentId} DELIVERED`);
  return mails;
}

describe("notifications over the emulator's webhook streams", () => {
  it.each([11, 23, 42])(
    "the stream three times over, shuffled (seed %i): each milestone reaches the shopper once, and only while true",
    async (seed) => {
      // Given the emulator's webhooks for a handful of orders, each sent three times (twice as the same
      // event, as Shopify retries, once as a new event), in a shuffled order
      const stream = emulatorStream({ seed, orders: ORDERS });
      const copies = stream.webhooks.flatMap((w) => [w, w, { ...w, eventId: `${w.eventId}-again` }]);
      const dispatcher = await watchedDispatcher();

      // When they arrive while the dispatcher polls every minute, and it finally runs dry
      await play(shuffle(copies, seed), 10, dispatcher.tick);
      await dispatcher.drain(10);

      // Then every sent row reached its shopper exactly once, and no milestone was told twice
      const mails = await expectEachMilestoneOnce(stream);
      expect(mails.length).toBeGreaterThanOrEqual(ORDERS);
      // And no message told the shopper something that was no longer true as it left
      expect(dispatcher.sends.filter((s) => !s.truthful)).toEqual([]);
      expect(dispatcher.sends).toHaveLength(mails.length);
    },
  );

  it("an SMTP outage in the middle of the stream: everything arrives once when the server is back", async () => {
    // Given the emulator's stream, each webhook also retried once by Shopify
    const stream = emulatorStream({ seed: 7, orders: ORDERS });
    const webhooks = stream.webhooks.flatMap((w) => [w, w]);
    const third = Math.floor(webhooks.length / 3);
    const dispatcher = await watchedDispatcher();
    const outage = { retried: 0, sentBefore: 0 };

    // When the mail server goes down for the middle third of the stream
    await play(webhooks.slice(0, third), 8, dispatcher.tick);
    outage.sentBefore = smtp.messages.length;
    await smtp.stop();
    await play(webhooks.slice(third, 2 * third), 8, async () => {
      outage.retried += (await dispatcher.tick()).retried;
    });
    await smtp.start();
    await play(webhooks.slice(2 * third), 8, dispatcher.tick);
    // And the backoff has run out for everything that failed
    await dispatcher.drain(120);

    // Then messages did wait for the server during the outage
    expect(outage.retried).toBeGreaterThan(0);
    expect(outage.sentBefore).toBeGreaterThan(0);
    const waited = (await outbox()).filter((r) => r.attempts > 1);
    expect(waited.length).toBeGreaterThan(0);
    // And every one was sent once afterwards (or dropped because it was no longer true), none twice
    await expectEachMilestoneOnce(stream);
    expect(dispatcher.sends.filter((s) => !s.truthful)).toEqual([]);
    for (const row of waited) expect(["SENT", "SKIPPED"]).toContain(row.status);
  });

  it("a dispatcher killed mid-send: every shopper gets their email, and only the ones in flight twice", async () => {
    // Given ten orders that have just shipped, and a mail server slow to accept each message
    const stream = emulatorStream({ seed: 5, orders: 10, steps: 2 });
    for (const webhook of stream.webhooks) {
      await deliver(webhook.topic, webhook.payload, { eventId: webhook.eventId });
    }
    const queued = await outbox();
    expect(queued.map((r) => [r.milestone, r.status])).toEqual(
      Array.from({ length: 10 }, () => ["SHIPPED", "PENDING"]),
    );
    const link = await slowSmtpLink(smtp.port, 600);

    // When a dispatcher process starts sending, and is killed once some but not all emails arrived
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        fileURLToPath(new URL("../helpers/dispatch-process.ts", import.meta.url)),
        link.url,
        "doomed",
      ],
      { env: process.env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    try {
      // Killed while some emails are recorded as sent and others are accepted by the server but not
      // yet recorded: the state a crash leaves behind.
      const db = await testDb();
      const deadline = Date.now() + 20_000;
      for (;;) {
        if (child.exitCode !== null || Date.now() > deadline) {
          throw new Error(`The dispatcher process was not caught mid-send:\n${output}`);
        }
        const sent = await db.notification.count({ where: { status: "SENT" } });
        if (sent > 0 && smtp.messages.length > sent && smtp.messages.length < 10) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    } finally {
      child.kill("SIGKILL");
      await exited;
      await link.close();
    }
    // (A message the server had all of before the kill is still being parsed: let it land.)
    await new Promise((resolve) => setTimeout(resolve, 300));
    const received = new Set(smtp.messages.map((m) => m.messageId));
    const atKill = await outbox();
    const recorded = new Set(atKill.filter((r) => r.status === "SENT").map((r) => r.providerMessageId));
    const inFlight = [...received].filter((id) => !recorded.has(id!));
    expect(recorded.size).toBeGreaterThan(0);
    expect(inFlight.length).toBeGreaterThan(0);
    expect(received.size).toBeLessThan(10);

    // Then a dispatcher running before the dead one's lease ran out leaves its messages alone
    expect((await dispatch(dispatchConfig(smtp.url))).sent).toBe(0);

    // When one runs after the lease
    await dispatchUntilIdle(dispatchConfig(smtp.url), new Date(Date.now() + 3 * MINUTE));

    // Then every shopper got their email
    const rows = await outbox();
    expect(rows.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => "SENT"));
    await smtp.waitForMessages(10);
    const copies = new Map<string, number>();
    for (const mail of smtp.messages) copies.set(mail.messageId!, (copies.get(mail.messageId!) ?? 0) + 1);
    expect([...copies.keys()].sort()).toEqual(rows.map((r) => r.providerMessageId).sort());
    // And the only ones who got it twice are those whose email was in flight when the process died:
    // accepted by the server, not yet recorded as sent; it came again with the same Message-ID
    const twice = [...copies].filter(([, n]) => n > 1).map(([id]) => id);
    expect(twice.sort()).toEqual(inFlight.sort());
    expect(Math.max(...copies.values())).toBeLessThanOrEqual(2);
    const byShopper = new Map<string, Set<string>>();
    for (const mail of smtp.messages) {
      const key = `${mail.envelope.rcptTo.join()} ${mail.subject}`;
      byShopper.set(key, (byShopper.get(key) ?? new Set()).add(mail.messageId!));
    }
    expect(byShopper.size).toBe(10);
    for (const ids of byShopper.values()) expect(ids.size).toBe(1);
  });
});
