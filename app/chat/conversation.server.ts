import { randomBytes } from "node:crypto";
import type { Db } from "../db.server";
import { enqueue } from "../jobs/queue.server";
import { loadNotificationSettings } from "../notifications/settings.server";
import { decryptSecret } from "../security/secrets.server";
import { findOrderByContact, orderLookupInput } from "../storefront/lookup.server";
import { orderTrackingView, type ShipmentView } from "../storefront/tracking-view.server";
import type { Tx } from "../types.server";
import {
  fill,
  notReceivedAnswer,
  orderChangeAnswer,
  orderStatusAnswer,
  type AnswerContext,
  type HandoffReason,
  type OrderFacts,
} from "./answer";
import { chatCopy } from "./copy";
import { askLlm, type LlmConfig } from "./llm.server";
import { loadChatSettings, type ChatSettingsView } from "./settings.server";
import { CHAT_LANGUAGES, understand, type ChatLanguage, type Intent } from "./understand";

/**
 * One turn of the storefront chat: the shopper's message in, the assistant's reply out, both kept on the
 * conversation. The conversation belongs to one shop (the one the app proxy signed for); an id from
 * another shop, or one that does not exist, starts a new conversation rather than revealing anything.
 *
 * Nothing about an order is said before the shopper is verified: a logged-in customer by the proxy's
 * `logged_in_customer_id` (their own orders only), anyone else by order number and email or phone, with
 * the tracking page's lookup (same constant-time comparison, same answer for every failure, same rate
 * limits, applied by the route through `verify`).
 */
export const MAX_MESSAGE_CHARS = 1000;
/** A conversation longer than this is not a conversation with a shopper any more. */
export const MAX_TURNS = 60;
const NEEDS_ORDER: ReadonlySet<Intent> = new Set([
  "order_status",
  "not_received",
  "change_address",
  "cancel_order",
]);
/** Below this confidence a message's intent gives way to the question already pending. */
const UNSURE = 0.5;
/** A logged-in customer's orders the chat offers to choose from. */
const RECENT_ORDERS = 5;

export interface ChatTurn {
  shopDomain: string;
  /** Shopify's logged_in_customer_id from the signed proxy query; empty for guests. */
  customerId: string | null;
  message: string;
  conversationId?: string;
  /** From the widget's verification form; the message's own order number and email also count. */
  orderNumber?: string;
  contact?: string;
  /** The storefront's language, for the first reply before the shopper has written much. */
  locale?: string;
}

export interface ChatReply {
  conversationId: string;
  intent: Intent;
  language: ChatLanguage;
  reply: string;
  /** Ask for order number and email or phone (the widget shows a form). */
  verify?: { reason: "needed" | "failed" };
  /** A logged-in customer's recent orders to choose from (send the name back as the message). */
  choices?: string[];
  order?: { name: string };
  shipments?: ShipmentView[];
  quickReplies: string[];
  escalated: boolean;
}

export interface ChatDeps {
  db: Db;
  now?: () => Date;
  /**
   * Spends one verification attempt of this client's and this shop's lookup budget (the tracking page's
   * limits); returns false when spent.
   */
  verifyAllowed: () => boolean;
  /** Decrypts the shop's LLM key, when it has one configured. */
  encryptionKey?: Buffer;
  fetch?: typeof fetch;
}

export type ChatOutcome =
  { status: 200; body: ChatReply } | { status: 404 | 429; body: ChatReply | { error: string } };

