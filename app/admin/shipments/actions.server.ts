import type { Db } from "../../db.server";
import { markExceptionHandled, type HandleResult } from "./handle.server";
import { resendNotification, type ResendResult } from "./resend.server";

export type ShipmentPageResult = ResendResult | HandleResult;

/**
 * The shipment page's form posts, by `intent`: "resend" (milestone, channel) or "handle" (note). Null
 * when the session's shop has no shipment with this id: another shop's id is as unknown as a made-up one.
 */
export async function shipmentPageAction(
  db: Db,
  shopDomain: string,
  shipmentId: string,
  form: FormData,
  deployment: { smtpUrl?: string },
): Promise<ShipmentPageResult | null> {
  const shop = await db.shop.findUnique({ where: { domain: shopDomain }, select: { id: true } });
  if (!shop) return null;
  const intent = form.get("intent");
  if (intent === "resend") {
    const input = { milestone: form.get("milestone"), channel: form.get("channel") };
    return resendNotification(db, shop, shipmentId, input, deployment);
  }
  if (intent === "handle") return markExceptionHandled(db, shop, shipmentId, { note: form.get("note") });
  const exists = await db.shipment.findFirst({
    where: { id: shipmentId, shopId: shop.id },
    select: { id: true },
  });
  return exists ? { ok: false, intent: String(intent ?? ""), errors: { form: "unknownAction" } } : null;
}
