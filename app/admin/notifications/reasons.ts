import type { AdminKey } from "../i18n";
import { SHIPMENT_STATUSES, type ShipmentStatus } from "../../shipments/status";

type Translate = (key: AdminKey, vars?: Record<string, string | number>) => string;

/**
 * The outbox stores why a message was skipped, held or failed in the dispatcher's English
 * (app/notifications/prepare.server.ts, staleness.ts, dispatch.server.ts): the same text goes to logs and
 * support. The admin shows the ones it knows in the merchant's language; anything else (a provider's own
 * error text) as it was written.
 */
const REASONS: Array<[RegExp, (m: RegExpMatchArray, t: Translate) => string]> = [
  [/^The app was uninstalled$/, (_, t) => t("reasons.uninstalled")],
  [/^The order never arrived from Shopify$/, (_, t) => t("reasons.orderMissing")],
  [/^Waiting for the order$/, (_, t) => t("reasons.waitingForOrder")],
  [/^The customer's data was erased on request$/, (_, t) => t("reasons.erased")],
  [/^Klaviyo is not connected$/, (_, t) => t("reasons.klaviyoNotConnected")],
  [/^The order has no email address or phone number$/, (_, t) => t("reasons.noContact")],
  [/^The order has no email address$/, (_, t) => t("reasons.noEmail")],
  [/^The order has no valid mobile number$/, (_, t) => t("reasons.noMobile")],
  [/^The shopper unsubscribed$/, (_, t) => t("reasons.unsubscribed")],
  [/^(SMS|WhatsApp) is not set up$/, (m, t) => t("reasons.channelNotSetUp", { channel: m[1] })],
  [/^Quiet hours in (.+)$/, (m, t) => t("reasons.quietHours", { zone: m[1] })],
  [
    /^Frequency cap: (\d+) messages for this shipment in 24 hours$/,
    (m, t) => t("reasons.frequencyCap", { count: m[1] }),
  ],
  [/^The shipment no longer exists$/, (_, t) => t("reasons.shipmentGone")],
  [/^The shipment was cancelled$/, (_, t) => t("reasons.cancelled")],
  [/^The parcel was delivered since$/, (_, t) => t("reasons.deliveredSince")],
  [/^The parcel moved on \(now (.+)\)$/, (m, t) => t("reasons.movedOn", { status: statusName(m[1], t) })],
  [/^The parcel is no longer late$/, (_, t) => t("reasons.noLongerLate")],
  [/^The parcel moved again$/, (_, t) => t("reasons.movedAgain")],
  [/^The estimate changed again$/, (_, t) => t("reasons.estimateChanged")],
];

/** "out for delivery" (staleness.ts's label) → the admin's name for that status. */
function statusName(text: string, t: Translate): string {
  const status = text.toUpperCase().replaceAll(" ", "_");
  return (SHIPMENT_STATUSES as readonly string[]).includes(status)
    ? t(`status.${status as ShipmentStatus}`)
    : text;
}

export function reasonText(detail: string | null | undefined, t: Translate): string {
  if (!detail) return "";
  for (const [pattern, render] of REASONS) {
    const match = detail.match(pattern);
    if (match) return render(match, t);
  }
  return detail;
}
