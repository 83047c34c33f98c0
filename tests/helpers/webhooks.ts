import { createHmac, randomUUID } from "node:crypto";
import { TEST_API_SECRET, TEST_APP_URL } from "../setup/test-env";

export interface WebhookOptions {
  shop?: string;
  eventId?: string;
  webhookId?: string;
  triggeredAt?: string;
  /** Sign with another secret (a forgery). */
  secret?: string;
  /** Send this body instead of JSON.stringify(payload) (e.g. malformed JSON). */
  rawBody?: string;
  /** Send this X-Shopify-Topic instead of the route's topic. */
  headerTopic?: string;
  /** Leave the webhook in the inbox instead of applying it as the worker would right after. */
  acknowledgeOnly?: boolean;
}

export const DEFAULT_SHOP = "parcelwise-test.myshopify.com";

/** Shopify's signature: base64 HMAC-SHA256 of the raw body with the app's secret. */
export function sign(body: string, secret: string = TEST_API_SECRET): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("base64");
}

/** A webhook request exactly as Shopify delivers one (headers, signature, body). */
export function webhookRequest(topic: string, payload: unknown, options: WebhookOptions = {}): Request {
  const body = options.rawBody ?? JSON.stringify(payload);
  const eventId = options.eventId ?? randomUUID();
  return new Request(`${TEST_APP_URL}/webhooks/${topic}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Topic": options.headerTopic ?? topic,
      "X-Shopify-Hmac-Sha256": sign(body, options.secret),
      "X-Shopify-Shop-Domain": options.shop ?? DEFAULT_SHOP,
      "X-Shopify-API-Version": "2026-07",
      "X-Shopify-Webhook-Id": options.webhookId ?? randomUUID(),
      "X-Shopify-Event-Id": eventId,
      "X-Shopify-Triggered-At": options.triggeredAt ?? new Date().toISOString(),
    },
    body,
  });
}

type Action = (args: {
  request: Request;
  params: Record<string, string>;
  context: unknown;
}) => Promise<Response>;

const ROUTES: Record<string, () => Promise<{ action: unknown }>> = {
  "orders/create": () => import("~/routes/webhooks.orders.create"),
  "orders/updated": () => import("~/routes/webhooks.orders.updated"),
  "orders/cancelled": () => import("~/routes/webhooks.orders.cancelled"),
  "fulfillments/create": () => import("~/routes/webhooks.fulfillments.create"),
  "fulfillments/update": () => import("~/routes/webhooks.fulfillments.update"),
  "fulfillment_events/create": () => import("~/routes/webhooks.fulfillment_events.create"),
  "fulfillment_events/delete": () => import("~/routes/webhooks.fulfillment_events.delete"),
  "app/uninstalled": () => import("~/routes/webhooks.app.uninstalled"),
  "customers/data_request": () => import("~/routes/webhooks.customers.data_request"),
  "customers/redact": () => import("~/routes/webhooks.customers.redact"),
  "shop/redact": () => import("~/routes/webhooks.shop.redact"),
};

/**
 * Calls the topic's route action with a signed request, then lets the inbox worker apply what was
 * accepted (as the web process does right after answering). Returns the response and its JSON body.
 */
export async function deliver(topic: string, payload: unknown, options: WebhookOptions = {}) {
  return send(topic, webhookRequest(topic, payload, options), options);
}

export async function send(topic: string, request: Request, options: { acknowledgeOnly?: boolean } = {}) {
  const route = ROUTES[topic];
  if (!route) throw new Error(`No route for ${topic}`);
  const { action } = (await route()) as { action: Action };
  const response = await action({ request, params: {}, context: {} });
  const result = { status: response.status, body: (await response.json()) as Record<string, unknown> };
  if (!options.acknowledgeOnly) await applyInbox();
  return result;
}

/** Applies every waiting webhook, as the inbox worker does. */
export async function applyInbox() {
  const { processInbox } = await import("~/ingest/process-inbox.server");
  const db = (await import("~/db.server")).default;
  return processInbox(db, { workerId: "test-inbox" });
}