export async function chatTurn(deps: ChatDeps, turn: ChatTurn): Promise<ChatOutcome> {
  const { db } = deps;
  const now = deps.now?.() ?? new Date();
  const shop = await db.shop.findUnique({
    where: { domain: turn.shopDomain },
    select: { id: true, domain: true, name: true, timezone: true, primaryLocale: true, uninstalledAt: true },
  });
  if (!shop || shop.uninstalledAt)
    return { status: 404, body: { error: "Chat is not available in this shop." } };

  const existing = turn.conversationId
    ? await db.conversation.findFirst({ where: { id: turn.conversationId, shopId: shop.id } })
    : null;
  const conversation =
    existing ??
    (await db.conversation.create({
      data: {
        id: randomBytes(18).toString("base64url"),
        shopId: shop.id,
        language: pickLanguage(turn.locale, shop.primaryLocale),
        customerId: turn.customerId || null,
      },
    }));

  const understood = understand(turn.message, { languageHint: conversation.language as ChatLanguage });
  const language = understood.language ?? (conversation.language as ChatLanguage);
  const copy = chatCopy(language);
  const [notificationSettings, settings] = await Promise.all([
    loadNotificationSettings(db, shop.id),
    loadChatSettings(db, shop.id),
  ]);
  const ctx: AnswerContext = {
    copy,
    language,
    timeZone: shop.timezone,
    now,
    processingDays: settings.processingDays,
    stallDays: notificationSettings.stallDays,
  };
  const replyHours = String(settings.replyHours);
  const quick = copy.quick;

  // The order this turn is about: already verified, chosen by a logged-in customer, or named and proved.
  let orderId = conversation.orderId;
  let verification: "none" | "passed" | "failed" | "limited" = "none";
  let choices: string[] | undefined;
  const orderNumber = (turn.orderNumber ?? understood.orderNumber ?? "").trim();
  const contact = (turn.contact ?? understood.email ?? understood.phone ?? "").trim();
  // A logged-in customer's recent orders, read at most once a turn.
  let recent: Promise<Array<{ id: string; name: string }>> | undefined;
  const ownOrders = (customerId: string) => (recent ??= customerOrders(db, shop.id, customerId));
  if (turn.customerId && orderNumber) {
    const own = await ownOrders(turn.customerId);
    const chosen = own.find((o) => o.name.replace(/^#/, "") === orderNumber.replace(/^#/, ""));
    if (chosen) ({ orderId, verification } = { orderId: chosen.id, verification: "passed" });
  }
  if (verification === "none" && orderNumber && contact && orderId === null) {
    const input = orderLookupInput.safeParse({ orderNumber, contact });
    if (!deps.verifyAllowed()) verification = "limited";
    else if (!input.success) verification = "failed";
    else {
      const found = await findOrderByContact(db, shop.domain, input.data);
      verification = found ? "passed" : "failed";
      if (found) orderId = found.order.id;
    }
  }

  // What the shopper wants. A message that mostly carries an order number or an email ("#1001",
  // "order 1187 jon@x.com") answers the question asked before it; the classifier is unsure of those.
  let intent: Intent = understood.intent;
  const unsure = understood.intent === "other" || understood.confidence < UNSURE;
  const carriesIdentity = verification !== "none" || !!orderNumber || !!understood.email;
  if (unsure && carriesIdentity) {
    intent =
      (conversation.pendingIntent as Intent | null) ??
      (understood.intent === "other" ? "order_status" : understood.intent);
  }

  if (!orderId && turn.customerId && NEEDS_ORDER.has(intent) && verification === "none") {
    const own = await ownOrders(turn.customerId);
    if (own.length === 1) orderId = own[0].id;
    else if (own.length > 1) choices = own.map((o) => o.name);
  }

  const reply: Omit<ChatReply, "conversationId" | "language" | "escalated"> = {
    intent,
    reply: "",
    quickReplies: [],
  };
  let handoff: HandoffReason | null = null;
  let pendingIntent: string | null = null;
  let otherStreak = intent === "other" ? conversation.otherStreak + 1 : 0;
  let answeredWithData = false;
  const order = orderId ? await orderFacts(db, shop.id, orderId) : null;

  if (verification === "limited") {
    return {
      status: 429,
      body: await finish({ ...reply, reply: copy.rateLimited, verify: { reason: "failed" } }, null, intent),
    };
  }

  if (NEEDS_ORDER.has(intent) && !order) {
    pendingIntent = intent;
    if (choices) {
      reply.reply = copy.chooseOrder;
      reply.choices = choices;
    } else {
      reply.reply = verification === "failed" ? copy.verifyFailed : copy.askVerify;
      reply.verify = { reason: verification === "failed" ? "failed" : "needed" };
    }
  } else if (NEEDS_ORDER.has(intent) && order) {
    const answer =
      intent === "order_status"
        ? orderStatusAnswer(order, ctx)
        : intent === "not_received"
          ? notReceivedAnswer(order, ctx)
          : orderChangeAnswer(order, intent as "change_address" | "cancel_order", ctx);
    reply.reply = answer.reply;
    reply.order = { name: order.name };
    reply.shipments = order.shipments;
    handoff = answer.handoff;
    answeredWithData = true;
    reply.quickReplies = [quick.human];
  } else if (intent === "return_refund") {
    // Shopify publishes every shop's refund policy at /policies/refund-policy unless the shop names its own page.
    const policyUrl = settings.refundPolicyUrl ?? `https://${shop.domain}/policies/refund-policy`;
    reply.reply = [
      fill(copy.refundPolicy, { url: policyUrl }),
      settings.refundPolicySummary
        ? fill(copy.refundPolicySummary, { summary: settings.refundPolicySummary })
        : "",
      copy.refundNext,
    ]
      .filter(Boolean)
      .join(" ");
    reply.quickReplies = [quick.human];
  } else if (intent === "human" || otherStreak >= 2) {
    const email = understood.email ?? conversation.contactEmail;
    if (order || email) handoff = intent === "human" ? "human" : "repeated_other";
    else {
      pendingIntent = "human";
      reply.reply = copy.handoffNeedsEmail;
    }
    otherStreak = 0;
  } else {
    const llm = llmConfig(settings, shop.id, deps.encryptionKey);
    const modelReply =
      llm &&
      (await askLlm(
        llm,
        {
          shopName: shop.name ?? shop.domain,
          language,
          message: turn.message,
          orderFacts: order ? orderStatusAnswer(order, ctx).reply : null,
        },
        deps.fetch,
      ));
    if (modelReply) {
      reply.reply = modelReply;
      otherStreak = 0;
    } else {
      const greeting = conversation.turns === 0 && /^\W*\w{1,12}\W*$/u.test(turn.message);
      reply.reply = greeting ? copy.greeting : copy.other;
    }
    reply.quickReplies = [quick.orderStatus, quick.returns, quick.human];
  }

  return { status: 200, body: await finish(reply, handoff, intent) };

  /** Writes the turn (both messages, the conversation's state, a handoff's email job) in one transaction. */
  async function finish(
    answer: Omit<ChatReply, "conversationId" | "language" | "escalated">,
    reason: HandoffReason | null,
    finalIntent: Intent,
  ): Promise<ChatReply> {
    const alreadyEscalated = !!conversation.escalatedAt;
    if (reason) {
      // An answer that already says it passed the case on ends with when to expect a reply.
      const handoffText = alreadyEscalated
        ? copy.handoffDone
        : answer.reply
          ? copy.handoffTime
          : copy.handoff;
      answer.reply = [answer.reply, fill(handoffText, { hours: replyHours })].filter(Boolean).join(" ");
      answer.quickReplies = [];
    }
    await db.$transaction(async (tx) => {
      await tx.conversationMessage.createMany({
        data: [
          { conversationId: conversation.id, shopId: shop!.id, role: "SHOPPER", text: turn.message },
          {
            conversationId: conversation.id,
            shopId: shop!.id,
            role: "ASSISTANT",
            text: answer.reply,
            intent: finalIntent,
          },
        ],
      });
      await tx.conversation.update({
        where: { id: conversation.id },
        data: {
          language,
          orderId: orderId ?? undefined,
          contactEmail: understood.email ?? undefined,
          pendingIntent,
          otherStreak,
          lastIntent: finalIntent,
          turns: { increment: 1 },
          answeredWithData: answeredWithData || undefined,
          ...(reason && !alreadyEscalated ? { escalatedAt: now, escalationReason: reason } : {}),
        },
      });
      if (reason && !alreadyEscalated) await queueHandoffEmail(tx, conversation.id, shop!.domain);
    });
    return {
      ...answer,
      conversationId: conversation.id,
      language,
      escalated: alreadyEscalated || !!reason,
    };
  }
}

function queueHandoffEmail(tx: Tx, conversationId: string, shop: string) {
  return enqueue(
    tx,
    "chat-handoff",
    { conversationId, shop },
    { uniqueKey: `chat-handoff:${conversationId}` },
  );
}

function pickLanguage(locale: string | undefined, shopLocale: string): ChatLanguage {
  for (const candidate of [locale, shopLocale]) {
    const primary = candidate?.slice(0, 2).toLowerCase();
    if ((CHAT_LANGUAGES as readonly string[]).includes(primary ?? "")) return primary as ChatLanguage;
  }
  return "en";
}

async function customerOrders(db: Db, shopId: string, customerId: string) {
  return db.order.findMany({
    where: { shopId, customerId, redactedAt: null },
    orderBy: { processedAt: "desc" },
    take: RECENT_ORDERS,
    select: { id: true, name: true },
  });
}

async function orderFacts(db: Db, shopId: string, orderId: string): Promise<OrderFacts | null> {
  const order = await db.order.findFirst({
    where: { id: orderId, shopId, redactedAt: null },
    select: { id: true, name: true, processedAt: true, cancelledAt: true },
  });
  if (!order) return null;
  const view = await orderTrackingView(db, shopId, order.id, order.name);
  return {
    name: order.name,
    placedAt: order.processedAt,
    cancelledAt: order.cancelledAt,
    shipments: view.shipments,
  };
}

/** The shop's model, when it switched one on and its key can be read. */
function llmConfig(settings: ChatSettingsView, shopId: string, key: Buffer | undefined): LlmConfig | null {
  if (
    !settings.llmEnabled ||
    !settings.llmBaseUrl ||
    !settings.llmModel ||
    !settings.llmApiKeyEncrypted ||
    !key
  ) {
    return null;
  }
  try {
    return {
      baseUrl: settings.llmBaseUrl,
      model: settings.llmModel,
      apiKey: decryptSecret(settings.llmApiKeyEncrypted, key, shopId),
    };
  } catch {
    return null;
  }
}
