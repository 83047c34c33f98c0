import { SHIPMENT_STATUSES, type ShipmentStatus } from "../../shipments/status";

/** Statuses a shipment can be late in: not once it was delivered or cancelled. */
export const CAN_BE_LATE: readonly ShipmentStatus[] = SHIPMENT_STATUSES.filter(
  (status) => status !== "DELIVERED" && status !== "CANCELLED",
);

/**
 * Late as the storefront tells the shopper (app/storefront/tracking-view.server.ts): the carrier said
 * delayed, or detection found the estimated day passed (lateSince, which delivery does not clear).
 */
export function isLate(status: ShipmentStatus, lateSince: Date | null): boolean {
  return CAN_BE_LATE.includes(status) && (status === "DELAYED" || lateSince !== null);
}
