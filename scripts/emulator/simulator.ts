import type { Random } from "./random";
import { planOrder, SCENARIOS, type Plan } from "./scenarios";
import { describeStep, type Shop, type SimStory } from "./shop";
import type { WebhookSender } from "./webhooks";

/**
 * Drives the shop through time. Past steps keep their real timestamps, so the admin opens on a realistic
 * mix. Steps after "now" run faster than life and are stamped with the real moment they fire, so no
 * event time lies in the future: the history's open parcels move on at `catchUpSecondsPerHour`, and
 * orders placed during the demo at `liveSecondsPerHour` (placed to delivered in a couple of minutes).
 *
 * Orders that existed before install (`preExisting`, up to `preExistingDays` old) get their past
 * silently: only Admin GraphQL shows it, and the app must backfill it; most of it is too old to message
 * anyone about. The `history` reaches the app as webhooks, each order placed at the age that catches it
 * at its news (Plan.news), every scenario at least once, so the first minutes already send each kind of
 * message. A few webhooks are deliberately duplicated or delivered out of order.
 */
export interface SimOptions {
  preExisting: number;
  preExistingDays: number;
  history: number;
  catchUpSecondsPerHour: number;
  liveSecondsPerHour: number;
  orderEveryMs: number;
  maxOrders: number;
  duplicateRate: number;
  reorderRate: number;
}

interface Timeline {
  plan: Plan;
  done: number;
  toTime: (hours: number) => Date;
}
type Signed = ReturnType<WebhookSender["sign"]>;

const HOUR = 3_600_000;

export class Simulator {
  /** Log each step as it fires (off during the history burst). */
  verbose = false;
  private readonly timelines = new Map<SimStory, Timeline>();
  private queue: { due: number; story: SimStory; index: number }[] = [];
  private readonly held = new Map<SimStory, Signed[]>();
  private tickTimer: NodeJS.Timeout | undefined;
  private orderTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly shop: Shop,
    private readonly sender: WebhookSender,
    private readonly random: Random,
    private readonly options: SimOptions,
    private readonly log: (line: string) => void,
  ) {
    const now = Date.now();
    const { preExisting, preExistingDays, history } = options;
    const backfill = Array.from({ length: preExisting }, () => ({
      source: "backfill" as const,
      plan: planOrder(random),
      hours: random.between(48, preExistingDays * 24),
    }));
    const streamed = Array.from({ length: history }, (_, i) => {
      const plan = planOrder(random, i < SCENARIOS.length ? SCENARIOS[i] : undefined);
      return { source: "webhooks" as const, plan, hours: random.between(...plan.news) };
    });
    // Oldest first, so order numbers follow time.
    for (const seed of [...backfill, ...streamed].sort((a, b) => b.hours - a.hours)) {
      this.addOrder(new Date(now - seed.hours * HOUR), seed.source, now, seed.plan);
    }
  }

  /** Starts firing due steps (the history burst first) and placing new orders. */
  start(): void {
    this.tickTimer = setInterval(() => this.tick(), 200);
    const placeNext = () => {
      if (this.shop.stories.length < this.options.maxOrders)
        this.addOrder(new Date(), "webhooks", Date.now(), planOrder(this.random));
      this.orderTimer = setTimeout(placeNext, this.options.orderEveryMs * this.random.between(0.6, 1.4));
    };
    this.orderTimer = setTimeout(placeNext, this.options.orderEveryMs);
  }

  stop(): void {
    clearInterval(this.tickTimer);
    clearTimeout(this.orderTimer);
  }

  /** Steps still to come, for the status page. */
  pending(story: SimStory): number {
    const timeline = this.timelines.get(story);
    return timeline ? timeline.plan.steps.length - timeline.done : 0;
  }

  private addOrder(createdAt: Date, source: SimStory["source"], now: number, plan: Plan): void {
    const story = this.shop.newOrder(createdAt, plan.label, source);
    const pivot = Math.max(0, (now - createdAt.getTime()) / HOUR); // hours of this order already past
    const scale = 1000 * (pivot > 0 ? this.options.catchUpSecondsPerHour : this.options.liveSecondsPerHour);
    const toTime = (h: number) =>
      new Date(createdAt.getTime() + Math.min(h, pivot) * HOUR + Math.max(0, h - pivot) * scale);
    const timeline: Timeline = { plan, done: 0, toTime };
    this.timelines.set(story, timeline);
    plan.steps.forEach((step, index) => {
      if (source === "backfill" && step.hours <= pivot) this.fire(story, timeline, index, now, false);
      else this.queue.push({ due: toTime(step.hours).getTime(), story, index });
    });
    this.queue.sort((a, b) => a.due - b.due);
  }

  private tick(): void {
    const now = Date.now();
    while (this.queue.length && this.queue[0].due <= now) {
      const { story, index } = this.queue.shift()!;
      this.fire(story, this.timelines.get(story)!, index, now, true);
    }
  }

  /** Applies a step to the shop and, unless it predates the install, sends its webhooks. */
  private fire(story: SimStory, timeline: Timeline, index: number, now: number, notify: boolean): void {
    const step = timeline.plan.steps[index];
    const at = timeline.toTime(step.hours);
    // Carrier scans reach Shopify minutes after they happen; time-lapsed ones as they fire.
    const recordedAt = new Date(Math.min(at.getTime() + this.random.int(2, 25) * 60_000, now));
    const eta = step.etaHours === undefined ? null : timeline.toTime(step.etaHours);
    const signed = this.shop
      .apply(story, step, at, recordedAt, eta)
      .map((d) => this.sender.sign(d, recordedAt));
    timeline.done = index + 1;
    if (!notify) return;

    let note = "";
    const held = this.held.get(story);
    if (held) {
      this.held.delete(story);
      story.notes.push(`${held.map((s) => s.topic).join(" + ")} sent after ${signed[0].topic}`);
      this.send([...signed, ...held]);
      note = " (+ the previous step's webhooks, held back until now)";
    } else if (
      index > 0 &&
      index < timeline.plan.steps.length - 1 &&
      this.random.chance(this.options.reorderRate)
    ) {
      this.held.set(story, signed);
      note = " (webhooks held back: they will arrive after the next step's)";
    } else {
      this.send(signed);
    }
    if (this.verbose) this.log(`${story.order.name.padEnd(6)} ${describeStep(story, step)}${note}`);
  }

  private send(signed: Signed[]): void {
    this.sender.enqueue(signed);
    for (const s of signed) {
      if (!this.random.chance(this.options.duplicateRate)) continue;
      this.sender.duplicate(s, this.random.int(500, 4000));
      if (this.verbose) this.log(`${s.story.order.name.padEnd(6)} ${s.topic} will be delivered twice`);
    }
  }
}
