import type { Db } from "../../db.server";
import { nextCheckAt } from "../../notifications/check-at";
import { recordMilestone } from "../../notifications/record.server";
import { isShipmentStatus } from "../../shipments/status";
import { plannedDeliveries, type NotificationRules } from "../../notifications/rules";
import { loadNotificationSettings } from "../../notifications/settings.server";
import { adminLocale, adminMessages, translate } from "../i18n";
import { handlingData } from "../shipments/handle.server";
import { addDays, calendarDay, estimateInstant, localDay, safeZone } from "./estimate-dates.server";
import { MAX_ESTIMATE_DAYS, type InboxActionResult, type InboxRefusal, type NotSentReason } from "./result";

export interface EstimateInput {
  /** The first day the parcel may arrive, "YYYY-MM-DD" in the shop's zone. */
  earliest: unknown;
  /** The last day of a range; empty for a single day. */
  latest: unknown;
  /** The admin's language, for the note left on the shipment. */
  locale: unknown;
}

/** The shipment moved on while the merchant was typing: nothing is written. */
class Changed extends Error {}

/**
 * The merchant's new delivery estimate for a late or stuck parcel, in one transaction: the shipment's
 * estimate, lateness re-evaluated (the new day has not passed, so lateSince is cleared and detection
 * rescheduled as ingest does, check-at.ts), the NEW_ESTIMATE message for the shopper recorded in the
 * outbox (its occurrence is the new date, as when a carrier moves the estimate), and the problem marked
 * handled with a note saying so. The day must be from today (the shop's) to MAX_ESTIMATE_DAYS ahead, a
 * range must not end before it starts, and a delivered or cancelled parcel has nothing to estimate.
 * When the shop's rules send nothing for NEW_ESTIMATE, the estimate is saved all the same and the result
 * says why no message went out. Null when the shop has no such shipment.
 */
export async function notifyNewEstimate(
  db: Db,
  shop: { id: string; timezone: string },
  shipmentId: string,
  input: EstimateInput,
  now = new Date(),
): Promise<InboxActionResult | null> {
  const shipment = await db.shipment.findFirst({
    where: { id: shipmentId, shopId: shop.id },
    select: {
      status: true,
      name: true,
      trackingNumbers: true,
      shippedAt: true,
      lastEventAt: true,
      estimatedDeliveryAt: true,
      stalledSince: true,
      order: { select: { name: true } },
    },
  });
  if (!shipment) return null;
  const refuse = (errors: InboxRefusal["errors"]): InboxRefusal => ({
    ok: false,
    intent: "estimate",
    shipmentId,
    errors,
  });
  if (shipment.status === "DELIVERED" || shipment.status === "CANCELLED") return refuse({ form: "finished" });
  const status = isShipmentStatus(shipment.status) ? shipment.status : "PENDING";
  const zone = safeZone(shop.timezone);
  const dates = parseDates(input, localDay(now, zone));
  if ("errors" in dates) return refuse(dates.errors);

  const earliestAt = estimateInstant(dates.earliest, zone);
  const latestAt =
    dates.latest && dates.latest !== dates.earliest ? estimateInstant(dates.latest, zone) : null;
  const rules = await sendingRules(db, shop.id);
  const planned = rules ? plannedDeliveries(rules.NEW_ESTIMATE) : [];
  const lastActivityAt =
    shipment.lastEventAt && shipment.lastEventAt > shipment.shippedAt
      ? shipment.lastEventAt
      : shipment.shippedAt;
  const messages = adminMessages(adminLocale(typeof input.locale === "string" ? input.locale : null));
  const shown =
    dates.latest && dates.latest !== dates.earliest ? `${dates.earliest} – ${dates.latest}` : dates.earliest;

  try {
    const notSent = await db.$transaction(async (tx) => {
      const written = await recordMilestone(
        tx,
        {
          shopId: shop.id,
          shipmentId,
          milestone: "NEW_ESTIMATE",
          at: now,
          // What the dispatcher compares with the shipment's estimate before sending (staleness.ts).
          occurrence: earliestAt.toISOString().slice(0, 10),
          context: { previousEstimate: shipment.estimatedDeliveryAt?.toISOString() ?? null, reason: null },
        },
        now,
        new Map([[shop.id, rules]]),
      );
      const reason: NotSentReason | null = !rules
        ? "notSending"
        : !planned.length
          ? "ruleOff"
          : written === 0
            ? "alreadyAnnounced"
            : null;
      // Otherwise the shopper was told this date: now, or when it was announced before.
      const untold = reason === "ruleOff" || reason === "notSending" ? reason : null;
      const note = translate(messages, `exceptions.autoNote.${untold ?? "notified"}`, { date: shown });
      const updated = await tx.shipment.updateMany({
        // Only while it is as read: a parcel delivered meanwhile keeps its state and gets no message.
        where: { id: shipmentId, shopId: shop.id, status: shipment.status },
        data: {
          estimatedDeliveryAt: earliestAt,
          estimatedDeliveryLatestAt: latestAt,
          merchantEstimateAt: now,
          lateSince: null,
          checkAt: nextCheckAt({
            status,
            hasTracking: shipment.trackingNumbers !== "[]",
            estimatedDeliveryAt: earliestAt,
            lateSince: null,
            stalledSince: shipment.stalledSince,
            lastActivityAt,
          }),
          ...handlingData(note, untold ? "HANDLED" : "NOTIFIED", now),
        },
      });
      if (updated.count !== 1) throw new Changed();
      return reason;
    });
    return {
      ok: true,
      intent: "estimate",
      shipmentId,
      orderName: shipment.order?.name ?? shipment.name,
      channels: notSent ? [] : planned.map((p) => p.channel),
      notSent,
    };
  } catch (error) {
    if (error instanceof Changed) return refuse({ form: "changed" });
    throw error;
  }
}

/** The shop's rules, or null when the app is not sending for it (uninstalled), as recordMilestone reads them. */
async function sendingRules(db: Db, shopId: string): Promise<NotificationRules | null> {
  const shop = await db.shop.findUnique({ where: { id: shopId }, select: { uninstalledAt: true } });
  if (!shop || shop.uninstalledAt) return null;
  return (await loadNotificationSettings(db, shopId)).rules;
}

type ParsedDates = { earliest: string; latest: string | null } | { errors: InboxRefusal["errors"] };

const blank = (value: unknown) => typeof value !== "string" || value.trim() === "";

/** The days as typed, checked against the shop's today: field by field, so each shows its own error. */
function parseDates(input: EstimateInput, today: string): ParsedDates {
  const last = addDays(today, MAX_ESTIMATE_DAYS);
  const errors: InboxRefusal["errors"] = {};
  const earliest = calendarDay(input.earliest);
  if (blank(input.earliest)) errors.earliest = "dateRequired";
  else if (!earliest) errors.earliest = "dateInvalid";
  else if (earliest < today) errors.earliest = "datePast";
  else if (earliest > last) errors.earliest = "dateTooFar";
  const latest = blank(input.latest) ? null : calendarDay(input.latest);
  if (!blank(input.latest)) {
    if (!latest) errors.latest = "dateInvalid";
    else if (earliest && latest < earliest) errors.latest = "latestBeforeEarliest";
    else if (latest > last) errors.latest = "dateTooFar";
  }
  if (Object.keys(errors).length || !earliest) return { errors };
  return { earliest, latest };
}
