import type { Db } from "../../db.server";
import { exceptionsEn } from "../locales/exceptions.en";
import { isResolution, type ShipmentErrorCode } from "../shipments/action-result";
import { markExceptionHandled, parseNote } from "../shipments/handle.server";
import { notifyNewEstimate } from "./estimate.server";
import { MANUAL_RESOLUTIONS, type InboxActionResult, type InboxErrorCode, type InboxRefusal } from "./result";

/**
 * The inbox's form posts, by `intent`, each about the row's `shipmentId`: "estimate" (earliest, latest,
 * locale) or "resolve" (resolution, note). Null when the session's shop has no shipment with this id:
 * another shop's id is as unknown as a made-up one, and nothing is written.
 */
export async function exceptionsAction(
  db: Db,
  shopDomain: string,
  form: FormData,
  now = new Date(),
): Promise<InboxActionResult | null> {
  const shop = await db.shop.findUnique({
    where: { domain: shopDomain },
    select: { id: true, timezone: true },
  });
  const id = form.get("shipmentId");
  if (!shop || typeof id !== "string" || !id) return null;
  const shipment = await db.shipment.findFirst({
    where: { id, shopId: shop.id },
    select: { name: true, order: { select: { name: true } } },
  });
  if (!shipment) return null;
  const intent = form.get("intent");
  if (intent === "estimate") {
    const input = { earliest: form.get("earliest"), latest: form.get("latest"), locale: form.get("locale") };
    return notifyNewEstimate(db, shop, id, input, now);
  }
  const refuse = (errors: InboxRefusal["errors"]): InboxRefusal => ({
    ok: false,
    intent: String(intent ?? ""),
    shipmentId: id,
    errors,
  });
  if (intent !== "resolve") return refuse({ form: "unknownAction" });

  const resolution = form.get("resolution");
  const note = form.get("note");
  if (!isResolution(resolution) || !(MANUAL_RESOLUTIONS as readonly string[]).includes(resolution)) {
    const parsed = parseNote(note);
    return refuse({ resolution: "resolutionRequired", ...("error" in parsed ? { note: parsed.error } : {}) });
  }
  const result = await markExceptionHandled(db, shop, id, { note, resolution }, now);
  if (!result) return null;
  if (!result.ok) {
    return refuse({
      ...(result.errors.note ? { note: inboxCode(result.errors.note) } : {}),
      ...(result.errors.form ? { form: inboxCode(result.errors.form) } : {}),
    });
  }
  return {
    ok: true,
    intent: "resolve",
    shipmentId: id,
    orderName: shipment.order?.name ?? shipment.name,
    resolution,
  };
}

/** The shipment page's refusals the inbox can meet have words of their own here (same keys). */
function inboxCode(code: ShipmentErrorCode): InboxErrorCode {
  return code in exceptionsEn.errors ? (code as InboxErrorCode) : "unknownAction";
}
