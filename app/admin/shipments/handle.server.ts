import type { Db } from "../../db.server";
import { isShipmentStatus } from "../../shipments/status";
import { NOTE_MAX, type ShipmentActionResult } from "./action-result";
import { openProblem } from "./attention";

export type HandleResult = ShipmentActionResult<"note">;
type Refusal = Extract<HandleResult, { ok: false }>;
const refuse = (errors: Refusal["errors"]): Refusal => ({ ok: false, intent: "handle", errors });

/**
 * Marks the shipment's open problem as handled, with the merchant's note on what they did (required:
 * the next person to look needs it). Marking again updates the note. Both fields in one write, or none.
 * Null when the shop has no such shipment.
 */
export async function markExceptionHandled(
  db: Db,
  shop: { id: string },
  shipmentId: string,
  input: { note: unknown },
  now = new Date(),
): Promise<HandleResult | null> {
  const shipment = await db.shipment.findFirst({
    where: { id: shipmentId, shopId: shop.id },
    select: {
      status: true,
      statusAt: true,
      shippedAt: true,
      lateSince: true,
      stalledSince: true,
      exceptionHandledAt: true,
    },
  });
  if (!shipment) return null;
  const note = typeof input.note === "string" ? input.note.trim() : "";
  if (!note) return refuse({ note: "noteRequired" });
  if (note.length > NOTE_MAX) return refuse({ note: "noteTooLong" });
  const status = isShipmentStatus(shipment.status) ? shipment.status : "PENDING";
  if (!openProblem({ ...shipment, status })) return refuse({ form: "nothingToHandle" });

  await db.shipment.updateMany({
    where: { id: shipmentId, shopId: shop.id },
    data: { exceptionHandledAt: now, exceptionNote: note },
  });
  return { ok: true, intent: "handle" };
}
