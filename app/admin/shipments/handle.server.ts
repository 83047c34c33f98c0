import type { Db } from "../../db.server";
import { isShipmentStatus } from "../../shipments/status";
import type { Tx } from "../../types.server";
import { exceptionWhere } from "../dashboard/exceptions.server";
import { isResolution, NOTE_MAX, type Resolution, type ShipmentActionResult } from "./action-result";
import { openProblem } from "./attention";

export type HandleResult = ShipmentActionResult<"note">;
type Refusal = Extract<HandleResult, { ok: false }>;
const refuse = (errors: Refusal["errors"]): Refusal => ({ ok: false, intent: "handle", errors });

/** The merchant's note, trimmed, or why it cannot be saved. */
export function parseNote(value: unknown): { note: string } | { error: "noteRequired" | "noteTooLong" } {
  const note = typeof value === "string" ? value.trim() : "";
  if (!note) return { error: "noteRequired" };
  if (note.length > NOTE_MAX) return { error: "noteTooLong" };
  return { note };
}

/** The columns a handling writes, together: when, what the merchant wrote, and how it ended. */
export function handlingData(note: string, resolution: Resolution, now: Date) {
  return { exceptionHandledAt: now, exceptionNote: note, exceptionResolution: resolution };
}

/**
 * Marks the shipment's open problem as handled, with the merchant's note on what they did (required:
 * the next person to look needs it) and how it was resolved (HANDLED unless the caller says otherwise:
 * the shipment page does not ask). Marking again updates both. All three fields in one write, or none.
 * A problem is what the shipment page shows (openProblem) or a label the carrier never scanned (the
 * home's "not picked up", which is no problem of the parcel's own). Null when the shop has no such shipment.
 */
export async function markExceptionHandled(
  db: Db,
  shop: { id: string },
  shipmentId: string,
  input: { note: unknown; resolution?: Resolution },
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
  const parsed = parseNote(input.note);
  if ("error" in parsed) return refuse({ note: parsed.error });
  const status = isShipmentStatus(shipment.status) ? shipment.status : "PENDING";
  if (!openProblem({ ...shipment, status }) && !(await notPickedUp(db, shop.id, shipmentId, now))) {
    return refuse({ form: "nothingToHandle" });
  }

  await db.shipment.updateMany({
    where: { id: shipmentId, shopId: shop.id },
    data: handlingData(parsed.note, input.resolution ?? "HANDLED", now),
  });
  return { ok: true, intent: "handle" };
}

async function notPickedUp(tx: Tx, shopId: string, id: string, now: Date): Promise<boolean> {
  const where = exceptionWhere("notPickedUp", now, tx.shipment.fields);
  return (await tx.shipment.count({ where: { id, shopId, ...where } })) > 0;
}

/** How the shipment's problem was last resolved; null when never, or before resolutions were recorded. */
export async function handlingResolution(db: Db, shopDomain: string, id: string): Promise<Resolution | null> {
  const row = await db.shipment.findFirst({
    where: { id, shop: { domain: shopDomain } },
    select: { exceptionResolution: true },
  });
  return isResolution(row?.exceptionResolution) ? row.exceptionResolution : null;
}
