import type { Db } from "../../db.server";
import { baseOccurrence, isMilestone } from "../../notifications/milestones";
import { toE164 } from "../../notifications/phone";
import { queueResend } from "../../notifications/record.server";
import { loadNotificationSettings, type NotificationSettingsView } from "../../notifications/settings.server";
import { isSuppressed } from "../../notifications/suppression.server";
import { isShipmentStatus } from "../../shipments/status";
import type { ShipmentActionResult, ShipmentErrorCode } from "./action-result";
import { isResendChannel, occurrenceFor, resendableMilestones, type ResendChannel } from "./resendable";

export type ResendResult = ShipmentActionResult<"milestone" | "channel">;
type Refusal = Extract<ResendResult, { ok: false }>;
const refuse = (errors: Refusal["errors"]): Refusal => ({ ok: false, intent: "resend", errors });

/**
 * Sends one milestone's message again on the channel the merchant picked: checked first (the message
 * must still be true, the order must have an address for the channel, the channel must be set up, the
 * shopper must not have opted out, the same message must not already be waiting), then one new outbox
 * row that the dispatcher sends like any other. A refusal writes nothing. `smtpUrl`: the deployment's.
 * Null when the shop has no such shipment.
 */
export async function resendNotification(
  db: Db,
  shop: { id: string },
  shipmentId: string,
  input: { milestone: unknown; channel: unknown },
  deployment: { smtpUrl?: string },
  now = new Date(),
): Promise<ResendResult | null> {
  const shipment = await db.shipment.findFirst({
    where: { id: shipmentId, shopId: shop.id },
    select: {
      status: true,
      estimatedDeliveryAt: true,
      lateSince: true,
      stalledSince: true,
      redactedAt: true,
      order: {
        select: {
          email: true,
          phone: true,
          shippingPhone: true,
          shippingCountryCode: true,
          redactedAt: true,
        },
      },
      notifications: {
        select: {
          milestone: true,
          channel: true,
          occurrence: true,
          status: true,
          context: true,
          milestoneAt: true,
        },
        orderBy: { createdAt: "desc" },
      },
    },
  });
  if (!shipment) return null;
  const status = isShipmentStatus(shipment.status) ? shipment.status : "PENDING";
  const facts = { ...shipment, status };
  const milestone =
    typeof input.milestone === "string" && isMilestone(input.milestone) ? input.milestone : null;
  if (!milestone) return refuse({ milestone: "milestoneRequired" });
  if (!resendableMilestones(facts).includes(milestone)) return refuse({ milestone: "outdated" });
  if (!isResendChannel(input.channel)) return refuse({ channel: "channelInvalid" });
  const channel = input.channel;
  if (shipment.redactedAt || shipment.order?.redactedAt) return refuse({ form: "redacted" });
  if (!shipment.order) return refuse({ form: "noOrder" });

  const settings = await loadNotificationSettings(db, shop.id);
  const unreachable = await reachability(db, shop.id, channel, shipment.order, settings, deployment);
  if (unreachable) return refuse({ channel: unreachable });

  // The message as it was first recorded (a delay's reason, the previous estimate), if it was.
  const occurrence = occurrenceFor(milestone, facts) ?? "";
  const original = shipment.notifications.find(
    (n) => n.milestone === milestone && baseOccurrence(n.occurrence) === occurrence,
  );
  const queued = await db.$transaction(async (tx) => {
    const waiting = await tx.notification.findFirst({
      where: { shipmentId, milestone, channel, status: "PENDING" },
      select: { id: true },
    });
    if (waiting) return false;
    await queueResend(
      tx,
      {
        shopId: shop.id,
        shipmentId,
        milestone,
        channel,
        at: original?.milestoneAt ?? now,
        occurrence,
        context: parseContext(original?.context),
      },
      now,
    );
    return true;
  });
  return queued ? { ok: true, intent: "resend" } : refuse({ form: "alreadyQueued" });
}

/** Why `channel` cannot reach the order's shopper now, or null. */
async function reachability(
  db: Db,
  shopId: string,
  channel: ResendChannel,
  order: {
    email: string | null;
    phone: string | null;
    shippingPhone: string | null;
    shippingCountryCode: string | null;
  },
  settings: NotificationSettingsView,
  deployment: { smtpUrl?: string },
): Promise<ShipmentErrorCode | null> {
  if (channel === "email") {
    const email = order.email?.trim();
    if (!email) return "noEmail";
    if (!deployment.smtpUrl && !settings.smtpUrlEncrypted) return "notSetUp";
    return (await isSuppressed(db, shopId, "email", email)) ? "unsubscribed" : null;
  }
  const from = channel === "sms" ? settings.smsFrom : settings.whatsappFrom;
  if (!settings.twilioAccountSid || !settings.twilioAuthTokenEncrypted || !from) return "notSetUp";
  const phone = toE164(order.phone ?? order.shippingPhone, order.shippingCountryCode);
  if (!phone) return "noPhone";
  return (await isSuppressed(db, shopId, "phone", phone)) ? "unsubscribed" : null;
}

function parseContext(json: string | undefined): {
  reason?: string | null;
  previousEstimate?: string | null;
} {
  try {
    const value: unknown = JSON.parse(json ?? "{}");
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}
