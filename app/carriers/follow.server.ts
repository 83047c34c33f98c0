import { enqueue } from "../jobs/queue.server";
import { normalizeTrackingNumber } from "../shipments/tracking-numbers.server";
import type { ShopRef, Tx } from "../types.server";
import { isShopifyCarrier } from "./carriers";
import { likelyCarrier } from "./detect";
import type { CarrierFeedProvider } from "./feed";
import { configuredFeed } from "./provider.server";

/** Shopify's tracking of a carrier it knows gets this long to report something before a feed takes over. */
export const SHOPIFY_GRACE_MS = 48 * 3_600_000;
/** A shipment first seen longer after it shipped (a backfill) is not followed: it has long arrived. */
export const FOLLOW_WINDOW_MS = 30 * 24 * 3_600_000;

const DONE = new Set(["DELIVERED", "CANCELLED"]);

/**
 * Called after a fulfillment was written (ingest-fulfillment.server.ts), before its status and estimate
 * are worked out, in its transaction: when Shopify names no carrier, "Other" or one it does not
 * recognise, the tracking number's format names it. Stored as `detectedCarrier` (Shopify's `carrier` is
 * never overwritten, so the next fulfillments/update cannot fight with us over it); the estimate's lane
 * (app/estimates) and the admin read it. Cleared once Shopify names a carrier it knows.
 */
export async function detectCarrier(tx: Tx, shipmentId: string): Promise<void> {
  const shipment = await tx.shipment.findUnique({
    where: { id: shipmentId },
    select: { carrier: true, detectedCarrier: true, trackingNumbers: true, destinationCountry: true },
  });
  if (!shipment) return;
  const first = trackingNumbersOf(shipment.trackingNumbers)[0];
  const detected =
    isShopifyCarrier(shipment.carrier) || !first
      ? null
      : (likelyCarrier(first, { destinationCountry: shipment.destinationCountry })?.name ?? null);
  if (detected !== shipment.detectedCarrier) {
    await tx.shipment.update({ where: { id: shipmentId }, data: { detectedCarrier: detected } });
  }
}

function trackingNumbersOf(json: string): string[] {
  return [...new Set((JSON.parse(json) as string[]).map(normalizeTrackingNumber))].filter(Boolean);
}

/**
 * Called after a fulfillment was written and its status worked out (ingest-fulfillment.server.ts), in its
 * transaction. With a carrier feed configured, each tracking number gets a CarrierFeed row and a
 * registration job: at once for carriers Shopify does not track; after SHOPIFY_GRACE_MS for the ones it
 * does, and then only if Shopify reported nothing by then. Numbers the shipment no longer has are
 * detached.
 */
export async function followCarrier(
  tx: Tx,
  shop: ShopRef,
  shipmentId: string,
  provider: CarrierFeedProvider | null = configuredFeed(),
  now = new Date(),
): Promise<void> {
  if (!provider) return;
  const shipment = await tx.shipment.findUnique({
    where: { id: shipmentId },
    select: { carrier: true, trackingNumbers: true, status: true, fulfillmentStatus: true, shippedAt: true },
  });
  if (!shipment) return;
  const numbers = trackingNumbersOf(shipment.trackingNumbers);
  const shopifyKnows = isShopifyCarrier(shipment.carrier);

  const feeds = await tx.carrierFeed.findMany({
    where: { shipmentId, provider: provider.name },
    select: { id: true, number: true, state: true },
  });
  const gone = feeds.filter((feed) => !numbers.includes(feed.number) && feed.state !== "DETACHED");
  if (gone.length) {
    await tx.carrierFeed.updateMany({
      where: { id: { in: gone.map((feed) => feed.id) } },
      data: { state: "DETACHED", nextPollAt: null },
    });
  }
  const followable =
    numbers.length > 0 &&
    !DONE.has(shipment.status) &&
    shipment.fulfillmentStatus !== "cancelled" &&
    now.getTime() - shipment.shippedAt.getTime() < FOLLOW_WINDOW_MS;
  if (!followable) return;

  const state = shopifyKnows ? "STANDBY" : "PENDING";
  const fresh = numbers.filter((number) => !feeds.some((feed) => feed.number === number));
  // A number back on the shipment, or waiting on Shopify for a carrier Shopify turns out not to know.
  const revived = feeds.filter(
    (feed) =>
      numbers.includes(feed.number) &&
      (feed.state === "DETACHED" || (feed.state === "STANDBY" && state === "PENDING")),
  );
  if (!fresh.length && !revived.length) return;
  if (fresh.length) {
    await tx.carrierFeed.createMany({
      data: fresh.map((number) => ({ shopId: shop.id, shipmentId, provider: provider.name, number, state })),
    });
  }
  if (revived.length) {
    await tx.carrierFeed.updateMany({
      where: { id: { in: revived.map((feed) => feed.id) } },
      data: { state },
    });
  }
  const runAt =
    state === "STANDBY"
      ? new Date(Math.max(now.getTime(), shipment.shippedAt.getTime() + SHOPIFY_GRACE_MS))
      : now;
  await enqueue(
    tx,
    "carrier-register",
    { shop: shop.domain, shipmentId },
    // Registration may wait for 17TRACK's quota or daily limit to come back: more attempts than usual.
    { runAt, uniqueKey: `carrier-register:${shipmentId}:${runAt.getTime()}`, maxAttempts: 12 },
  );
}
