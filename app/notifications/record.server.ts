import type { Tx } from "../types.server";
import { resendOccurrence, type Channel, type MessageChannel, type Milestone } from "./milestones";
import { parseRules, plannedDeliveries, type NotificationRules } from "./rules";

/**
 * Milestones older than this when they are recorded are history, not news: a backfill after install, a
 * reconciliation that finds a missed webhook days later, a replayed stream. They are not sent.
 */
export const MAX_MILESTONE_AGE_MS = 72 * 3_600_000;

export interface MilestoneInput {
  shopId: string;
  shipmentId: string;
  milestone: Milestone;
  /** Event time of the milestone. */
  at: Date;
  /** Distinguishes repeatable milestones (the new date of a NEW_ESTIMATE); "" otherwise. */
  occurrence?: string;
  /** Facts the message needs that the shipment will not hold later (delay reason, previous estimate). */
  context?: { reason?: string | null; previousEstimate?: string | null };
}

/**
 * Writes the outbox rows for one milestone, inside the caller's transaction: they exist exactly when the
 * state change that caused them does. The unique key (shipment, milestone, channel, occurrence) makes a
 * repeat — a duplicated or replayed webhook, a second detection pass — a no-op. Returns rows written.
 */
export async function recordMilestone(
  tx: Tx,
  input: MilestoneInput,
  now = new Date(),
  /** Rules by shop id, for callers that record many milestones in one transaction (null: not sending). */
  rulesCache?: Map<string, NotificationRules | null>,
): Promise<number> {
  if (now.getTime() - input.at.getTime() > MAX_MILESTONE_AGE_MS) return 0;
  let rules = rulesCache?.get(input.shopId);
  if (rules === undefined) {
    const shop = await tx.shop.findUnique({
      where: { id: input.shopId },
      select: { uninstalledAt: true, notificationSettings: { select: { rules: true } } },
    });
    rules = shop && !shop.uninstalledAt ? parseRules(shop.notificationSettings?.rules) : null;
    rulesCache?.set(input.shopId, rules);
  }
  if (!rules) return 0;
  const planned = plannedDeliveries(rules[input.milestone]);
  if (!planned.length) return 0;

  const occurrence = input.occurrence ?? "";
  const existing = await tx.notification.findMany({
    where: {
      shipmentId: input.shipmentId,
      milestone: input.milestone,
      occurrence,
      channel: { in: planned.map((p) => p.channel) },
    },
    select: { channel: true },
  });
  const taken = new Set(existing.map((row) => row.channel));
  const rows = planned.filter((p) => !taken.has(p.channel));
  if (!rows.length) return 0;
  await tx.notification.createMany({ data: rows.map((p) => outboxRow(input, p, now)) });
  return rows.length;
}

/**
 * recordMilestone for many milestones in one transaction (a detection batch): one read of the rows
 * that already exist and one insert, instead of two queries per milestone. `rules` holds each shop's
 * rules, null for a shop that is not sending (uninstalled). Returns rows written.
 */
export async function recordMilestones(
  tx: Tx,
  inputs: MilestoneInput[],
  rules: Map<string, NotificationRules | null>,
  now = new Date(),
): Promise<number> {
  const planned = inputs.flatMap((input) => {
    const shopRules = rules.get(input.shopId);
    if (!shopRules || now.getTime() - input.at.getTime() > MAX_MILESTONE_AGE_MS) return [];
    return plannedDeliveries(shopRules[input.milestone]).map((delivery) => ({ input, delivery }));
  });
  if (!planned.length) return 0;
  const existing = await tx.notification.findMany({
    where: {
      shipmentId: { in: [...new Set(planned.map((p) => p.input.shipmentId))] },
      milestone: { in: [...new Set(planned.map((p) => p.input.milestone))] },
    },
    select: { shipmentId: true, milestone: true, channel: true, occurrence: true },
  });
  const taken = new Set(existing.map((r) => key(r.shipmentId, r.milestone, r.channel, r.occurrence)));
  const rows = planned.filter(({ input, delivery }) => {
    const k = key(input.shipmentId, input.milestone, delivery.channel, input.occurrence ?? "");
    if (taken.has(k)) return false;
    taken.add(k);
    return true;
  });
  if (!rows.length) return 0;
  await tx.notification.createMany({
    data: rows.map(({ input, delivery }) => outboxRow(input, delivery, now)),
  });
  return rows.length;
}

/**
 * A message the merchant asked to send again (the admin's shipment page): one new outbox row for the
 * milestone on the chosen channel, with an occurrence of its own, so the unique key that keeps automatic
 * repeats out lets it in and the dispatcher sends it like any other. No fallback chain (the merchant
 * picked the channel) and no age limit (they know it is old news); the dispatcher still skips it if it
 * stopped being true before it went out. Returns the row's id.
 */
export async function queueResend(
  tx: Tx,
  input: MilestoneInput & { channel: MessageChannel },
  now = new Date(),
): Promise<string> {
  const occurrence = resendOccurrence(input.occurrence ?? "", now);
  const row = await tx.notification.create({
    data: outboxRow({ ...input, occurrence }, { channel: input.channel, fallback: [] }, now),
    select: { id: true },
  });
  return row.id;
}

const key = (shipmentId: string, milestone: string, channel: string, occurrence: string) =>
  `${shipmentId}\n${milestone}\n${channel}\n${occurrence}`;

function outboxRow(input: MilestoneInput, delivery: { channel: Channel; fallback: Channel[] }, now: Date) {
  return {
    shopId: input.shopId,
    shipmentId: input.shipmentId,
    milestone: input.milestone,
    channel: delivery.channel,
    occurrence: input.occurrence ?? "",
    fallback: JSON.stringify(delivery.fallback),
    milestoneAt: input.at,
    context: JSON.stringify(input.context ?? {}),
    dueAt: now,
  };
}
