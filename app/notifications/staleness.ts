import type { ShipmentStatus } from "../shipments/status";
import { isWatched } from "./check-at";
import { baseOccurrence, type Milestone } from "./milestones";

export interface CurrentShipment {
  status: ShipmentStatus;
  estimatedDeliveryAt: Date | null;
  lateSince: Date | null;
  stalledSince: Date | null;
}

/** Milestones that say "your parcel is in this state now": out of date once it is in another. */
const STATE_MILESTONES: Partial<Record<Milestone, ShipmentStatus>> = {
  IN_TRANSIT: "IN_TRANSIT",
  OUT_FOR_DELIVERY: "OUT_FOR_DELIVERY",
  ATTEMPTED_DELIVERY: "ATTEMPTED_DELIVERY",
  READY_FOR_PICKUP: "READY_FOR_PICKUP",
  EXCEPTION: "EXCEPTION",
};

/**
 * Why a waiting message would tell the shopper something that is no longer true (null: still true).
 * Checked just before sending, so "out for delivery" never lands after "delivered", whatever order the
 * webhooks came in or however long quiet hours held the message.
 */
export function outdatedBecause(
  milestone: Milestone,
  occurrence: string,
  shipment: CurrentShipment,
): string | null {
  if (shipment.status === "CANCELLED") return "The shipment was cancelled";
  if (milestone === "DELIVERED") return null;
  if (shipment.status === "DELIVERED") return "The parcel was delivered since";
  const state = STATE_MILESTONES[milestone];
  if (state && shipment.status !== state) return `The parcel moved on (now ${label(shipment.status)})`;
  if ((milestone === "DELAYED" || milestone === "STALLED") && !isWatched(shipment.status)) {
    return `The parcel moved on (now ${label(shipment.status)})`;
  }
  if (milestone === "DELAYED" && shipment.status !== "DELAYED" && !shipment.lateSince) {
    return "The parcel is no longer late";
  }
  if (milestone === "STALLED" && !shipment.stalledSince) return "The parcel moved again";
  if (
    milestone === "NEW_ESTIMATE" &&
    shipment.estimatedDeliveryAt?.toISOString().slice(0, 10) !== baseOccurrence(occurrence)
  ) {
    return "The estimate changed again";
  }
  return null;
}

function label(status: ShipmentStatus): string {
  return status.toLowerCase().replaceAll("_", " ");
}
