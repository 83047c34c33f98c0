import { randomUUID } from "node:crypto";
import { SendError } from "../channels/send-error";
import type { Db } from "../db.server";
import { whileDatabaseAway } from "../jobs/database-outage.server";
import { logger } from "../logger.server";
import { deliver, providerSenders, type Senders } from "./deliver.server";
import { isChannel } from "./rules";
import { isMilestone, type Channel } from "./milestones";
import { reason, reasonColumns } from "./reasons";
import { loadNotificationSettings } from "./settings.server";
import { addressHash, suppress } from "./suppression.server";
import {
  prepare,
  templateKey,
  type Decision,
  type DispatchEnv,
  type DispatchShipment,
  type DispatchShop,
  type OutboxRow,
} from "./prepare.server";

export interface DispatchConfig {
  smtpUrl?: string;
  emailFrom: string;
  appUrl: string;
  /** Signs tracking-page and unsubscribe links. */
  secret: string;
  encryptionKey?: Buffer;
  senders?: Senders;
  /** Messages in flight at once (rows of one shipment always go one after another). */
  concurrency?: number;
  batchSize?: number;
  leaseMs?: number;
  now?: () => Date;
}

export interface DispatchResult {
  sent: number;
  skipped: number;
  failed: number;
  retried: number;
  deferred: number;
}

/** What the worker runs with (DispatchConfig leaves these out); the benchmark reports them. */
export const DISPATCH_DEFAULTS = {
  concurrency: 8,
  batchSize: 100,
  maxBatches: 20,
  leaseMs: 120_000,
} as const;

/** After this many attempts a message is failed for good (about 8 hours of retries with the backoff). */
export const MAX_ATTEMPTS = 12;
const DAY_MS = 86_400_000;

/** Exponential backoff: 30 s, 1 min, 2 min … capped at 1 hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(attempts - 1, 0), 3_600_000);
}

/**
 * Sends due outbox rows. Rows are claimed with a lease, so two dispatchers never send the same row; a
 * dispatcher killed between sending and recording (sends are recorded in group commits, at most
 * GROUP_MAX_WAIT_MS after they went out) leaves the lease to expire and the row is sent again —
 * the only window where a shopper can get a duplicate (email keeps its Message-ID, Klaviyo dedupes on
 * the event's unique id). Each outcome is recorded in one transaction with what it implies: the next
 * channel of a fallback chain, an opt-out on a STOP reply.
 */
export async function dispatchNotifications(
  db: Db,
  config: DispatchConfig,
  options: { maxBatches?: number; workerId?: string } = {},
): Promise<DispatchResult> {
  const result: DispatchResult = { sent: 0, skipped: 0, failed: 0, retried: 0, deferred: 0 };
  const workerId = options.workerId ?? randomUUID();
  const now = config.now ?? (() => new Date());
  const batchSize = config.batchSize ?? DISPATCH_DEFAULTS.batchSize;
  const leaseMs = config.leaseMs ?? DISPATCH_DEFAULTS.leaseMs;
  for (let batch = 0; batch < (options.maxBatches ?? DISPATCH_DEFAULTS.maxBatches); batch++) {
    const rows = await claimDue(db, workerId, now(), batchSize, leaseMs);
    if (!rows.length) break;
    const recorder = sentRecorder(db);
    const context = { ...(await loadContext(db, rows, now())), recordSent: recorder.record };
    const recorded: Promise<void>[] = [];
    const byShipment = new Map<string, OutboxRow[]>();
    for (const row of rows) byShipment.set(row.shipmentId, [...(byShipment.get(row.shipmentId) ?? []), row]);
    const groups = [...byShipment.values()];
    let next = 0;
    const lane = async () => {
      while (next < groups.length) {
        const group = groups[next++];
        let sentToday = context.sentToday.get(group[0].shipmentId) ?? 0;
        for (const row of group) {
          const outcome = await runOne(db, config, workerId, row, context, sentToday, now());
          if (typeof outcome === "string") {
            result[outcome]++;
            continue;
          }
          if (row.channel !== "klaviyo") sentToday++;
          const counted = outcome.recorded.then((final) => void result[final]++);
          // Observed below; marked handled now in case a lane fails first and nothing awaits it.
          counted.catch(() => undefined);
          recorded.push(counted);
        }
      }
    };
    const lanes = Math.min(config.concurrency ?? DISPATCH_DEFAULTS.concurrency, groups.length);
    let failure: { error: unknown } | undefined;
    await Promise.all(Array.from({ length: lanes }, lane)).catch((error: unknown) => (failure = { error }));
    // Nothing is left uncommitted when the batch ends.
    recorder.flush();
    const settled = await Promise.allSettled(recorded);
    if (failure) throw failure.error;
    for (const outcome of settled) if (outcome.status === "rejected") throw outcome.reason;
    if (rows.length < batchSize) break;
  }
  return result;
}

