import { effectiveCarrier } from "../carriers/carriers";
import { laneBasis, learnedEstimateFor } from "../estimates/apply.server";
import type { EstimateSource } from "../estimates/source";
import { isWatched, lateReference, nextCheckAt } from "../notifications/check-at";
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

/** Statuses that mean the carrier has the parcel: the first event in one is its first scan. */
const SCANNED: ReadonlySet<ShipmentStatus> = new Set([
  "IN_TRANSIT",
  "DELAYED",
  "OUT_FOR_DELIVERY",
  "ATTEMPTED_DELIVERY",
  "READY_FOR_PICKUP",
]);

/** A shipment's estimate as stored: the dates, where they come from, and the learned facts. */
interface Estimate {
  estimatedDeliveryAt: Date | null;
  estimatedDeliveryLatestAt: Date | null;
  estimateSource: EstimateSource | null;
  estimateConfidence: number | null;
  estimateLane: string | null;
  scanDueAt: Date | null;
}

const NO_ESTIMATE: Estimate = {
  estimatedDeliveryAt: null,
  estimatedDeliveryLatestAt: null,
  estimateSource: null,
  estimateConfidence: null,
  estimateLane: null,
  scanDueAt: null,
};

/**
 * Re-derives a shipment's status from everything recorded about it (see status.ts for the rules) and
 * stores it. Deterministic in the set of observations, so it is safe after any webhook in any order.
 *
 * Observations: the fulfillment's creation (PENDING), every live tracking event at its event time, and
 * the fulfillment's own `shipment_status` — but that snapshot only counts when Shopify wrote it after
 * every event we hold was recorded (it then knows something our events do not, e.g. a missed event
 * webhook). Otherwise the events are the more precise account.
 *
 * The estimate: a merchant's while it stands, else the carrier's latest date, else a range learned from
 * the shop's own deliveries in the parcel's lane (app/estimates, learnedOrKept below).
 *
 * In the same transaction it records the milestone the change means for the shopper (the outbox,
 * app/notifications/record.server.ts) — a new estimate when it moves by a day or more, but not the first
 * one — and reschedules delay and stall detection (Shipment.checkAt).
 */
