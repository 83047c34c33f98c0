import { nextCheckAt } from "../notifications/check-at";
import type { Milestone } from "../notifications/milestones";
import { recordMilestone } from "../notifications/record.server";
import type { Tx } from "../types.server";
import { deriveStatus, isShipmentStatus, toCanonical, type Observation, type ShipmentStatus } from "./status";

export interface StatusChange {
  shipmentId: string;
  from: ShipmentStatus;
  to: ShipmentStatus;
}

/** The milestone a shopper hears about when a shipment enters each status. */
const STATUS_MILESTONE: Partial<Record<ShipmentStatus, Milestone>> = {
  IN_TRANSIT: "IN_TRANSIT",
  DELAYED: "DELAYED",
  OUT_FOR_DELIVERY: "OUT_FOR_DELIVERY",
  ATTEMPTED_DELIVERY: "ATTEMPTED_DELIVERY",
  READY_FOR_PICKUP: "READY_FOR_PICKUP",
  EXCEPTION: "EXCEPTION",
  DELIVERED: "DELIVERED",
};

const DAY_MS = 86_400_000;

/**
 * Re-derives a shipment's status from everything recorded about it (see status.ts for the rules) and
 * stores it. Deterministic in the set of observations, so it is safe after any webhook in any order.
 *
 * Observations: the fulfillment's creation (PENDING), every live tracking event at its event time, and
 * the fulfillment's own `shipment_status` — but that snapshot only counts when Shopify wrote it after
 * every event we hold was recorded (it then knows something our events do not, e.g. a missed event
 * webhook). Otherwise the events are the more precise account.
 *
 * In the same transaction it records the milestone the change means for the shopper (the outbox,
 * app/notifications/record.server.ts) and reschedules delay and stall detection (Shipment.checkAt).
 */
export async function refreshShipmentStatus(tx: Tx, shipmentId: string): Promise<StatusChange | null> {
  const shipment = await tx.shipment.findUnique({
    where: { id: shipmentId },
    select: {
      shopId: true,
      status: true,
      statusAt: true,
      shippedAt: true,
      fulfillmentStatus: true,
      shopifyShipmentStatus: true,
      shopifyUpdatedAt: true,
      estimatedDeliveryAt: true,
      merchantEstimateAt: true,
      deliveredAt: true,
      lastEventAt: true,
      trackingNumbers: true,
      checkAt: true,
      lateSince: true,
      stalledSince: true,
    },
  });
  if (!shipment) return null;
  const events = await tx.trackingEvent.findMany({
    where: { shipmentId, deletedAt: null },
    select: { status: true, happenedAt: true, recordedAt: true, estimatedDeliveryAt: true, message: true },
    orderBy: { happenedAt: "asc" },
  });

  const observations: Observation[] = [{ status: "PENDING", at: shipment.shippedAt }];
  let lastRecorded = 0;
  // The latest estimate a carrier event gave; a merchant's estimate stands until a carrier gives one after it.
  const merchantAt = shipment.merchantEstimateAt?.getTime() ?? null;
  let estimatedDeliveryAt: Date | null = merchantAt === null ? null : shipment.estimatedDeliveryAt;
  let carrierSupersedes = false;
  for (const event of events) {
    if (event.status && isShipmentStatus(event.status)) {
      observations.push({ status: event.status, at: event.happenedAt });
    }
    lastRecorded = Math.max(lastRecorded, event.recordedAt.getTime());
    if (event.estimatedDeliveryAt && (merchantAt === null || event.recordedAt.getTime() > merchantAt)) {
      estimatedDeliveryAt = event.estimatedDeliveryAt;
      carrierSupersedes = merchantAt !== null;
    }
  }
  const snapshot = toCanonical(shipment.shopifyShipmentStatus);
  if (snapshot && shipment.shopifyUpdatedAt.getTime() > lastRecorded) {
    observations.push({ status: snapshot, at: shipment.shopifyUpdatedAt });
  }
  const cancelledAt = shipment.fulfillmentStatus === "cancelled" ? shipment.shopifyUpdatedAt : null;
  const derived = deriveStatus(observations, cancelledAt);
  const lastEventAt = events.length ? events[events.length - 1].happenedAt : null;

  // A new sign of life ends a stall; an estimate moved into the future ends lateness.
  const stalledSince = sameTime(lastEventAt, shipment.lastEventAt) ? shipment.stalledSince : null;
  const lateSince =
    sameTime(estimatedDeliveryAt, shipment.estimatedDeliveryAt) || !estimatedDeliveryAt
      ? shipment.lateSince
      : estimatedDeliveryAt > new Date()
        ? null
        : shipment.lateSince;
  const checkAt = nextCheckAt({
    status: derived.status,
    hasTracking: shipment.trackingNumbers !== "[]",
    estimatedDeliveryAt,
    lateSince,
    stalledSince,
    lastActivityAt: lastEventAt && lastEventAt > shipment.shippedAt ? lastEventAt : shipment.shippedAt,
  });

  const unchanged =
    derived.status === shipment.status &&
    sameTime(derived.statusAt, shipment.statusAt) &&
    sameTime(derived.deliveredAt, shipment.deliveredAt) &&
    sameTime(estimatedDeliveryAt, shipment.estimatedDeliveryAt) &&
    sameTime(lastEventAt, shipment.lastEventAt) &&
    sameTime(checkAt, shipment.checkAt);
  if (unchanged) return null;

  await tx.shipment.update({
    where: { id: shipmentId },
    data: {
      status: derived.status,
      statusAt: derived.statusAt,
      deliveredAt: derived.deliveredAt,
      estimatedDeliveryAt,
      // The carrier's date replaces the merchant's range as a whole.
      ...(carrierSupersedes ? { estimatedDeliveryLatestAt: null, merchantEstimateAt: null } : {}),
      lastEventAt,
      checkAt,
      lateSince,
      stalledSince,
    },
  });

  const milestone = STATUS_MILESTONE[derived.status];
  if (milestone && derived.status !== shipment.status && derived.statusAt) {
    const reason = [...events].reverse().find((e) => e.status === derived.status)?.message ?? null;
    await recordMilestone(tx, {
      shopId: shipment.shopId,
      shipmentId,
      milestone,
      at: derived.statusAt,
      context: { reason },
    });
  }
  const previous = shipment.estimatedDeliveryAt;
  if (
    previous &&
    estimatedDeliveryAt &&
    Math.abs(estimatedDeliveryAt.getTime() - previous.getTime()) >= DAY_MS &&
    derived.status !== "DELIVERED" &&
    derived.status !== "CANCELLED"
  ) {
    const carrier = [...events].reverse().find((e) => e.estimatedDeliveryAt);
    await recordMilestone(tx, {
      shopId: shipment.shopId,
      shipmentId,
      milestone: "NEW_ESTIMATE",
      at: carrier?.happenedAt ?? new Date(),
      occurrence: estimatedDeliveryAt.toISOString().slice(0, 10),
      context: { previousEstimate: previous.toISOString(), reason: carrier?.message ?? null },
    });
  }

  return derived.status === shipment.status
    ? null
    : { shipmentId, from: shipment.status as ShipmentStatus, to: derived.status };
}

function sameTime(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}
