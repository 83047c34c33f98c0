import { createHmac, randomUUID } from "node:crypto";
import type { Delivery, SimStory } from "./shop";

/**
 * Delivers webhooks to the app as Shopify does: signed (base64 HMAC-SHA256 of the raw body with the
 * app's secret), with Shopify's headers, retried with backoff on anything but 2xx. One order's
 * webhooks leave in sequence (the simulator decides their order, including deliberate reorderings);
 * different orders' go in parallel. A duplicate is the same request again: same body, same ids.
 */
export interface SenderOptions {
  appUrl: string;
  secret: string;
  shop: string;
  apiVersion: string;
  concurrency: number;
  log: (line: string) => void;
}

interface Signed {
  topic: string;
  body: string;
  headers: Record<string, string>;
  story: SimStory;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const RETRY_DELAYS_MS = [1000, 3000, 9000];

export class WebhookSender {
  readonly stats = { delivered: 0, attempts: 0, non200: 0, duplicates: 0, gaveUp: 0 };
  readonly failures: string[] = [];
  private readonly chains = new Map<number, Promise<void>>();
  private readonly waiting: (() => void)[] = [];
  private active = 0;
  private stopped = false;

  constructor(private readonly options: SenderOptions) {}

  sign(delivery: Delivery, triggeredAt: Date): Signed {
    const body = JSON.stringify(delivery.payload);
    const headers = {
      "Content-Type": "application/json",
      "User-Agent": "Shopify-Captain-Hook",
      "X-Shopify-Topic": delivery.topic,
      "X-Shopify-Hmac-Sha256": createHmac("sha256", this.options.secret)
        .update(body, "utf8")
        .digest("base64"),
      "X-Shopify-Shop-Domain": this.options.shop,
      "X-Shopify-API-Version": this.options.apiVersion,
      "X-Shopify-Webhook-Id": randomUUID(),
      "X-Shopify-Event-Id": randomUUID(),
      "X-Shopify-Triggered-At": triggeredAt.toISOString(),
    };
    return { topic: delivery.topic, body, headers, story: delivery.story };
  }

  /** Queues the order's webhooks behind its earlier ones. */
  enqueue(list: Signed[]): void {
    for (const signed of list) {
      const key = signed.story.order.id;
      const next = (this.chains.get(key) ?? Promise.resolve()).then(() => this.deliver(signed));
      this.chains.set(key, next);
    }
  }

  /** Sends `signed` again later, outside its order's sequence, as a Shopify retry after a lost 200 would. */
  duplicate(signed: Signed, afterMs: number): void {
    this.stats.duplicates++;
    signed.story.notes.push(`duplicate ${signed.topic}`);
    setTimeout(() => void this.deliver(signed), afterMs);
  }

  /** Sends nothing more: the app is going away, and a refused connection then is not the app's fault. */
  stop(): void {
    this.stopped = true;
  }

  async idle(): Promise<void> {
    await Promise.all(this.chains.values());
  }

  private async deliver(signed: Signed): Promise<void> {
    // A slot is handed straight from a finished delivery to the next waiting one (see finally).
    if (this.active < this.options.concurrency) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      for (let attempt = 0; !this.stopped; attempt++) {
        const status = await this.post(signed);
        if (this.stopped) return;
        signed.story.lastWebhook = { topic: signed.topic, status, at: new Date() };
        if (status !== null && status >= 200 && status < 300) {
          this.stats.delivered++;
          return;
        }
        if (attempt >= RETRY_DELAYS_MS.length) {
          this.stats.gaveUp++;
          return;
        }
        await sleep(RETRY_DELAYS_MS[attempt]);
      }
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }

  private async post(signed: Signed): Promise<number | null> {
    this.stats.attempts++;
    let status: number | null = null;
    let detail = "";
    try {
      const response = await fetch(`${this.options.appUrl}/webhooks/${signed.topic}`, {
        method: "POST",
        headers: signed.headers,
        body: signed.body,
      });
      status = response.status;
      detail = (await response.text()).slice(0, 200);
    } catch (error) {
      detail = error instanceof Error ? error.message : String(error);
    }
    if (status !== 200 && !this.stopped) {
      this.stats.non200++;
      const line = `✗ ${signed.topic} ${signed.story.order.name} → ${status ?? "no answer"} ${detail}`;
      this.failures.push(line);
      if (this.failures.length > 50) this.failures.shift();
      this.options.log(line);
    }
    return status;
  }
}
