import { chatAnalytics } from "../../chat/analytics.server";
import type { Db } from "../../db.server";

export interface WismoActivity {
  /** Orders the shop received in the period (Shopify's processed time). */
  orders: number;
  conversations: number;
  /** Answers to "where is my order?" (the chat's order_status intent). */
  wismoQuestions: number;
  /** Conversations answered from live order data with nobody needed. */
  deflected: number;
  /** Conversations handed to the shop's team. */
  escalated: number;
  /** deflected per 100 orders of the period; null without orders. */
  deflectedPer100Orders: number | null;
}

/** What the storefront chat answered for the shop since `since`, against the orders of the same period. */
export async function wismoActivity(db: Db, shopId: string, since: Date): Promise<WismoActivity> {
  const [chat, orders] = await Promise.all([
    chatAnalytics(db, shopId, since),
    // Shopify updates an order at or after it is processed, so the first condition changes no count; it
    // lets the (shopId, shopifyUpdatedAt) index find the period's orders instead of reading all of them.
    db.order.count({ where: { shopId, shopifyUpdatedAt: { gte: since }, processedAt: { gte: since } } }),
  ]);
  return {
    orders,
    conversations: chat.conversations,
    wismoQuestions: chat.intents.order_status,
    deflected: chat.deflected,
    escalated: chat.escalated,
    deflectedPer100Orders: orders ? (chat.deflected / orders) * 100 : null,
  };
}
