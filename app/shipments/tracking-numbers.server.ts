import type { Tx } from "../types.server";

/**
 * A tracking number as the lookup table stores and searches it: upper-case, without whitespace. Carriers
 * print numbers in groups ("1Z 999 AA1 01 2345 6784") and shoppers type them in any case.
 */
export function normalizeTrackingNumber(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

/**
 * Makes the shipment's rows in TrackingNumber exactly `numbers` (normalized, duplicates once). Call it in
 * the transaction that writes Shipment.trackingNumbers, so the storefront never finds a parcel by a
 * number the shipment no longer has.
 */
export async function replaceTrackingNumbers(
  tx: Tx,
  shopId: string,
  shipmentId: string,
  numbers: string[],
): Promise<void> {
  const normalized = [...new Set(numbers.map(normalizeTrackingNumber))].filter(Boolean);
  await tx.trackingNumber.deleteMany({ where: { shopId, shipmentId } });
  if (normalized.length) {
    await tx.trackingNumber.createMany({
      data: normalized.map((number) => ({ shopId, shipmentId, number })),
    });
  }
}
