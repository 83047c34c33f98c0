import type { shipmentsEn } from "../locales/shipments.en";

/** Why an action was refused: a key of the page's `shipments.errors` copy, so every refusal has words. */
export type ShipmentErrorCode = keyof (typeof shipmentsEn)["errors"];

/** The longest note a merchant can leave on a handled exception. */
export const NOTE_MAX = 1000;

/**
 * How the merchant resolved a problem (Shipment.exceptionResolution): sent the order again, refunded it,
 * something else the note describes, or told the shopper a new delivery date (the exceptions inbox's
 * "new estimate", app/admin/exceptions/estimate.server.ts).
 */
export const RESOLUTIONS = ["RESHIPPED", "REFUNDED", "HANDLED", "NOTIFIED"] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

export function isResolution(value: unknown): value is Resolution {
  return typeof value === "string" && (RESOLUTIONS as readonly string[]).includes(value);
}

/**
 * What a shipment page action answers. A refusal names the field it is about ("form" for the action as
 * a whole) so the page shows it inline, and nothing was written.
 */
export type ShipmentActionResult<Field extends string> =
  | { ok: true; intent: string }
  | { ok: false; intent: string; errors: Partial<Record<Field | "form", ShipmentErrorCode>> };
