import type { Db } from "../db.server";
import { INTENTS, type Intent } from "./understand";

/**
 * What the chat did for a shop since a moment: conversations, the intents it answered, how many it
 * resolved without a person (it answered from the order's live data and nobody was needed — the WISMO
 * tickets it saved) and how many it handed over.
 */
export interface ChatAnalytics {
  conversations: number;
  intents: Record<Intent, number>;
  deflected: number;
  escalated: number;
}

export async function chatAnalytics(db: Db, shopId: string, since: Date): Promise<ChatAnalytics> {
  const where = { shopId, createdAt: { gte: since } };
  const [conversations, deflected, escalated, byIntent] = await Promise.all([
    db.conversation.count({ where }),
    db.conversation.count({ where: { ...where, answeredWithData: true, escalatedAt: null } }),
    db.conversation.count({ where: { ...where, escalatedAt: { not: null } } }),
    db.conversationMessage.groupBy({
      by: ["intent"],
      where: { ...where, role: "ASSISTANT" },
      _count: { _all: true },
    }),
  ]);
  const intents = Object.fromEntries(INTENTS.map((intent) => [intent, 0])) as Record<Intent, number>;
  for (const row of byIntent) {
    if (row.intent && row.intent in intents) intents[row.intent as Intent] = row._count._all;
  }
  return { conversations, intents, deflected, escalated };
}

export interface ConversationSummary {
  id: string;
  createdAt: string;
  language: string;
  lastIntent: string | null;
  escalatedAt: string | null;
  escalationReason: string | null;
  handoffEmail: string | null;
  orderName: string | null;
  messages: Array<{ role: string; text: string; at: string }>;
}

/** The shop's conversations for the admin, escalated first or recent, with transcripts and the order. */
export async function listConversations(
  db: Db,
  shopId: string,
  filter: "escalated" | "recent",
  take = 50,
): Promise<ConversationSummary[]> {
  const rows = await db.conversation.findMany({
    where: { shopId, ...(filter === "escalated" ? { escalatedAt: { not: null } } : {}) },
    orderBy: filter === "escalated" ? { escalatedAt: "desc" } : { createdAt: "desc" },
    take,
    include: { messages: { orderBy: { createdAt: "asc" }, take: 100 } },
  });
  const orderIds = rows.map((r) => r.orderId).filter((id): id is string => !!id);
  const orders = orderIds.length
    ? await db.order.findMany({ where: { shopId, id: { in: orderIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(orders.map((o) => [o.id, o.name]));
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    language: r.language,
    lastIntent: r.lastIntent,
    escalatedAt: r.escalatedAt?.toISOString() ?? null,
    escalationReason: r.escalationReason,
    handoffEmail: r.handoffEmail,
    orderName: r.orderId ? (names.get(r.orderId) ?? null) : null,
    messages: r.messages.map((m) => ({ role: m.role, text: m.text, at: m.createdAt.toISOString() })),
  }));
}