async function runOne(
  db: Db,
  config: DispatchConfig,
  workerId: string,
  row: OutboxRow,
  context: BatchContext,
  sentToday: number,
  now: Date,
): Promise<keyof DispatchResult | { recorded: Promise<keyof DispatchResult> }> {
  const shop = context.shops.get(row.shopId);
  const shipment = context.shipments.get(row.shipmentId);
  const mine = { id: row.id, lockedBy: workerId, status: "PENDING" };
  let decision: Decision;
  try {
    decision =
      shop && shipment
        ? await prepare(db, row, shop, shipment, {
            now,
            smtpUrl: config.smtpUrl,
            emailFrom: config.emailFrom,
            appUrl: config.appUrl,
            secret: config.secret,
            encryptionKey: config.encryptionKey,
            sentToday,
            templates: context.templates,
            suppressedEmails: context.suppressedEmails,
          })
        : { kind: "skip", reason: reason("SHIPMENT_GONE"), fallback: false };
  } catch (error) {
    return recordFailure(db, mine, row, error, now);
  }

  if (decision.kind === "defer") {
    await db.notification.updateMany({
      where: mine,
      data: {
        dueAt: decision.until,
        lockedUntil: null,
        lockedBy: null,
        lastError: decision.reason.text,
        ...reasonColumns(decision.reason),
      },
    });
    return "deferred";
  }
  if (decision.kind === "skip") {
    await db.$transaction(async (tx) => {
      const won = await tx.notification.updateMany({
        where: mine,
        data: {
          status: "SKIPPED",
          skipReason: decision.reason.text,
          ...reasonColumns(decision.reason),
          lockedUntil: null,
          lockedBy: null,
        },
      });
      if (won.count && decision.fallback) await fallBack(tx, row, now);
    });
    return "skipped";
  }

  let providerMessageId: string;
  try {
    ({ providerMessageId } = await deliver(config.senders ?? providerSenders, decision.envelope));
  } catch (error) {
    if (
      error instanceof SendError &&
      error.code === "unsubscribed" &&
      decision.envelope.channel !== "email"
    ) {
      const to = decision.envelope.channel === "klaviyo" ? null : decision.envelope.message.to;
      if (to) await suppress(db, row.shopId, "phone", to, "sms-stop");
    }
    return recordFailure(db, { ...mine }, row, error, now, decision.recipient);
  }
  // The lane moves on while the row waits for its group commit.
  const recorded = context
    .recordSent({
      where: mine,
      data: {
        status: "SENT",
        sentAt: now,
        providerMessageId,
        recipient: decision.recipient,
        locale: decision.locale,
        attempts: { increment: 1 },
        lockedUntil: null,
        lockedBy: null,
        lastError: null,
        ...reasonColumns(null),
      },
    })
    .then(
      () => "sent" as const,
      // As before, a send that cannot be recorded is handled like a failed attempt.
      (error: unknown) => recordFailure(db, { ...mine }, row, error, now, decision.recipient),
    );
  return { recorded };
}

type SentUpdate = Parameters<Db["notification"]["updateMany"]>[0];

/** A group commit holds at most this many sends, and waits at most this long for them to gather. */
const GROUP_MAX_ROWS = 50;
const GROUP_MAX_WAIT_MS = 50;

/**
 * Records sends in group commits: one transaction for up to GROUP_MAX_ROWS sends or GROUP_MAX_WAIT_MS,
 * and the lane does not wait for it but starts its next message, so the SMTP connections stay busy.
 * On SQLite (synchronous = FULL) every commit is an fsync that blocks the process; one per message was
 * the largest single cost in the dispatcher's profile. The price is a crash window of one group instead
 * of one message: those rows are sent again when their lease expires, with the same Message-ID.
 * `record` resolves once the row is committed; a batch ends only when all of its rows are.
 */
