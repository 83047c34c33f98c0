import type { AdminKey } from "../i18n";
import type { ReasonCode, ReasonParams, StoredReason } from "../../notifications/reasons";
import { SHIPMENT_STATUSES, type ShipmentStatus } from "../../shipments/status";

type Translate = (key: AdminKey, vars?: Record<string, string | number>) => string;

/**
 * Every reason the outbox records (app/notifications/reasons.ts), in the merchant's language. A mapped type
 * over the codes: a code added there without a line here fails the typecheck, and each line gets its own
 * code's parameters.
 */
const RENDER: { [C in ReasonCode]: (params: ReasonParams<C>, t: Translate) => string } = {
  UNINSTALLED: (_, t) => t("reasons.uninstalled"),
  ORDER_MISSING: (_, t) => t("reasons.orderMissing"),
  WAITING_FOR_ORDER: (_, t) => t("reasons.waitingForOrder"),
  ERASED: (_, t) => t("reasons.erased"),
  KLAVIYO_NOT_CONNECTED: (_, t) => t("reasons.klaviyoNotConnected"),
  NO_CONTACT: (_, t) => t("reasons.noContact"),
  NO_EMAIL: (_, t) => t("reasons.noEmail"),
  NO_MOBILE: (_, t) => t("reasons.noMobile"),
  UNSUBSCRIBED: (_, t) => t("reasons.unsubscribed"),
  CHANNEL_NOT_SET_UP: (p, t) =>
    t("reasons.channelNotSetUp", {
      channel:
        p.channel === "sms" || p.channel === "whatsapp"
          ? t(`notifications.channels.${p.channel}`)
          : value(p.channel),
    }),
  QUIET_HOURS: (p, t) => t("reasons.quietHours", { zone: value(p.zone) }),
  FREQUENCY_CAP: (p, t) => t("reasons.frequencyCap", { count: value(p.count) }),
  SHIPMENT_GONE: (_, t) => t("reasons.shipmentGone"),
  CANCELLED: (_, t) => t("reasons.cancelled"),
  DELIVERED_SINCE: (_, t) => t("reasons.deliveredSince"),
  MOVED_ON: (p, t) => t("reasons.movedOn", { status: statusName(p.status, t) }),
  NO_LONGER_LATE: (_, t) => t("reasons.noLongerLate"),
  MOVED_AGAIN: (_, t) => t("reasons.movedAgain"),
  ESTIMATE_CHANGED: (_, t) => t("reasons.estimateChanged"),
};

/**
 * Why a message was skipped, held or failed, for the merchant: from its reason code when it has one; as
 * written otherwise (a provider's own error text, rows the migration could not give a code). A code whose
 * parameters do not fit it (another version's row) shows the written text too.
 */
export function reasonText(
  detail: string | null | undefined,
  t: Translate,
  reason?: StoredReason | null,
): string {
  if (reason) {
    const render = RENDER[reason.code] as (params: StoredReason["params"], t: Translate) => string;
    try {
      return render(reason.params, t);
    } catch {
      // Falls through to the stored text.
    }
  }
  return detail ?? "";
}

/** A stored parameter as it can be shown; anything else means the row does not fit its code. */
function value(v: unknown): string | number {
  if (typeof v === "string" || typeof v === "number") return v;
  throw new TypeError("A reason parameter is missing");
}

/** The admin's name for a status, as every page names it. */
function statusName(status: ShipmentStatus, t: Translate): string {
  if ((SHIPMENT_STATUSES as readonly string[]).includes(status)) return t(`status.${status}`);
  return String(value(status));
}
