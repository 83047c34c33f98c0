import { detectCarrier, followCarrier } from "../carriers/follow.server";
import type { FulfillmentPayload } from "../ingest/payloads";
import { toLineItems } from "../ingest/payloads";
import { recordMilestone } from "../notifications/record.server";
import type { ShopRef, Tx } from "../types.server";
import { refreshShipmentStatus, type StatusChange } from "./refresh-status.server";
import { replaceTrackingNumbers } from "./tracking-numbers.server";

/**
 * Writes one fulfillment (from fulfillments/create|update, or embedded in an order payload) as a
 * shipment. Ordered by Shopify's `updated_at`: an older payload than the one stored changes nothing.
 * The order may not exist yet; it is joined by its Shopify id when it arrives (ingest-order).
 */
export async function ingestFulfillment(
  tx: Tx,
  shop: ShopRef,
  fulfillment: FulfillmentPayload,
  knownOrderId?: string,
): Promise<StatusChange | null> {
  const key = { shopId_shopifyId: { shopId: shop.id, shopifyId: fulfillment.id } };
  const existing = await tx.shipment.findUnique({
    where: key,
    select: { id: true, orderId: true, shopifyUpdatedAt: true, redactedAt: true, trackingNumbers: true },
  });
  if (existing && existing.shopifyUpdatedAt > fulfillment.updated_at) return null;

  const orderId =
    knownOrderId ??
    existing?.orderId ??
    (
      await tx.order.findUnique({
        where: { shopId_shopifyId: { shopId: shop.id, shopifyId: fulfillment.order_id } },
        select: { id: true },
      })
    )?.id ??
    null;

  const trackingNumbers = fulfillment.tracking_numbers?.length
    ? fulfillment.tracking_numbers
    : fulfillment.tracking_number
      ? [fulfillment.tracking_number]
      : [];
  const trackingUrls = fulfillment.tracking_urls?.length
    ? fulfillment.tracking_urls
    : fulfillment.tracking_url
      ? [fulfillment.tracking_url]
      : [];
  const data = {
    orderId,
    orderShopifyId: fulfillment.order_id,
    name: fulfillment.name,
    fulfillmentStatus: fulfillment.status,
    carrier: fulfillment.tracking_company,
    trackingNumbers: JSON.stringify(trackingNumbers),
    trackingUrls: JSON.stringify(trackingUrls),
    shopifyShipmentStatus: fulfillment.shipment_status,
    lineItems: JSON.stringify(toLineItems(fulfillment.line_items)),
    shippedAt: fulfillment.created_at,
    shopifyUpdatedAt: fulfillment.updated_at,
  };

  // After customers/redact the destination stays removed, whatever later payloads say.
  const destination = existing?.redactedAt
    ? {}
    : {
        destinationCity: fulfillment.destination?.city ?? null,
        destinationCountry: fulfillment.destination?.country_code ?? null,
      };
  let shipmentId: string;
  if (existing) {
    shipmentId = existing.id;
    // Conditional on updated_at in the statement itself, so a concurrent newer write always wins.
    const written = await tx.shipment.updateMany({
      where: { id: shipmentId, shopifyUpdatedAt: { lte: fulfillment.updated_at } },
      data: { ...data, ...destination },
    });
    if (written.count === 0) return null;
  } else {
    const created = await tx.shipment.create({
      data: { ...data, ...destination, shopId: shop.id, shopifyId: fulfillment.id },
      select: { id: true },
    });
    shipmentId = created.id;
    // Tracking events that arrived before their fulfillment wait here for it.
    await tx.trackingEvent.updateMany({
      where: { shopId: shop.id, fulfillmentShopifyId: fulfillment.id, shipmentId: null },
      data: { shipmentId },
    });
  }
  // The storefront's index of tracking numbers follows the JSON list (a carrier correction replaces it).
  if (existing ? existing.trackingNumbers !== data.trackingNumbers : trackingNumbers.length > 0) {
    await replaceTrackingNumbers(tx, shop.id, shipmentId, trackingNumbers);
  }
  // A carrier Shopify does not track is named from the number's format, before the estimate needs its lane.
  await detectCarrier(tx, shipmentId);
  const change = await refreshShipmentStatus(tx, shipmentId);
  // "Shipped" is news when the parcel first has a tracking number: at creation, or when one is added.
  const hadTracking = !!existing && existing.trackingNumbers !== "[]";
  if (trackingNumbers.length && !hadTracking && fulfillment.status !== "cancelled") {
    await recordMilestone(tx, {
      shopId: shop.id,
      shipmentId,
      milestone: "SHIPPED",
      at: existing ? fulfillment.updated_at : fulfillment.created_at,
    });
  }
  // A carrier Shopify does not track is followed through a carrier feed.
  await followCarrier(tx, shop, shipmentId);
  return change;
}
