import type { Tx } from "../types.server";
import { storedReason, type StoredReason } from "./reasons";

export interface NotificationLogEntry {
  id: string;
  milestone: string;
  channel: string;
  status: string;
  orderName: string | null;
  recipient: string | null;
  locale: string | null;
  /** Why it was skipped, or the last error of a retried or failed message, as written (English). */
  detail: string | null;
  /** `detail` as a code the admin translates; null for a provider's error and for older rows. */
  reason: StoredReason | null;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  dueAt: string;
}

export interface NotificationLog {
  entries: NotificationLogEntry[];
  counts: Record<"PENDING" | "SENT" | "FAILED" | "SKIPPED", number>;
}

/** The merchant's view of the outbox: the newest messages first, and how many are in each state. */
export async function listNotifications(
  tx: Tx,
  shopId: string,
  options: { status?: string; take?: number } = {},
): Promise<NotificationLog> {
  const [rows, grouped] = await Promise.all([
    tx.notification.findMany({
      where: { shopId, ...(options.status ? { status: options.status } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: Math.min(options.take ?? 50, 200),
      select: {
        id: true,
        milestone: true,
        channel: true,
        status: true,
        recipient: true,
        locale: true,
        skipReason: true,
        lastError: true,
        reasonCode: true,
        reasonParams: true,
        attempts: true,
        createdAt: true,
        sentAt: true,
        dueAt: true,
        shipment: { select: { order: { select: { name: true } } } },
      },
    }),
    tx.notification.groupBy({ by: ["status"], where: { shopId }, _count: { _all: true } }),
  ]);
  const counts = { PENDING: 0, SENT: 0, FAILED: 0, SKIPPED: 0 };
  for (const group of grouped) {
    if (group.status in counts) counts[group.status as keyof typeof counts] = group._count._all;
  }
  return {
    counts,
    entries: rows.map((row) => ({
      id: row.id,
      milestone: row.milestone,
      channel: row.channel,
      status: row.status,
      orderName: row.shipment.order?.name ?? null,
      recipient: row.recipient,
      locale: row.locale,
      detail: row.skipReason ?? row.lastError,
      reason: storedReason(row.reasonCode, row.reasonParams),
      attempts: row.attempts,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      dueAt: row.dueAt.toISOString(),
    })),
  };
}
