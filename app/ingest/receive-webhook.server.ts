import type { Db } from "../db.server";
import { logger } from "../logger.server";
import type { ShopRef } from "../types.server";
import { BodyTooLargeError, readBodyWithLimit } from "./read-body.server";
import type { WebhookTopic } from "./topics.server";

/** The part of `authenticate.webhook`'s result the pipeline uses. */
export interface VerifiedWebhook {
  shop: string;
  topic: string;
  webhookId: string;
  eventId?: string;
  triggeredAt?: string;
  payload: unknown;
}

export interface ReceiveDeps {
  db: Db;
  /** shopify-app-remix's `authenticate.webhook`: checks the HMAC (401) and headers (400). */
  authenticate: (request: Request) => Promise<VerifiedWebhook>;
  maxBytes: number;
}

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status });

/**
 * The webhook inbox. In order: size limit (413), signature (401), JSON (400), topic (400), payload
 * shape (400) — each refusal before anything is written. Then one short transaction writes the
 * receipt (unique per shop and Shopify event id) together with the topic's effects, so a repeat is a
 * no-op answered 200, and a failure leaves nothing behind and answers 500 for Shopify to retry.
 */
export async function receiveWebhook<T>(
  request: Request,
  topic: WebhookTopic<T>,
  deps: ReceiveDeps,
): Promise<Response> {
  if (request.method !== "POST") return json(405, { error: "Webhooks must be POSTed" });

  // Unsigned is the same as forged; shopify-api would call it a header problem (400).
  if (!request.headers.get("x-shopify-hmac-sha256")) {
    return json(401, { error: "Missing webhook signature" });
  }

  let body: string;
  try {
    body = await readBodyWithLimit(request, deps.maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return json(413, { error: error.message });
    throw error;
  }

  let webhook: VerifiedWebhook;
  try {
    webhook = await deps.authenticate(
      new Request(request.url, { method: "POST", headers: request.headers, body }),
    );
  } catch (error) {
    if (error instanceof Response) {
      const reason = error.status === 401 ? "Invalid webhook signature" : "Invalid webhook headers";
      return json(error.status, { error: reason });
    }
    if (error instanceof SyntaxError) return json(400, { error: "Malformed JSON body" });
    throw error;
  }

  if (topicKey(webhook.topic) !== topicKey(topic.topic)) {
    return json(400, { error: `This endpoint receives ${topic.topic}, not ${webhook.topic}` });
  }
  const parsed = topic.payload.safeParse(webhook.payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return json(400, {
      error: `Invalid ${topic.topic} payload: ${first.path.join(".") || "body"}: ${first.message}`,
    });
  }

  const eventId = webhook.eventId || webhook.webhookId;
  const triggeredAt = webhook.triggeredAt ? new Date(webhook.triggeredAt) : null;
  try {
    await deps.db.$transaction(async (tx) => {
      await tx.webhookReceipt.create({
        data: {
          shopDomain: webhook.shop,
          eventId,
          webhookId: webhook.webhookId,
          topic: topic.topic,
          triggeredAt: triggeredAt && !Number.isNaN(triggeredAt.getTime()) ? triggeredAt : null,
        },
      });
      let shop: ShopRef | null = await tx.shop.findUnique({
        where: { domain: webhook.shop },
        select: { id: true, domain: true },
      });
      if (!shop && topic.createsShop) {
        shop = await tx.shop.create({ data: { domain: webhook.shop }, select: { id: true, domain: true } });
      }
      await topic.handle(tx, { shop, shopDomain: webhook.shop, payload: parsed.data });
    });
  } catch (error) {
    // A unique violation is a duplicate only if the receipt is what collided (a concurrent copy of
    // this event committed first); any other collision is a race to retry.
    if (isUniqueViolation(error) && (await receiptExists(deps.db, webhook.shop, eventId))) {
      return json(200, { ok: true, duplicate: true });
    }
    logger.error("Webhook processing failed", {
      topic: topic.topic,
      shop: webhook.shop,
      eventId,
      error: error instanceof Error ? error.message : String(error),
    });
    return json(500, { error: "Processing failed; Shopify will retry" });
  }
  return json(200, { ok: true, duplicate: false });
}

/** Shopify's header says "orders/create"; shopify-api reports it as ORDERS_CREATE. */
const topicKey = (topic: string) => topic.toUpperCase().replace(/[/.]/g, "_");

/** Duck-typed: the SQLite and PostgreSQL clients are separate builds with separate error classes. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

async function receiptExists(db: Db, shopDomain: string, eventId: string): Promise<boolean> {
  const receipt = await db.webhookReceipt.findUnique({
    where: { shopDomain_eventId: { shopDomain, eventId } },
    select: { id: true },
  });
  return receipt !== null;
}
