import type { ChatLanguage } from "./understand";

/**
 * The optional language model for messages the assistant cannot place: any OpenAI-compatible
 * chat-completions endpoint the merchant configures (off by default). It is told the shop's name, the
 * shopper's language and — only when the shopper has been verified — what the assistant itself would say
 * about their order; nothing else about the shop, other orders or other shoppers. Any failure (timeout,
 * refusal, malformed answer) returns null and the assistant answers as it would without a model.
 */
export interface LlmConfig {
  /** e.g. https://api.openai.com/v1 — `/chat/completions` is appended. */
  baseUrl: string;
  model: string;
  apiKey: string;
}

export interface LlmQuestion {
  shopName: string;
  language: ChatLanguage;
  message: string;
  /** The verified order's status as the assistant states it; null when no order is verified. */
  orderFacts: string | null;
}

const LANGUAGE_NAME: Record<ChatLanguage, string> = {
  en: "English",
  de: "German",
  fr: "French",
  es: "Spanish",
  it: "Italian",
  nl: "Dutch",
};
const TIMEOUT_MS = 8000;
const MAX_REPLY_CHARS = 800;

export async function askLlm(
  config: LlmConfig,
  question: LlmQuestion,
  fetchImpl: typeof fetch = fetch,
): Promise<string | null> {
  const system = [
    `You are the customer-support assistant of the online shop "${question.shopName}".`,
    `Reply in ${LANGUAGE_NAME[question.language]}, in at most three short sentences of plain text.`,
    "Use only the facts below. Never invent order details, dates, prices, policies or promises.",
    "If you cannot answer from them, say that the shop's team can help and the shopper can ask for a person.",
    question.orderFacts
      ? `Facts about the shopper's verified order: ${question.orderFacts}`
      : "The shopper has not verified an order: do not discuss any order.",
  ].join("\n");
  try {
    const response = await fetchImpl(`${config.baseUrl.replace(/\/+$/, "")}/chat/completions`, {
      method: "POST",
      headers: { Authorization: `Bearer ${config.apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        model: config.model,
        messages: [
          { role: "system", content: system },
          { role: "user", content: question.message },
        ],
        max_tokens: 300,
        temperature: 0.2,
      }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { choices?: Array<{ message?: { content?: unknown } }> };
    const content = body.choices?.[0]?.message?.content;
    if (typeof content !== "string" || !content.trim()) return null;
    return content.trim().slice(0, MAX_REPLY_CHARS);
  } catch {
    return null;
  }
}
