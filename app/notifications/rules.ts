import { z } from "zod";
import { CHANNELS, MILESTONES, type Channel, type Milestone } from "./milestones";

/** Channels that can carry a shopper message, in a fallback chain (first that can reach the shopper). */
const messageChannel = z.enum(["email", "sms", "whatsapp"]);

/** What goes out for one milestone. */
export const milestoneRule = z.object({
  /** Fallback chain, e.g. ["whatsapp", "sms", "email"]; empty: no shopper message. */
  channels: z
    .array(messageChannel)
    .max(3)
    .refine((chain) => new Set(chain).size === chain.length, { message: "a channel appears twice" }),
  /** Send the milestone to Klaviyo as an event (for the merchant's own flows). */
  klaviyo: z.boolean(),
});
export type MilestoneRule = z.infer<typeof milestoneRule>;

export const notificationRules = z.object(
  Object.fromEntries(MILESTONES.map((m) => [m, milestoneRule])) as Record<Milestone, typeof milestoneRule>,
);
export type NotificationRules = z.infer<typeof notificationRules>;

/** A new shop's rules: email for the milestones shoppers ask about; everything else off until configured. */
const EMAIL_BY_DEFAULT: ReadonlySet<Milestone> = new Set([
  "SHIPPED",
  "OUT_FOR_DELIVERY",
  "DELIVERED",
  "DELAYED",
  "STALLED",
  "ATTEMPTED_DELIVERY",
  "EXCEPTION",
]);

export function defaultRules(): NotificationRules {
  return Object.fromEntries(
    MILESTONES.map((m) => [m, { channels: EMAIL_BY_DEFAULT.has(m) ? ["email"] : [], klaviyo: false }]),
  ) as NotificationRules;
}

/** Reads stored rules, filling milestones added since they were saved with their defaults. */
export function parseRules(stored: string | null | undefined): NotificationRules {
  const defaults = defaultRules();
  if (!stored) return defaults;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return defaults;
  }
  const merged = { ...defaults, ...(typeof raw === "object" && raw ? raw : {}) };
  const parsed = notificationRules.safeParse(merged);
  return parsed.success ? parsed.data : defaults;
}

/** The outbox rows one milestone creates: the first channel of its chain (the rest as fallback) and Klaviyo. */
export function plannedDeliveries(rule: MilestoneRule): Array<{ channel: Channel; fallback: Channel[] }> {
  const planned: Array<{ channel: Channel; fallback: Channel[] }> = [];
  if (rule.channels.length) planned.push({ channel: rule.channels[0], fallback: rule.channels.slice(1) });
  if (rule.klaviyo) planned.push({ channel: "klaviyo", fallback: [] });
  return planned;
}

export function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}