function sentRecorder(db: Db) {
  let pending: Array<{ update: SentUpdate; done: (error?: unknown) => void }> = [];
  let timer: NodeJS.Timeout | undefined;
  let writing = Promise.resolve();
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const group = pending;
    pending = [];
    if (group.length) writing = writing.then(() => commitGroup(db, group));
  };
  return {
    flush,
    record: (update: SentUpdate) =>
      new Promise<void>((resolve, reject) => {
        pending.push({ update, done: (error) => (error === undefined ? resolve() : reject(error)) });
        if (pending.length >= GROUP_MAX_ROWS) flush();
        else timer ??= setTimeout(flush, GROUP_MAX_WAIT_MS);
      }),
  };
}

async function commitGroup(
  db: Db,
  group: Array<{ update: SentUpdate; done: (error?: unknown) => void }>,
): Promise<void> {
  try {
    // The emails are out: while the database is away (a restart), wait for it rather than leave the rows
    // to be sent again when their lease ends.
    await whileDatabaseAway("Recording sent notifications", async () => {
      const updates = group.map(({ update }) => db.notification.updateMany(update));
      await (updates.length === 1 ? updates[0] : db.$transaction(updates));
    });
    for (const { done } of group) done();
  } catch {
    // One at a time, so a row that cannot be written fails alone, as it did before grouping.
    for (const { update, done } of group) {
      await db.notification.updateMany(update).then(
        () => done(),
        (error: unknown) => done(error ?? new Error("Recording the send failed")),
      );
    }
  }
}

async function recordFailure(
  db: Db,
  mine: { id: string; lockedBy: string; status: string },
  row: OutboxRow & { attempts?: number },
  error: unknown,
  now: Date,
  recipient?: string,
): Promise<keyof DispatchResult> {
  const message = error instanceof Error ? error.message : String(error);
  const current = await db.notification.findUnique({ where: { id: row.id }, select: { attempts: true } });
  const attempts = (current?.attempts ?? 0) + 1;
  const permanent = error instanceof SendError ? error.permanent : false;
  const final = permanent || attempts >= MAX_ATTEMPTS;
  logger.warn("Notification not sent", {
    id: row.id,
    channel: row.channel,
    attempts,
    permanent,
    error: message,
  });
  await db.$transaction(async (tx) => {
    const won = await tx.notification.updateMany({
      where: mine,
      data: {
        attempts,
        // A provider's (or an unexpected) error has no code: its own text is what the merchant sees.
        lastError: message.slice(0, 1000),
        ...reasonColumns(null),
        recipient: recipient ?? undefined,
        lockedUntil: null,
        lockedBy: null,
        ...(final
          ? { status: "FAILED", failedAt: now }
          : { dueAt: new Date(now.getTime() + Math.max(retryDelayMs(attempts), retryAfter(error))) }),
      },
    });
    // A number that cannot get WhatsApp (or SMS), or an address the server refuses: try the next channel.
    const unreachable = error instanceof SendError && permanent && error.code !== "unsubscribed";
    if (won.count && unreachable) await fallBack(tx, row, now);
  });
  return final ? "failed" : "retried";
}

function retryAfter(error: unknown): number {
  return error instanceof SendError ? (error.retryAfterMs ?? 0) : 0;
}

/** Writes the next channel of the row's fallback chain (once: the unique key holds). */
async function fallBack(tx: Parameters<Parameters<Db["$transaction"]>[0]>[0], row: OutboxRow, now: Date) {
  const stored = await tx.notification.findUnique({ where: { id: row.id }, select: { fallback: true } });
  const chain = (JSON.parse(stored?.fallback ?? "[]") as string[]).filter(isChannel);
  const [channel, ...rest] = chain;
  if (!channel) return;
  const key = { shipmentId: row.shipmentId, milestone: row.milestone, channel, occurrence: row.occurrence };
  const exists = await tx.notification.findFirst({ where: key, select: { id: true } });
  if (exists) return;
  await tx.notification.create({
    data: {
      ...key,
      shopId: row.shopId,
      fallback: JSON.stringify(rest),
      milestoneAt: row.milestoneAt,
      context: JSON.stringify(row.context),
      dueAt: now,
    },
  });
}

