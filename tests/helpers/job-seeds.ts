import type { Db } from "~/db.server";
import type { JobQueue } from "~/jobs/job-types";
import { waitUntil } from "./worker-process";

const HOUR = 3_600_000;

export interface SeededWork {
  /** Outbox rows (email, SHIPPED): each email's Message-ID starts with `<row id@`. */
  notificationIds: string[];
  /** Escalated conversations with a chat-handoff job each: Message-ID `<chat-{id}@parcelwise.app>`. */
  conversationIds: string[];
}

/**
 * One shop with `notifications` orders that shipped an hour ago, each with its pending SHIPPED email as
 * ingest leaves it (no settings row: the default rules send SHIPPED by email), and `handoffs` escalated
 * chats, each with its chat-handoff job queued on `queue` in the transaction that stores the chat.
 * Rows go in straight through `db`, so it works on any database, also one a test started itself.
 */
export async function seedWork(
  db: Db,
  queue: JobQueue,
  counts: { notifications: number; handoffs: number },
  domain = "parcelwise-jobs.myshopify.com",
): Promise<SeededWork> {
  const shippedAt = new Date(Date.now() - HOUR);
  const shop = await db.shop.create({
    data: { domain, name: "Jobs Test Shop", email: "team@jobs-shop.example", timezone: "UTC" },
    select: { id: true },
  });
  const n = Array.from({ length: counts.notifications }, (_, i) => i);
  await db.order.createMany({
    data: n.map((i) => ({
      id: `o${i}`,
      shopId: shop.id,
      shopifyId: String(5_000_000_000 + i),
      name: `#${1001 + i}`,
      email: `shopper${i}@example.com`,
      customerFirstName: "Alex",
      customerLastName: `Doe${i}`,
      customerLocale: "en",
      shippingCountryCode: "US",
      processedAt: shippedAt,
      shopifyUpdatedAt: shippedAt,
    })),
  });
  await db.shipment.createMany({
    data: n.map((i) => ({
      id: `s${i}`,
      shopId: shop.id,
      orderId: `o${i}`,
      orderShopifyId: String(5_000_000_000 + i),
      shopifyId: String(7_000_000_000 + i),
      carrier: "UPS",
      trackingNumbers: JSON.stringify([`1Z999AA1${String(i).padStart(10, "0")}`]),
      status: "IN_TRANSIT",
      statusAt: shippedAt,
      shippedAt,
      shopifyUpdatedAt: shippedAt,
    })),
  });
  await db.notification.createMany({
    data: n.map((i) => ({
      id: `n${i}`,
      shopId: shop.id,
      shipmentId: `s${i}`,
      milestone: "SHIPPED",
      channel: "email",
      milestoneAt: shippedAt,
      dueAt: new Date(shippedAt.getTime() + i),
    })),
  });

  const conversationIds = Array.from({ length: counts.handoffs }, (_, i) => `conv${i}`);
  for (const id of conversationIds) {
    await db.$transaction(async (tx) => {
      await tx.conversation.create({
        data: {
          id,
          shopId: shop.id,
          escalatedAt: new Date(),
          escalationReason: "asked_for_person",
          turns: 1,
        },
      });
      await queue.enqueue(
        tx,
        "chat-handoff",
        { shop: domain, conversationId: id },
        { uniqueKey: `chat-handoff:${id}` },
      );
    });
  }
  return { notificationIds: n.map((i) => `n${i}`), conversationIds };
}

/** The outbox row or conversation an email came from, by its Message-ID. */
export function sourceOf(messageId: string | undefined): string {
  return /^<(?:chat-)?([^@]+)@/.exec(messageId ?? "")?.[1] ?? "";
}

/** Outbox rows not sent yet and conversations whose handover is not recorded yet. */
export async function unfinished(db: Db): Promise<{ notifications: number; handoffs: number }> {
  return {
    notifications: await db.notification.count({ where: { status: { not: "SENT" } } }),
    handoffs: await db.conversation.count({ where: { handoffEmail: null } }),
  };
}

/**
 * Waits until every outbox row is sent and every handover recorded; on timeout the error says what is
 * left, then `output()` (the workers' output).
 */
export function waitUntilFinished(db: Db, timeoutMs: number, output: () => string): Promise<void> {
  return waitUntil(
    async () => {
      const left = await unfinished(db);
      return left.notifications === 0 && left.handoffs === 0;
    },
    timeoutMs,
    async () => `${JSON.stringify(await unfinished(db))}\n${output()}`,
  );
}
