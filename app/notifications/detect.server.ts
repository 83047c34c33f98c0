import type { Db } from "../db.server";
import type { ShipmentStatus } from "../shipments/status";
import { lateAfter, stalledAfter } from "./check-at";
import { recordMilestone } from "./record.server";
import type { NotificationRules } from "./rules";

export interface DetectionResult {
  checked: number;
  delayed: number;
  stalled: number;
}

const DEFAULT_STALL_DAYS = 3;

/**
 * One pass of delay and stall detection. Reads only shipments whose `checkAt` has come (an indexed
 * column, see check-at.ts), so its cost follows the shipments that are due, not all shipments:
 * - late: the end of the estimated delivery day (shop's time zone) passed without delivery → DELAYED;
 * - stalled: no tracking update for the shop's stall period → STALLED.
 * Each batch's flags, milestones (outbox rows) and next check times commit together; a shipment that is
 * not yet due by the shop's own settings is simply rescheduled to the exact time.
 */
export async function detectLateAndStalled(
  db: Db,
  now = new Date(),
  options: { batchSize?: number; maxBatches?: number } = {},
): Promise<DetectionResult> {
  const result: DetectionResult = { checked: 0, delayed: 0, stalled: 0 };
  const batchSize = options.batchSize ?? 500;
  for (let batch = 0; batch < (options.maxBatches ?? 20); batch++) {
    const due = await db.shipment.findMany({
      where: { checkAt: { lte: now } },
      orderBy: { checkAt: "asc" },
      take: batchSize,
      select: {
        id: true,
        shopId: true,
        status: true,
        shippedAt: true,
        lastEventAt: true,
        estimatedDeliveryAt: true,
        lateSince: true,
        stalledSince: true,
        checkAt: true,
      },
    });
    if (!due.length) break;
    const shops = await db.shop.findMany({
      where: { id: { in: [...new Set(due.map((s) => s.shopId))] } },
      select: {
        id: true,
        timezone: true,
        uninstalledAt: true,
        notificationSettings: { select: { stallDays: true } },
      },
    });
    const shopById = new Map(shops.map((s) => [s.id, s]));

    await db.$transaction(async (tx) => {
      const rulesCache = new Map<string, NotificationRules | null>();
      for (const shipment of due) {
        const shop = shopById.get(shipment.shopId);
        if (!shop || shop.uninstalledAt) {
          await tx.shipment.updateMany({
            where: { id: shipment.id, checkAt: shipment.checkAt },
            data: { checkAt: null },
          });
          continue;
        }
        const status = shipment.status as ShipmentStatus;
        const lastActivityAt =
          shipment.lastEventAt && shipment.lastEventAt > shipment.shippedAt
            ? shipment.lastEventAt
            : shipment.shippedAt;
        const lateAt = shipment.estimatedDeliveryAt && lateAfter(shipment.estimatedDeliveryAt, shop.timezone);
        const stallAt = stalledAfter(
          lastActivityAt,
          shop.notificationSettings?.stallDays ?? DEFAULT_STALL_DAYS,
        );
        let { lateSince, stalledSince } = shipment;

        if (lateAt && !lateSince && now >= lateAt && status !== "DELIVERED" && status !== "CANCELLED") {
          lateSince = now;
          result.delayed++;
          await recordMilestone(
            tx,
            { shopId: shop.id, shipmentId: shipment.id, milestone: "DELAYED", at: lateAt },
            now,
            rulesCache,
          );
        }
        if (!stalledSince && now >= stallAt && status !== "DELIVERED" && status !== "CANCELLED") {
          stalledSince = now;
          result.stalled++;
          await recordMilestone(
            tx,
            { shopId: shop.id, shipmentId: shipment.id, milestone: "STALLED", at: stallAt },
            now,
            rulesCache,
          );
        }
        const next = [lateSince ? null : lateAt, stalledSince ? null : stallAt]
          .filter((d): d is Date => !!d)
          .reduce<Date | null>((min, d) => (min && min <= d ? min : d), null);
        // Conditional on the checkAt we read: a webhook that rescheduled the shipment meanwhile wins.
        await tx.shipment.updateMany({
          where: { id: shipment.id, checkAt: shipment.checkAt },
          data: { lateSince, stalledSince, checkAt: next && next > now ? next : null },
        });
      }
    });
    result.checked += due.length;
    if (due.length < batchSize) break;
  }
  return result;
}
