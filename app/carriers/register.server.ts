import type { Db } from "../db.server";
import { normalizeTrackingNumber } from "../shipments/tracking-numbers.server";
import { carrierByName } from "./carriers";
import { POLL_AFTER_SILENCE_MS, type CarrierFeedProvider } from "./feed";
import { schedulePoll } from "./poll.server";

const DONE = new Set(["DELIVERED", "CANCELLED"]);

/**
 * The "carrier-register" job: registers a shipment's waiting numbers with the provider. Numbers on standby
 * (Shopify's carrier) are registered only if Shopify reported nothing — no shipment_status, no fulfillment
 * event — during its grace period. Accepted numbers (or ones the provider already follows) are polled
 * later if no push comes; rejected ones are kept with the provider's reason. When the call fails, or the
 * provider turns a number away for now (quota, daily limit), the job throws and the queue retries it.
 */
export async function registerCarrierFeeds(
  db: Db,
  provider: CarrierFeedProvider | null,
  shipmentId: string,
  now = new Date(),
): Promise<void> {
  if (!provider) return;
  const shipment = await db.shipment.findUnique({
    where: { id: shipmentId },
    select: {
      status: true,
      carrier: true,
      detectedCarrier: true,
      shopifyShipmentStatus: true,
      shop: { select: { domain: true, uninstalledAt: true } },
      carrierFeeds: {
        where: { provider: provider.name, state: { in: ["PENDING", "STANDBY"] } },
        select: { id: true, number: true, state: true },
      },
    },
  });
  if (!shipment?.carrierFeeds.length) return;
  const feeds = shipment.carrierFeeds;
  if (DONE.has(shipment.status) || shipment.shop.uninstalledAt) {
    await markNotNeeded(db, feeds);
    return;
  }
  const shopifyReports =
    !!shipment.shopifyShipmentStatus ||
    (await db.trackingEvent.count({ where: { shipmentId, source: "shopify", deletedAt: null } })) > 0;
  if (shopifyReports)
    await markNotNeeded(
      db,
      feeds.filter((feed) => feed.state === "STANDBY"),
    );
  const due = shopifyReports ? feeds.filter((feed) => feed.state === "PENDING") : feeds;
  if (!due.length) return;

  const carrier = carrierByName(shipment.carrier) ?? carrierByName(shipment.detectedCarrier);
  const outcomes = await provider.register(
    due.map((feed) => ({ number: feed.number, carrier, carrierCode: null })),
  );
  const byNumber = new Map(outcomes.map((outcome) => [normalizeTrackingNumber(outcome.number), outcome]));
  const waiting: string[] = [];
  await db.$transaction(async (tx) => {
    for (const feed of due) {
      const outcome = byNumber.get(feed.number);
      if (!outcome || (!outcome.accepted && outcome.retryable)) {
        waiting.push(feed.number);
        if (outcome && !outcome.accepted) {
          await tx.carrierFeed.update({ where: { id: feed.id }, data: { lastError: outcome.error } });
        }
      } else if (outcome.accepted) {
        const nextPollAt = new Date(now.getTime() + POLL_AFTER_SILENCE_MS);
        await tx.carrierFeed.update({
          where: { id: feed.id },
          data: {
            state: "REGISTERED",
            carrierCode: outcome.carrierCode,
            registeredAt: now,
            nextPollAt,
            attempts: 0,
            lastError: null,
          },
        });
        await schedulePoll(tx, shipment.shop.domain, feed.id, nextPollAt);
      } else {
        await tx.carrierFeed.update({
          where: { id: feed.id },
          data: { state: "REJECTED", lastError: outcome.error.slice(0, 500) },
        });
      }
    }
  });
  if (waiting.length) throw new Error(`${provider.name} has not taken ${waiting.join(", ")} yet`);
}

async function markNotNeeded(db: Db, feeds: { id: string }[]): Promise<void> {
  if (!feeds.length) return;
  await db.carrierFeed.updateMany({
    where: { id: { in: feeds.map((feed) => feed.id) } },
    data: { state: "NOT_NEEDED" },
  });
}
