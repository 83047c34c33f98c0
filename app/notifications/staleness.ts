import type { ShipmentStatus } from "../shipments/status";
import { isWatched } from "./check-at";
import { baseOccurrence, type Milestone } from "./milestones";
import { reason, type Reason } from "./reasons";

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
): Reason | null {
  if (shipment.status === "CANCELLED") return reason("CANCELLED");
  if (milestone === "DELIVERED") return null;
  if (shipment.status === "DELIVERED") return reason("DELIVERED_SINCE");
  const state = STATE_MILESTONES[milestone];
  if (state && shipment.status !== state) return reason("MOVED_ON", { status: shipment.status });
  if ((milestone === "DELAYED" || milestone === "STALLED") && !isWatched(shipment.status)) {
    return reason("MOVED_ON", { status: shipment.status });
  }
  if (milestone === "DELAYED" && shipment.status !== "DELAYED" && !shipment.lateSince) {
    return reason("NO_LONGER_LATE");
  }
  if (milestone === "STALLED" && !shipment.stalledSince) return reason("MOVED_AGAIN");
  if (
    milestone === "NEW_ESTIMATE" &&
    shipment.estimatedDeliveryAt?.toISOString().slice(0, 10) !== baseOccurrence(occurrence)
  ) {
    return reason("ESTIMATE_CHANGED");
  }
  return null;
}
