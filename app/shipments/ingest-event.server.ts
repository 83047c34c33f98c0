import type { FulfillmentEventPayload } from "../ingest/payloads";
import type { ShopRef, Tx } from "../types.server";
import { refreshShipmentStatus, type StatusChange } from "./refresh-status.server";
import { toCanonical } from "./status";

const SHOPIFY = "shopify";

/**
 * Records one Shopify fulfillment event (a carrier scan). The same event twice is one row; an event
 * for a fulfillment we have not seen yet is kept and attached when the fulfillment arrives; an event
 * deleted before it was created stays deleted.
 */
export async function ingestFulfillmentEvent(
  tx: Tx,
  shop: ShopRef,
  event: FulfillmentEventPayload,
): Promise<StatusChange | null> {
  const shipment = await tx.shipment.findUnique({
    where: { shopId_shopifyId: { shopId: shop.id, shopifyId: event.fulfillment_id } },
    select: { id: true },
  });
  const data = {
    shipmentId: shipment?.id ?? null,
    fulfillmentShopifyId: event.fulfillment_id,
    rawStatus: event.status,
    status: toCanonical(event.status),
    message: event.message,
    happenedAt: event.happened_at,
    recordedAt: event.created_at ?? event.happened_at,
    city: event.city,
    province: event.province,
    country: event.country,
    zip: event.zip,
    address1: event.address1,
    latitude: event.latitude ?? null,
    longitude: event.longitude ?? null,
    estimatedDeliveryAt: event.estimated_delivery_at,
  };
  await tx.trackingEvent.upsert({
    where: { shopId_source_externalId: { shopId: shop.id, source: SHOPIFY, externalId: event.id } },
    create: { ...data, shopId: shop.id, source: SHOPIFY, externalId: event.id },
    update: data,
  });
  return shipment ? refreshShipmentStatus(tx, shipment.id) : null;
}

/**
 * fulfillment_events/delete. When the delete overtakes the create, a tombstone row is written so the
 * late create cannot bring the event back.
 */
export async function deleteFulfillmentEvent(
  tx: Tx,
  shop: ShopRef,
  ref: { id: string; fulfillment_id?: string | null },
): Promise<StatusChange | null> {
  const key = { shopId_source_externalId: { shopId: shop.id, source: SHOPIFY, externalId: ref.id } };
  const existing = await tx.trackingEvent.findUnique({ where: key, select: { shipmentId: true } });
  const now = new Date();
  if (existing) {
    await tx.trackingEvent.update({ where: key, data: { deletedAt: now } });
    return existing.shipmentId ? refreshShipmentStatus(tx, existing.shipmentId) : null;
  }
  await tx.trackingEvent.create({
    data: {
      shopId: shop.id,
      source: SHOPIFY,
      externalId: ref.id,
      fulfillmentShopifyId: ref.fulfillment_id ?? "",
      rawStatus: "deleted",
      status: null,
      happenedAt: now,
      recordedAt: now,
      deletedAt: now,
    },
  });
  return null;
}
