import { createHmac, timingSafeEqual } from "node:crypto";

/** A webhook whose signature and headers checked out. */
export interface VerifiedWebhook {
  shop: string;
  /** As Shopify sends it: "orders/create". */
  topic: string;
  webhookId: string;
  eventId: string | null;
  triggeredAt: string | null;
  apiVersion: string;
}

export type VerifyResult =
  { ok: true; webhook: VerifiedWebhook } | { ok: false; status: 400 | 401; error: string };

const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;

/**
 * Shopify's webhook check: `X-Shopify-Hmac-Sha256` is the base64 HMAC-SHA256 of the raw body under the
 * app's secret, compared in constant time; the headers that identify the delivery must be present.
 *
 * This is what `authenticate.webhook` does, minus what the inbox does not need (header normalisation
 * for Event-style deliveries and an offline-session lookup): it is the hot path of every webhook and
 * costs a twentieth (docs/decisions/0005-webhook-acknowledgement.md).
 */
export function verifyWebhook(
  headers: Headers,
  rawBody: string,
  secret: string,
  customShopDomains: readonly string[] = [],
): VerifyResult {
  const signature = headers.get("x-shopify-hmac-sha256");
  if (!signature) return { ok: false, status: 401, error: "Missing webhook signature" };
  const expected = createHmac("sha256", secret).update(rawBody, "utf8").digest();
  const given = Buffer.from(signature, "base64");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, status: 401, error: "Invalid webhook signature" };
  }
  const topic = headers.get("x-shopify-topic");
  const shop = headers.get("x-shopify-shop-domain")?.toLowerCase();
  const webhookId = headers.get("x-shopify-webhook-id");
  const apiVersion = headers.get("x-shopify-api-version");
  if (!topic || !shop || !webhookId || !apiVersion) {
    return { ok: false, status: 400, error: "Invalid webhook headers" };
  }
  if (!SHOP_DOMAIN.test(shop) && !customShopDomains.includes(shop)) {
    return { ok: false, status: 400, error: "Invalid webhook headers: shop domain" };
  }
  return {
    ok: true,
    webhook: {
      shop,
      topic,
      webhookId,
      eventId: headers.get("x-shopify-event-id"),
      triggeredAt: headers.get("x-shopify-triggered-at"),
      apiVersion,
    },
  };
}
