/** What a shopper wants from the chat, as far as the widget can act on it. */
export const INTENTS = [
  "order_status",
  "not_received",
  "change_address",
  "cancel_order",
  "return_refund",
  "human",
  "other",
] as const;
export type Intent = (typeof INTENTS)[number];

/** The languages the storefront chat answers in. */
export const CHAT_LANGUAGES = ["en", "de", "fr", "es", "it", "nl"] as const;
export type ChatLanguage = (typeof CHAT_LANGUAGES)[number];

/** What one chat message says, read without any external service. */
export interface Understanding {
  intent: Intent;
  /** 0..1, how sure; the conversation treats < ~0.5 as "other". */
  confidence: number;
  /** The message's language, or null when it cannot tell (e.g. "#1001"), so the caller keeps the previous one. */
  language: ChatLanguage | null;
  /** The order number without "#": "#1001", "1001", "Bestellnr. 1187" → "1187". */
  orderNumber: string | null;
  /** Lowercased. */
  email: string | null;
  /** The digits as typed, a leading "+" kept; only when it looks like a phone number (7+ digits). */
  phone: string | null;
}
