import type { InboxInsert } from "./inbox-writer.server";
import { BodyTooLargeError, readBodyWithLimit } from "./read-body.server";
import type { WebhookTopic } from "./topics.server";
import { verifyWebhook } from "./verify-webhook.server";

export interface ReceiveDeps {
  /** Writes to the inbox (inbox-writer.server.ts). */
  insert: InboxInsert;
  /** The app's API secret: Shopify signs every webhook with it. */
  secret: string;
  maxBytes: number;
  customShopDomains?: readonly string[];
  /** Called after a new webhook is in the inbox (the web process wakes its inbox worker). */
  onAccepted?: () => void;
}

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status });

/**
 * The webhook door. In order: size limit (413), signature (401), headers (400), JSON (400), topic
 * (400), payload shape (400) — each refusal before anything is written. A webhook that passes is
 * written to the inbox, unique per shop and Shopify event id, and acknowledged: a repeat is answered
 * 200 `{duplicate: true}` and changes nothing. Applying it to orders and shipments happens right after,
 * off the request (process-inbox.server.ts), so Shopify never waits on it.
 */
export async function receiveWebhook<T>(
  request: Request,
  topic: WebhookTopic<T>,
  deps: ReceiveDeps,
): Promise<Response> {
  if (request.method !== "POST") return json(405, { error: "Webhooks must be POSTed" });

  let body: string;
  try {
    body = await readBodyWithLimit(request, deps.maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return json(413, { error: error.message });
    throw error;
  }

  const verified = verifyWebhook(request.headers, body, deps.secret, deps.customShopDomains);
  if (!verified.ok) return json(verified.status, { error: verified.error });
  const { webhook } = verified;

  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return json(400, { error: "Malformed JSON body" });
  }
  if (topicKey(webhook.topic) !== topicKey(topic.topic)) {
    return json(400, { error: `This endpoint receives ${topic.topic}, not ${webhook.topic}` });
  }
  const parsed = topic.payload.safeParse(payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return json(400, {
      error: `Invalid ${topic.topic} payload: ${first.path.join(".") || "body"}: ${first.message}`,
    });
  }

  const eventId = webhook.eventId || webhook.webhookId;
  const triggeredAt = webhook.triggeredAt ? new Date(webhook.triggeredAt) : null;
  const inserted = await deps.insert({
    shopDomain: webhook.shop,
    eventId,
    webhookId: webhook.webhookId,
    topic: topic.topic,
    triggeredAt: triggeredAt && !Number.isNaN(triggeredAt.getTime()) ? triggeredAt : null,
    payload: body,
  });
  if (!inserted) return json(200, { ok: true, duplicate: true });
  deps.onAccepted?.();
  return json(200, { ok: true, duplicate: false });
}

/** Shopify's header says "orders/create"; older tooling says ORDERS_CREATE. */
const topicKey = (topic: string) => topic.toUpperCase().replace(/[/.]/g, "_");
