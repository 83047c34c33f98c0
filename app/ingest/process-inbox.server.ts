import { randomUUID } from "node:crypto";
import type { Db } from "../db.server";
import { logger } from "../logger.server";
import type { ShopRef, Tx } from "../types.server";
import { WEBHOOK_TOPICS } from "./topics.server";

const LEASE_MS = 60_000;
const MAX_ATTEMPTS = 10;

interface InboxRow {
  id: string;
  shopDomain: string;
  topic: string;
  payload: string | null;
  attempts: number;
}

export interface InboxResult {
  applied: number;
  failed: number;
}

/**
 * Applies waiting webhooks in the order they arrived, a batch per transaction. Each row is applied,
 * marked processed and stripped of its payload in the same transaction as its effects, so a crash
 * leaves it waiting (to be applied again: every handler is idempotent) and never half-applied.
 * A row that fails is retried alone with backoff, without holding up the rest of its batch; after
 * MAX_ATTEMPTS it is marked failed and kept for a person to look at.
 */
export async function processInbox(
  db: Db,
  options: { batchSize?: number; maxBatches?: number; workerId?: string } = {},
): Promise<InboxResult> {
  const workerId = options.workerId ?? randomUUID();
  const result: InboxResult = { applied: 0, failed: 0 };
  for (let batch = 0; batch < (options.maxBatches ?? 100); batch++) {
    const rows = await claimBatch(db, workerId, options.batchSize ?? 50);
    if (!rows.length) break;
    try {
      await db.$transaction(async (tx) => {
        const shops = new Map<string, ShopRef | null>();
        for (const row of rows) await applyRow(tx, row, shops);
      });
      result.applied += rows.length;
    } catch {
      // Something in the batch failed: apply the rows one by one to find it and keep the others.
      for (const row of rows) {
        try {
          await db.$transaction((tx) => applyRow(tx, row, new Map()));
          result.applied++;
        } catch (error) {
          result.failed++;
          await recordFailure(db, row, error);
        }
      }
    }
  }
  return result;
}

async function claimBatch(db: Db, workerId: string, size: number): Promise<InboxRow[]> {
  const now = new Date();
  const due = {
    processedAt: null,
    failedAt: null,
    OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
  };
  const candidates = await db.webhookInbox.findMany({
    where: due,
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take: size,
    select: { id: true },
  });
  if (!candidates.length) return [];
  // Claimed only where still due: of two workers racing for a row, one gets it.
  await db.webhookInbox.updateMany({
    where: { ...due, id: { in: candidates.map((c) => c.id) } },
    data: { lockedUntil: new Date(now.getTime() + LEASE_MS), lockedBy: workerId },
  });
  return db.webhookInbox.findMany({
    where: { id: { in: candidates.map((c) => c.id) }, lockedBy: workerId, processedAt: null },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    select: { id: true, shopDomain: true, topic: true, payload: true, attempts: true },
  });
}

async function applyRow(tx: Tx, row: InboxRow, shops: Map<string, ShopRef | null>): Promise<void> {
  const topic = WEBHOOK_TOPICS.get(row.topic);
  if (!topic) throw new Error(`No handler for topic ${row.topic}`);
  const payload = topic.payload.parse(JSON.parse(row.payload ?? "null"));
  let shop = shops.get(row.shopDomain);
  if (shop === undefined) {
    shop = await tx.shop.findUnique({
      where: { domain: row.shopDomain },
      select: { id: true, domain: true },
    });
  }
  if (!shop && topic.createsShop) {
    shop = await tx.shop.create({ data: { domain: row.shopDomain }, select: { id: true, domain: true } });
  }
  shops.set(row.shopDomain, shop);
  await topic.handle(tx, { shop, shopDomain: row.shopDomain, payload });
  // shop/redact removes the shop's inbox rows, this one included: nothing left to mark.
  await tx.webhookInbox.updateMany({
    where: { id: row.id },
    data: { processedAt: new Date(), payload: null, lockedUntil: null, lockedBy: null, lastError: null },
  });
  // A later row in the batch may be for a shop this one removed or created.
  if (topic.topic === "shop/redact") shops.delete(row.shopDomain);
}

async function recordFailure(db: Db, row: InboxRow, error: unknown): Promise<void> {
  const attempts = row.attempts + 1;
  const message = error instanceof Error ? error.message : String(error);
  logger.warn("Webhook could not be applied", {
    id: row.id,
    topic: row.topic,
    shop: row.shopDomain,
    attempts,
    error: message,
  });
  await db.webhookInbox.update({
    where: { id: row.id },
    data: {
      attempts,
      lastError: message.slice(0, 2000),
      lockedBy: null,
      // Backoff through the lease: 2 s, 4 s, 8 s … capped at 10 min.
      lockedUntil: new Date(Date.now() + Math.min(2000 * 2 ** (attempts - 1), 600_000)),
      ...(attempts >= MAX_ATTEMPTS ? { failedAt: new Date() } : {}),
    },
  });
}