export async function refreshShipmentStatus(tx: Tx, shipmentId: string): Promise<StatusChange | null> {
  const shipment = await tx.shipment.findUnique({
    where: { id: shipmentId },
    select: {
      shopId: true,
      status: true,
      statusAt: true,
      shippedAt: true,
      carrier: true,
      detectedCarrier: true,
      destinationCountry: true,
      fulfillmentStatus: true,
      shopifyShipmentStatus: true,
      shopifyUpdatedAt: true,
      estimatedDeliveryAt: true,
      estimatedDeliveryLatestAt: true,
      estimateSource: true,
      estimateConfidence: true,
      estimateLane: true,
      firstScanAt: true,
      scanDueAt: true,
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
  let firstScan: Date | null = null;
  for (const event of events) {
    if (event.status && isShipmentStatus(event.status)) {
      observations.push({ status: event.status, at: event.happenedAt });
      if (!firstScan && SCANNED.has(event.status)) firstScan = event.happenedAt;
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
  // Shopify's own status can say the carrier has it when no scan event reached us.
  const firstScanAt = firstScan ?? (SCANNED.has(derived.status) ? derived.statusAt : null);

  const merchantStands = merchantAt !== null && !carrierSupersedes;
  const estimate: Estimate = merchantStands
    ? {
        ...NO_ESTIMATE,
        estimatedDeliveryAt: shipment.estimatedDeliveryAt,
        estimatedDeliveryLatestAt: shipment.estimatedDeliveryLatestAt,
        estimateSource: "MERCHANT",
      }
    : estimatedDeliveryAt
      ? // The carrier's date replaces a merchant's or a learned range as a whole.
        { ...NO_ESTIMATE, estimatedDeliveryAt, estimateSource: "CARRIER" }
      : await learnedOrKept(tx, shipment, derived.status, firstScanAt);
  const merchantEstimateAt = merchantStands ? shipment.merchantEstimateAt : null;

  // A new sign of life ends a stall; an estimate moved into the future ends lateness.
  const stalledSince = sameTime(lastEventAt, shipment.lastEventAt) ? shipment.stalledSince : null;
  const judgedOn = lateReference({ ...estimate, merchantEstimateAt });
  const lateSince =
    sameTime(judgedOn, lateReference(shipment)) || !judgedOn
      ? shipment.lateSince
      : judgedOn > new Date()
        ? null
        : shipment.lateSince;
  const checkAt = nextCheckAt({
    status: derived.status,
    hasTracking: shipment.trackingNumbers !== "[]",
    estimatedDeliveryAt: judgedOn,
    scanDueAt: estimate.scanDueAt,
    lateSince,
    stalledSince,
    lastActivityAt: lastEventAt && lastEventAt > shipment.shippedAt ? lastEventAt : shipment.shippedAt,
  });

  const unchanged =
    derived.status === shipment.status &&
    sameTime(derived.statusAt, shipment.statusAt) &&
    sameTime(derived.deliveredAt, shipment.deliveredAt) &&
    sameEstimate(estimate, shipment) &&
    sameTime(merchantEstimateAt, shipment.merchantEstimateAt) &&
    sameTime(firstScanAt, shipment.firstScanAt) &&
    sameTime(lastEventAt, shipment.lastEventAt) &&
    sameTime(checkAt, shipment.checkAt);
  if (unchanged) return null;

  await tx.shipment.update({
    where: { id: shipmentId },
    data: {
      status: derived.status,
      statusAt: derived.statusAt,
      deliveredAt: derived.deliveredAt,
      ...estimate,
      merchantEstimateAt,
      firstScanAt,
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
  const next = estimate.estimatedDeliveryAt;
  if (
    previous &&
    next &&
    Math.abs(next.getTime() - previous.getTime()) >= DAY_MS &&
    derived.status !== "DELIVERED" &&
    derived.status !== "CANCELLED"
  ) {
    // A learned estimate that moved (a late first scan, another lane) has no carrier event behind it.
    const carrier =
      estimate.estimateSource === "CARRIER" ? [...events].reverse().find((e) => e.estimatedDeliveryAt) : null;
    await recordMilestone(tx, {
      shopId: shipment.shopId,
      shipmentId,
      milestone: "NEW_ESTIMATE",
      at: carrier?.happenedAt ?? new Date(),
      occurrence: next.toISOString().slice(0, 10),
      context: { previousEstimate: previous.toISOString(), reason: carrier?.message ?? null },
    });
  }

  return derived.status === shipment.status
    ? null
    : { shipmentId, from: shipment.status as ShipmentStatus, to: derived.status };
}

/**
 * With neither a merchant's nor a carrier's date: a learned range. One given stays put — the same lane
 * keeps its promise when the statistics are rebuilt — unless the first scan came after the lane's
 * deadline (the range then starts from the scan) or the carrier or destination changed. A finished
 * parcel keeps the range it had, for the record. Learning reads the shop and a few LaneStat rows; a kept
 * range reads nothing.
 */
async function learnedOrKept(
  tx: Tx,
  shipment: StoredShipment,
  status: ShipmentStatus,
  firstScanAt: Date | null,
): Promise<Estimate> {
  const stored: Estimate | null =
    shipment.estimateSource === "LEARNED"
      ? {
          estimatedDeliveryAt: shipment.estimatedDeliveryAt,
          estimatedDeliveryLatestAt: shipment.estimatedDeliveryLatestAt,
          estimateSource: "LEARNED",
          estimateConfidence: shipment.estimateConfidence,
          estimateLane: shipment.estimateLane,
          scanDueAt: firstScanAt ? null : shipment.scanDueAt,
        }
      : null;
  if (!isWatched(status)) return stored ? { ...stored, scanDueAt: null } : NO_ESTIMATE;
  const carrier = effectiveCarrier(shipment);
  const lane = laneBasis(carrier, shipment.destinationCountry);
  const sameLane = stored?.estimateLane === lane;
  const scanToCheck = firstScanAt !== null && shipment.scanDueAt !== null;
  if (stored && sameLane && !scanToCheck) return stored;

  const learned = await learnedEstimateFor(tx, { ...shipment, carrier, firstScanAt });
  if (stored && sameLane && !learned?.rebased) return stored;
  if (!learned) return NO_ESTIMATE;
  return {
    estimatedDeliveryAt: learned.earliestAt,
    estimatedDeliveryLatestAt: learned.latestAt,
    estimateSource: "LEARNED",
    estimateConfidence: learned.confidence,
    estimateLane: lane,
    scanDueAt: learned.scanDueAt,
  };
}

/** An estimate as read from the row, where the source is any string. */
type StoredEstimate = Omit<Estimate, "estimateSource"> & { estimateSource: string | null };

type StoredShipment = StoredEstimate & {
  shopId: string;
  carrier: string | null;
  detectedCarrier: string | null;
  destinationCountry: string | null;
  shippedAt: Date;
};

function sameEstimate(a: Estimate, b: StoredEstimate): boolean {
  return (
    a.estimateSource === b.estimateSource &&
    a.estimateConfidence === b.estimateConfidence &&
    a.estimateLane === b.estimateLane &&
    sameTime(a.estimatedDeliveryAt, b.estimatedDeliveryAt) &&
    sameTime(a.estimatedDeliveryLatestAt, b.estimatedDeliveryLatestAt) &&
    sameTime(a.scanDueAt, b.scanDueAt)
  );
}

function sameTime(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}
