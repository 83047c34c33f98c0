import { Random } from "../../scripts/emulator/random";
import { planOrder } from "../../scripts/emulator/scenarios";
import { Shop, type SimStory } from "../../scripts/emulator/shop";
import { DEFAULT_SHOP } from "./webhooks";

/** One webhook of the stream; copies of it (Shopify's retries) carry the same `eventId`. */
export interface StreamWebhook {
  topic: string;
  payload: unknown;
  eventId: string;
}

export interface EmulatorStream {
  webhooks: StreamWebhook[];
  /** The emulated shop's orders, by Shopify id: who should hear about them. */
  orders: Map<string, SimStory["order"]>;
}

const HOUR = 3_600_000;

/**
 * The webhooks the demo's shop emulator (scripts/emulator) sends for `orders` orders, in the order it
 * sends them: the same scenarios (on time, late, failed attempt, pickup, exception, stalled), shop
 * model and payloads. The emulator plays an order out over up to a week; here each order's timeline is
 * squeezed into the last `withinHours` hours (order of steps kept), so its milestones are recent enough
 * to be sent (MAX_MILESTONE_AGE_MS). `steps` keeps only each order's first steps.
 */
export function emulatorStream(options: {
  seed: number;
  orders: number;
  withinHours?: number;
  steps?: number;
  now?: number;
}): EmulatorStream {
  const random = new Random(options.seed);
  const shop = new Shop(DEFAULT_SHOP, random);
  const now = options.now ?? Date.now();
  const within = options.withinHours ?? 60;
  const timeline: {
    at: Date;
    eta: Date | null;
    story: SimStory;
    step: ReturnType<typeof planOrder>["steps"][number];
  }[] = [];
  for (let i = 0; i < options.orders; i++) {
    const plan = planOrder(random);
    const steps = plan.steps.slice(0, options.steps ?? plan.steps.length);
    const span = Math.max(...steps.map((s) => s.hours), 1);
    const scale = Math.min(1, within / span);
    const end = now - random.between(0.2, 3) * HOUR;
    const createdAt = new Date(end - span * scale * HOUR);
    const at = (hours: number) => new Date(createdAt.getTime() + hours * scale * HOUR);
    const story = shop.newOrder(createdAt, plan.label, "webhooks");
    for (const step of steps) {
      timeline.push({
        at: at(step.hours),
        eta: step.etaHours === undefined ? null : at(step.etaHours),
        story,
        step,
      });
    }
  }
  // Steps fire in time order across orders (each order's own steps are already in order).
  timeline.sort((a, b) => a.at.getTime() - b.at.getTime());
  const webhooks: StreamWebhook[] = [];
  for (const { at, eta, story, step } of timeline) {
    // Carrier scans reach Shopify minutes after they happen, never in the future.
    const recordedAt = new Date(Math.min(at.getTime() + random.int(2, 25) * 60_000, now));
    for (const delivery of shop.apply(story, step, at, recordedAt, eta)) {
      webhooks.push({
        topic: delivery.topic,
        // Rendered now: later steps change the shop's records, not what this webhook said.
        payload: structuredClone(delivery.payload),
        eventId: `emulator-${options.seed}-${webhooks.length}`,
      });
    }
  }
  return { webhooks, orders: new Map(shop.stories.map((s) => [String(s.order.id), s.order])) };
}

/** Shuffles deterministically (a fixed seed), so a failure can be replayed. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = new Random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
