import { refreshShipmentStatus, type StatusChange } from "../shipments/refresh-status.server";
import type { Tx } from "../types.server";
import type { FeedEvent, FeedSnapshot } from "./feed";

/** The shipment a feed's number belongs to, in one shop. */
export interface FeedTarget {
  shopId: string;
  shipmentId: string;
  /** The fulfillment's Shopify id: events are filed under it like Shopify's (customers/redact finds them). */
  shipmentShopifyId: string;
  provider: string;
  /** After customers/redact the places of scans (the last ones are at the shopper's door) are not kept. */
  redacted: boolean;
}

/** The target of a CarrierFeed row read with its shipment's Shopify id and redaction time. */
export function feedTarget(feed: {
  shopId: string;
  shipmentId: string;
  provider: string;
  shipment: { shopifyId: string; redactedAt: Date | null };
}): FeedTarget {
  return {
    shopId: feed.shopId,
    shipmentId: feed.shipmentId,
    shipmentShopifyId: feed.shipment.shopifyId,
    provider: feed.provider,
    redacted: !!feed.shipment.redactedAt,
  };
}

export interface ApplyResult {
  added: number;
  updated: number;
  change: StatusChange | null;
}

/**
 * Writes what a provider says about one shipment into the same tables as Shopify's fulfillment events —
 * one TrackingEvent per scan, keyed (shop, provider, fulfillment + scan key) — then re-derives the status,
 * which records the shopper's milestone in the same transaction. A scan seen again changes nothing; a
 * snapshot may arrive in any order, since the status is derived from event times, not arrival.
 */
export async function applySnapshot(
  tx: Tx,
  target: FeedTarget,
  snapshot: FeedSnapshot,
  now = new Date(),
): Promise<ApplyResult> {
  if (!snapshot.events.length) return { added: 0, updated: 0, change: null };
  const newest = snapshot.events.reduce((a, b) => (b.happenedAt >= a.happenedAt ? b : a));
  const rows = new Map(
    snapshot.events.map((event) => [
      `${target.shipmentShopifyId}:${event.key}`,
      { event, estimate: event === newest ? (snapshot.estimatedDelivery?.from ?? null) : null },
    ]),
  );
  const existing = await tx.trackingEvent.findMany({
    where: { shopId: target.shopId, source: target.provider, externalId: { in: [...rows.keys()] } },
    select: {
      id: true,
      externalId: true,
      rawStatus: true,
      status: true,
      message: true,
      estimatedDeliveryAt: true,
    },
  });
  const known = new Map(existing.map((row) => [row.externalId, row]));

  const created = [...rows].filter(([externalId]) => !known.has(externalId));
  if (created.length) {
    await tx.trackingEvent.createMany({
      data: created.map(([externalId, { event, estimate }]) => ({
        shopId: target.shopId,
        shipmentId: target.shipmentId,
        fulfillmentShopifyId: target.shipmentShopifyId,
        source: target.provider,
        externalId,
        ...eventFields(event, target.redacted),
        happenedAt: event.happenedAt,
        // When the information reached us: a carrier estimate then outranks an older merchant estimate.
        recordedAt: now,
        estimatedDeliveryAt: estimate,
      })),
    });
  }

  let updated = 0;
  for (const row of existing) {
    const { event, estimate } = rows.get(row.externalId)!;
    const fields = eventFields(event, target.redacted);
    const newEstimate =
      estimate && estimate.getTime() !== row.estimatedDeliveryAt?.getTime() ? estimate : null;
    const reclassified =
      fields.rawStatus !== row.rawStatus || fields.status !== row.status || fields.message !== row.message;
    if (!reclassified && !newEstimate) continue;
    await tx.trackingEvent.update({
      where: { id: row.id },
      data: { ...fields, ...(newEstimate ? { estimatedDeliveryAt: newEstimate, recordedAt: now } : {}) },
    });
    updated++;
  }

  const change = created.length || updated ? await refreshShipmentStatus(tx, target.shipmentId) : null;
  return { added: created.length, updated, change };
}

function eventFields(event: FeedEvent, redacted: boolean) {
  const place = redacted
    ? {}
    : {
        city: event.city,
        province: event.province,
        zip: event.zip,
        latitude: event.latitude,
        longitude: event.longitude,
      };
  return {
    rawStatus: event.rawStatus.slice(0, 64),
    status: event.status,
    message: event.message?.slice(0, 1000) ?? null,
    country: event.country,
    ...place,
  };
}