async function claimDue(
  db: Db,
  workerId: string,
  now: Date,
  size: number,
  leaseMs: number,
): Promise<OutboxRow[]> {
  const due = {
    status: "PENDING",
    dueAt: { lte: now },
    OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
  };
  const candidates = await db.notification.findMany({
    where: due,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: size,
    select: { id: true },
  });
  if (!candidates.length) return [];
  const ids = candidates.map((c) => c.id);
  // Claimed only where still due: of two dispatchers racing for a row, one gets it.
  await db.notification.updateMany({
    where: { ...due, id: { in: ids } },
    data: { lockedUntil: new Date(now.getTime() + leaseMs), lockedBy: workerId },
  });
  const claimed = await db.notification.findMany({
    where: { id: { in: ids }, lockedBy: workerId, status: "PENDING" },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      shopId: true,
      shipmentId: true,
      milestone: true,
      channel: true,
      occurrence: true,
      milestoneAt: true,
      context: true,
      createdAt: true,
    },
  });
  return claimed.flatMap((row) =>
    isMilestone(row.milestone) && isChannel(row.channel)
      ? [
          {
            ...row,
            milestone: row.milestone,
            channel: row.channel as Channel,
            context: parseContext(row.context),
          },
        ]
      : [],
  );
}

function parseContext(json: string): OutboxRow["context"] {
  try {
    const value = JSON.parse(json) as OutboxRow["context"];
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}

interface BatchContext {
  recordSent: (update: SentUpdate) => Promise<void>;
  shops: Map<string, DispatchShop>;
  shipments: Map<string, DispatchShipment>;
  templates: DispatchEnv["templates"];
  sentToday: Map<string, number>;
  suppressedEmails: DispatchEnv["suppressedEmails"];
}

async function loadContext(db: Db, rows: OutboxRow[], now: Date): Promise<Omit<BatchContext, "recordSent">> {
  const shopIds = [...new Set(rows.map((r) => r.shopId))];
  const shipmentIds = [...new Set(rows.map((r) => r.shipmentId))];
  const [shops, shipments, templates, sent] = await Promise.all([
    db.shop.findMany({
      where: { id: { in: shopIds } },
      select: {
        id: true,
        domain: true,
        name: true,
        email: true,
        primaryLocale: true,
        timezone: true,
        uninstalledAt: true,
      },
    }),
    db.shipment.findMany({
      where: { id: { in: shipmentIds } },
      select: {
        id: true,
        status: true,
        carrier: true,
        trackingNumbers: true,
        trackingUrls: true,
        estimatedDeliveryAt: true,
        estimatedDeliveryLatestAt: true,
        lastEventAt: true,
        shippedAt: true,
        destinationCity: true,
        destinationCountry: true,
        lineItems: true,
        lateSince: true,
        stalledSince: true,
        redactedAt: true,
        order: {
          select: {
            id: true,
            shopifyId: true,
            name: true,
            email: true,
            phone: true,
            shippingPhone: true,
            shippingCountryCode: true,
            shippingProvince: true,
            customerLocale: true,
            customerFirstName: true,
            customerLastName: true,
            lineItems: true,
            redactedAt: true,
          },
        },
      },
    }),
    db.notificationTemplate.findMany({
      where: { shopId: { in: shopIds }, milestone: { in: [...new Set(rows.map((r) => r.milestone))] } },
      select: { shopId: true, milestone: true, channel: true, locale: true, subject: true, body: true },
    }),
    db.notification.groupBy({
      by: ["shipmentId"],
      where: {
        shipmentId: { in: shipmentIds },
        status: "SENT",
        channel: { not: "klaviyo" },
        sentAt: { gte: new Date(now.getTime() - DAY_MS) },
      },
      _count: { _all: true },
    }),
  ]);
  const withSettings = await Promise.all(
    shops.map(async (shop) => ({ ...shop, settings: await loadNotificationSettings(db, shop.id) })),
  );
  const shopOf = new Map(rows.map((r) => [r.shipmentId, r.shopId]));
  const emailHashes = shipments.flatMap((s) => {
    const email = s.order?.email?.trim();
    return email ? [addressHash(shopOf.get(s.id)!, "email", email)] : [];
  });
  const suppressed = emailHashes.length
    ? await db.suppression.findMany({
        where: { shopId: { in: shopIds }, kind: "email", addressHash: { in: emailHashes } },
        select: { addressHash: true },
      })
    : [];
  return {
    shops: new Map(withSettings.map((s) => [s.id, s])),
    shipments: new Map(shipments.map((s) => [s.id, s as DispatchShipment])),
    templates: new Map(
      templates.map((t) => [
        templateKey(t.shopId, t.milestone, t.channel, t.locale),
        { subject: t.subject, body: t.body },
      ]),
    ),
    sentToday: new Map(sent.map((s) => [s.shipmentId, s._count._all])),
    suppressedEmails: new Set(suppressed.map((s) => s.addressHash)),
  };
}
