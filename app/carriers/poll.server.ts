import type { Db } from "../db.server";
import { enqueue } from "../jobs/queue.server";
import { normalizeTrackingNumber } from "../shipments/tracking-numbers.server";
import type { Tx } from "../types.server";
import { applySnapshot, feedTarget } from "./apply-snapshot.server";
import { MAX_FOLLOW_MS, pollDelay, type CarrierFeedProvider, type FeedSnapshot } from "./feed";

const DONE = new Set(["DELIVERED", "CANCELLED"]);

/**
 * Queues the feed's next poll for `at`. The key carries the time, so the poll that is running can queue its
 * successor, and a second call for the same moment adds nothing. CarrierFeed.nextPollAt stays the truth:
 * a poll that finds it moved later (a push came) only re-queues itself for then.
 */
export async function schedulePoll(tx: Tx, shop: string, feedId: string, at: Date): Promise<void> {
  await enqueue(
    tx,
    "carrier-poll",
    { shop, feedId },
    { runAt: at, uniqueKey: `carrier-poll:${feedId}:${at.getTime()}` },
  );
}

/**
 * The polling fallback for one registered number. Pushes are the provider's main channel; a poll runs only
 * when none came for a while (each push moves `nextPollAt` later). A poll that brings nothing new, or
 * fails, doubles the wait (12 h, 24 h, 48 h, then every 4 days); news resets it. Polling ends when the
 * shipment is delivered or cancelled, the provider stopped tracking, or the number has been followed for
 * MAX_FOLLOW_MS.
 */
export async function pollCarrierFeed(
  db: Db,
  provider: CarrierFeedProvider | null,
  feedId: string,
  now = new Date(),
): Promise<void> {
  if (!provider) return;
  const feed = await db.carrierFeed.findUnique({
    where: { id: feedId },
    include: {
      shipment: { select: { shopifyId: true, status: true, redactedAt: true } },
      shop: { select: { domain: true, uninstalledAt: true } },
    },
  });
  if (!feed || feed.provider !== provider.name || feed.state !== "REGISTERED" || !feed.nextPollAt) return;
  const followedFor = now.getTime() - (feed.registeredAt ?? feed.createdAt).getTime();
  if (DONE.has(feed.shipment.status) || feed.shop.uninstalledAt || followedFor > MAX_FOLLOW_MS) {
    await db.carrierFeed.update({ where: { id: feed.id }, data: { nextPollAt: null } });
    return;
  }
  if (feed.nextPollAt > now) {
    await schedulePoll(db, feed.shop.domain, feed.id, feed.nextPollAt);
    return;
  }

  let snapshot: FeedSnapshot | undefined;
  let error: string | null = null;
  try {
    const answer = await provider.fetch([
      { number: feed.number, carrier: null, carrierCode: feed.carrierCode },
    ]);
    snapshot = answer.find((s) => normalizeTrackingNumber(s.number) === feed.number);
    if (!snapshot) error = `${provider.name} did not return ${feed.number}`;
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure);
  }

  await db.$transaction(async (tx) => {
    const applied = snapshot ? await applySnapshot(tx, feedTarget(feed), snapshot, now) : null;
    const news = !!applied && applied.added + applied.updated > 0;
    const attempts = news ? 0 : feed.attempts + 1;
    const nextPollAt = new Date(now.getTime() + pollDelay(attempts));
    await tx.carrierFeed.update({
      where: { id: feed.id },
      data: {
        attempts,
        lastPolledAt: now,
        nextPollAt,
        lastError: error?.slice(0, 500) ?? null,
        carrierCode: feed.carrierCode ?? snapshot?.carrierCode ?? null,
      },
    });
    await schedulePoll(tx, feed.shop.domain, feed.id, nextPollAt);
  });
}
