import type { Db } from "../../db.server";
import { CHANNELS, MILESTONES, type Channel, type Milestone } from "../../notifications/milestones";

export interface NotificationActivity {
  totals: { sent: number; failed: number; pending: number; skipped: number };
  /** Channels that had any message, in CHANNELS order. */
  byChannel: Array<{ channel: Channel; sent: number; failed: number }>;
  /** Milestones that had any message, in MILESTONES order: sent per channel, and failures. */
  byMilestone: Array<{ milestone: Milestone; sent: Record<Channel, number>; failed: number }>;
}

const noChannels = () => Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;

/**
 * The shop's notifications written since `since`, by channel, milestone and outcome: one GROUP BY over
 * the (shopId, createdAt) index, at most milestones × channels × statuses rows. A message goes out
 * moments (quiet hours: hours) after its row is written, so the row's time stands for the sending time.
 */
export async function notificationActivity(
  db: Db,
  shopId: string,
  since: Date,
): Promise<NotificationActivity> {
  const groups = await db.notification.groupBy({
    by: ["milestone", "channel", "status"],
    where: { shopId, createdAt: { gte: since } },
    _count: { _all: true },
  });
  const totals = { sent: 0, failed: 0, pending: 0, skipped: 0 };
  const channels = new Map<Channel, { sent: number; failed: number }>();
  const milestones = new Map<Milestone, { sent: Record<Channel, number>; failed: number }>();
  for (const group of groups) {
    const channel = group.channel as Channel;
    const milestone = group.milestone as Milestone;
    if (!CHANNELS.includes(channel) || !MILESTONES.includes(milestone)) continue;
    const n = group._count._all;
    const outcome = group.status.toLowerCase();
    if (outcome in totals) totals[outcome as keyof typeof totals] += n;
    if (outcome !== "sent" && outcome !== "failed") continue;
    const byChannel = channels.get(channel) ?? { sent: 0, failed: 0 };
    byChannel[outcome] += n;
    channels.set(channel, byChannel);
    const byMilestone = milestones.get(milestone) ?? { sent: noChannels(), failed: 0 };
    if (outcome === "sent") byMilestone.sent[channel] += n;
    else byMilestone.failed += n;
    milestones.set(milestone, byMilestone);
  }
  return {
    totals,
    byChannel: CHANNELS.flatMap((channel) => {
      const counts = channels.get(channel);
      return counts ? [{ channel, ...counts }] : [];
    }),
    byMilestone: MILESTONES.flatMap((milestone) => {
      const counts = milestones.get(milestone);
      return counts ? [{ milestone, ...counts }] : [];
    }),
  };
}
