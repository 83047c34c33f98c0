/**
 * The webhook stream: a pool of orders in flight, each walking through a realistic lifecycle
 * (created → paid → fulfilled → four carrier scans → fulfilled order update). Requests visit the
 * pool round-robin, so one order's webhooks are `poolSize` requests apart and the topics interleave
 * evenly: 1/8 orders/create, 2/8 orders/updated, 1/8 fulfillments/create, 4/8 fulfillment_events/create.
 */
import { createHmac, randomUUID } from "node:crypto";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../../tests/fixtures/builders";

export interface SignedWebhook {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export const BENCH_SHOP = "parcelwise-bench.myshopify.com";
const SCANS = ["confirmed", "in_transit", "out_for_delivery", "delivered"] as const;
const STEPS = 8;
const MINUTE = 60_000;

/** Shopify's signature: base64 HMAC-SHA256 of the raw body with the app's secret. */
export function sign(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("base64");
}

interface Slot {
  order: number;
  step: number;
}

export class WebhookMix {
  private readonly slots: Slot[];
  private nextOrder = 0;
  private cursor = 0;

  /** `idBase` keeps ids of separate runs against one database apart (one base per phase). */
  constructor(
    private readonly secret: string,
    private readonly idBase: number,
    poolSize = 300,
  ) {
    this.slots = Array.from({ length: poolSize }, (_, i) => ({ order: this.nextOrder++, step: i % STEPS }));
  }

  next(): SignedWebhook {
    const slot = this.slots[this.cursor];
    this.cursor = (this.cursor + 1) % this.slots.length;
    const [topic, payload] = this.payload(slot.order, slot.step);
    slot.step++;
    if (slot.step === STEPS) {
      slot.step = 0;
      slot.order = this.nextOrder++;
    }
    const body = JSON.stringify(payload);
    return {
      path: `/webhooks/${topic}`,
      body,
      headers: {
        "Content-Type": "application/json",
        "Content-Length": String(Buffer.byteLength(body)),
        "X-Shopify-Topic": topic,
        "X-Shopify-Hmac-Sha256": sign(body, this.secret),
        "X-Shopify-Shop-Domain": BENCH_SHOP,
        "X-Shopify-API-Version": "2026-07",
        "X-Shopify-Webhook-Id": randomUUID(),
        "X-Shopify-Event-Id": randomUUID(),
        "X-Shopify-Triggered-At": new Date().toISOString(),
      },
    };
  }

  private payload(n: number, step: number): [string, unknown] {
    const orderId = this.idBase + n;
    const fulfillmentId = this.idBase + 400_000_000 + n;
    const t0 = Date.UTC(2026, 10, 1) + (n % 100_000) * MINUTE;
    const at = (minutes: number) => new Date(t0 + minutes * MINUTE).toISOString();
    const order = (minutes: number, extra: Record<string, unknown> = {}) =>
      orderPayload({ id: orderId, created_at: at(0), updated_at: at(minutes), ...extra });
    const fulfillment = (extra: Record<string, unknown> = {}) =>
      fulfillmentPayload(orderId, { id: fulfillmentId, created_at: at(60), updated_at: at(60), ...extra });
    switch (step) {
      case 0:
        return ["orders/create", order(0, { financial_status: "pending" })];
      case 1:
        return ["orders/updated", order(5)];
      case 2:
        return ["fulfillments/create", fulfillment()];
      case 7:
        return [
          "orders/updated",
          order(3000, {
            fulfillment_status: "fulfilled",
            fulfillments: [fulfillment({ shipment_status: "delivered", updated_at: at(3000) })],
          }),
        ];
      default: {
        const scan = step - 3;
        const eventId = this.idBase + 800_000_000 + n * SCANS.length + scan;
        const event = fulfillmentEventPayload(orderId, fulfillmentId, SCANS[scan], at(120 + scan * 900), {
          id: eventId,
        });
        return ["fulfillment_events/create", event];
      }
    }
  }
}
