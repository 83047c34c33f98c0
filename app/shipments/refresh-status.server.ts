import type { Tx } from "../types.server";
import { deriveStatus, isShipmentStatus, toCanonical, type Observation, type ShipmentStatus } from "./status";

export interface StatusChange {
  shipmentId: string;
  from: ShipmentStatus;
  to: ShipmentStatus;
}

/**
 * Re-derives a shipment's status from everything recorded about it (see status.ts for the rules) and
 * stores it. Deterministic in the set of observations, so it is safe after any webhook in any order.
 *
 * Observations: the fulfillment's creation (PENDING), every live tracking event at its event time, and
 * the fulfillment's own `shipment_status` — but that snapshot only counts when Shopify wrote it after
 * every event we hold was recorded (it then knows something our events do not, e.g. a missed event
 * webhook). Otherwise the events are the more precise account.
 */
export async function refreshShipmentStatus(tx: Tx, shipmentId: string): Promise<StatusChange | null> {
  const shipment = await tx.shipment.findUnique({
    where: { id: shipmentId },
    select: {
      status: true,
      statusAt: true,
      shippedAt: true,
      fulfillmentStatus: true,
      shopifyShipmentStatus: true,
      shopifyUpdatedAt: true,
      estimatedDeliveryAt: true,
      deliveredAt: true,
      lastEventAt: true,
    },
  });
  if (!shipment) return null;
  const events = await tx.trackingEvent.findMany({
    where: { shipmentId, deletedAt: null },
    select: { status: true, happenedAt: true, recordedAt: true, estimatedDeliveryAt: true },
    orderBy: { happenedAt: "asc" },
  });

  const observations: Observation[] = [{ status: "PENDING", at: shipment.shippedAt }];
  let lastRecorded = 0;
  let estimatedDeliveryAt: Date | null = null;
  for (const event of events) {
    if (event.status && isShipmentStatus(event.status)) {
      observations.push({ status: event.status, at: event.happenedAt });
    }
    lastRecorded = Math.max(lastRecorded, event.recordedAt.getTime());
    if (event.estimatedDeliveryAt) estimatedDeliveryAt = event.estimatedDeliveryAt;
  }
  const snapshot = toCanonical(shipment.shopifyShipmentStatus);
  if (snapshot && shipment.shopifyUpdatedAt.getTime() > lastRecorded) {
    observations.push({ status: snapshot, at: shipment.shopifyUpdatedAt });
  }
  const cancelledAt = shipment.fulfillmentStatus === "cancelled" ? shipment.shopifyUpdatedAt : null;
  const derived = deriveStatus(observations, cancelledAt);
  const lastEventAt = events.length ? events[events.length - 1].happenedAt : null;

  const unchanged =
    derived.status === shipment.status &&
    sameTime(derived.statusAt, shipment.statusAt) &&
    sameTime(derived.deliveredAt, shipment.deliveredAt) &&
    sameTime(estimatedDeliveryAt, shipment.estimatedDeliveryAt) &&
    sameTime(lastEventAt, shipment.lastEventAt);
  if (unchanged) return null;

  await tx.shipment.update({
    where: { id: shipmentId },
    data: {
      status: derived.status,
      statusAt: derived.statusAt,
      deliveredAt: derived.deliveredAt,
      estimatedDeliveryAt,
      lastEventAt,
    },
  });
  return derived.status === shipment.status
    ? null
    : { shipmentId, from: shipment.status as ShipmentStatus, to: derived.status };
}

function sameTime(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}
