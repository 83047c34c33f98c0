import type { Db } from "../db.server";
import type { ShipmentStatus } from "../shipments/status";
import type { Tx } from "../types.server";
import { isLearned, isWatched, lateAfter, lateReference, stalledAfter } from "./check-at";
import { recordMilestones, type MilestoneInput } from "./record.server";
import { parseRules, type NotificationRules } from "./rules";

export interface DetectionResult {
  checked: number;
  delayed: number;
  stalled: number;
  /** The pass stopped at its size limit with shipments still due: run another straight away. */
  more: boolean;
}

/**
 * A pass handles at most batchSize × maxBatches due shipments (about a second on SQLite), so a backlog —
 * after downtime, or a shop's shorter stall period — is worked off in short passes that leave the
 * worker's other loops (webhooks, sending) their turn, instead of one long one.
 */
export const DETECTION_PASS = { batchSize: 500, maxBatches: 4 } as const;

const DEFAULT_STALL_DAYS = 3;
const HOUR_MS = 3_600_000;
/** Rows per conditional UPDATE of shipments that get the same values (two parameters each). */
const UPDATE_CHUNK = 200;

interface DetectionShop {
  id: string;
  timezone: string;
  uninstalledAt: Date | null;
  stallDays: number;
  /** What the shop sends; null when it is not sending (uninstalled). */
  rules: NotificationRules | null;
}

/** The new state of one shipment, written only where its checkAt is still the one this pass read. */
interface ShipmentUpdate {
  id: string;
  seenCheckAt: Date | null;
  data: { checkAt: Date | null; lateSince?: Date | null; stalledSince?: Date | null };
}

/**
 * One pass of delay and stall detection. Reads only shipments whose `checkAt` has come (an indexed
 * column, see check-at.ts), so its cost follows the shipments that are due, not all shipments:
 * - late: the end of the estimated delivery day (shop's time zone) passed without delivery → DELAYED; for
 *   a learned range, the end of its last day, or before it the end of its first-scan deadline with no
 *   scan yet (Shipment.scanDueAt, cleared by the first scan): the lane's parcels were nine in ten
 *   scanned by then, so the shopper hears of the delay days before the range runs out;
 * - stalled: no tracking update for the shop's stall period → STALLED.
 * Each batch's flags, milestones (outbox rows) and next check times commit together; a shipment that is
 * not yet due by the shop's own settings is simply rescheduled to the exact time. A batch costs a few
 * queries plus one UPDATE per distinct new state, not several queries per shipment.
 */
export async function detectLateAndStalled(
  db: Db,
  now = new Date(),
  options: { batchSize?: number; maxBatches?: number } = {},
): Promise<DetectionResult> {
  const result: DetectionResult = { checked: 0, delayed: 0, stalled: 0, more: false };
  const batchSize = options.batchSize ?? DETECTION_PASS.batchSize;
  const maxBatches = options.maxBatches ?? DETECTION_PASS.maxBatches;
  const shops = new Map<string, DetectionShop>();
  for (let batch = 0; batch < maxBatches; batch++) {
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
        estimatedDeliveryLatestAt: true,
        estimateSource: true,
        merchantEstimateAt: true,
        scanDueAt: true,
        lateSince: true,
        stalledSince: true,
        checkAt: true,
      },
    });
    if (!due.length) break;
    await loadShops(db, shops, due);

    const updates: ShipmentUpdate[] = [];
    const milestones: MilestoneInput[] = [];
    for (const shipment of due) {
      const shop = shops.get(shipment.shopId);
      if (!shop || shop.uninstalledAt) {
        updates.push({ id: shipment.id, seenCheckAt: shipment.checkAt, data: { checkAt: null } });
        continue;
      }
      const status = shipment.status as ShipmentStatus;
      const lastActivityAt =
        shipment.lastEventAt && shipment.lastEventAt > shipment.shippedAt
          ? shipment.lastEventAt
          : shipment.shippedAt;
      const judgedOn = lateReference(shipment);
      const scanDueAt = isLearned(shipment) ? shipment.scanDueAt : null;
      const lateAt = earliest(
        judgedOn && lateAfter(judgedOn, shop.timezone),
        scanDueAt && lateAfter(scanDueAt, shop.timezone),
      );
      const stallAt = stalledAfter(lastActivityAt, shop.stallDays);
      const open = isWatched(status);
      // Only what changes is written: shipments flagged in this pass share the same values.
      const data: ShipmentUpdate["data"] = { checkAt: null };

      if (lateAt && !shipment.lateSince && now >= lateAt && open) {
        data.lateSince = now;
        result.delayed++;
        milestones.push({ shopId: shop.id, shipmentId: shipment.id, milestone: "DELAYED", at: lateAt });
      }
      if (!shipment.stalledSince && now >= stallAt && open) {
        data.stalledSince = now;
        result.stalled++;
        milestones.push({ shopId: shop.id, shipmentId: shipment.id, milestone: "STALLED", at: stallAt });
      }
      const late = shipment.lateSince ?? data.lateSince;
      const stalled = shipment.stalledSince ?? data.stalledSince;
      const next = [late ? null : lateAt, stalled ? null : stallAt]
        .filter((d): d is Date => !!d)
        .reduce<Date | null>((min, d) => (min && min <= d ? min : d), null);
      data.checkAt = next && next > now ? roundUpToHour(next) : null;
      updates.push({ id: shipment.id, seenCheckAt: shipment.checkAt, data });
    }

    await db.$transaction(async (tx) => {
      const rules = new Map([...shops.values()].map((s) => [s.id, s.rules]));
      await recordMilestones(tx, milestones, rules, now);
      await writeUpdates(tx, updates);
    });
    result.checked += due.length;
    if (due.length < batchSize) break;
    result.more = batch === maxBatches - 1;
  }
  return result;
}

function earliest(a: Date | null, b: Date | null): Date | null {
  return a && b ? (a <= b ? a : b) : (a ?? b);
}

/**
 * Next checks are rounded up to the hour: an hour's grace on a stall measured in days, and shipments due
 * in the same hour share one UPDATE instead of one each.
 */
function roundUpToHour(at: Date): Date {
  return new Date(Math.ceil(at.getTime() / HOUR_MS) * HOUR_MS);
}

/** Adds the shops of `due` not loaded yet in this pass (one query per batch at most). */
async function loadShops(db: Db, shops: Map<string, DetectionShop>, due: Array<{ shopId: string }>) {
  const missing = [...new Set(due.map((s) => s.shopId))].filter((id) => !shops.has(id));
  if (!missing.length) return;
  const rows = await db.shop.findMany({
    where: { id: { in: missing } },
    select: {
      id: true,
      timezone: true,
      uninstalledAt: true,
      notificationSettings: { select: { stallDays: true, rules: true } },
    },
  });
  for (const shop of rows) {
    shops.set(shop.id, {
      id: shop.id,
      timezone: shop.timezone,
      uninstalledAt: shop.uninstalledAt,
      stallDays: shop.notificationSettings?.stallDays ?? DEFAULT_STALL_DAYS,
      rules: shop.uninstalledAt ? null : parseRules(shop.notificationSettings?.rules),
    });
  }
}

/** A value for grouping identical updates: a time, null, or "-" when the field is left alone. */
const time = (d: Date | null | undefined) => (d === undefined ? "-" : String(d?.getTime() ?? null));

/**
 * Conditional on the checkAt each shipment had when read: a webhook that rescheduled it meanwhile wins.
 * Shipments getting identical values (the same estimated day in the same time zone, a shop that was
 * uninstalled) share one UPDATE.
 */
async function writeUpdates(tx: Tx, updates: ShipmentUpdate[]): Promise<void> {
  const groups = new Map<string, ShipmentUpdate[]>();
  for (const update of updates) {
    const { checkAt, lateSince, stalledSince } = update.data;
    const key = `${time(checkAt)}|${time(lateSince)}|${time(stalledSince)}`;
    const group = groups.get(key);
    if (group) group.push(update);
    else groups.set(key, [update]);
  }
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i += UPDATE_CHUNK) {
      const chunk = group.slice(i, i + UPDATE_CHUNK);
      const where =
        chunk.length === 1
          ? { id: chunk[0].id, checkAt: chunk[0].seenCheckAt }
          : { OR: chunk.map((u) => ({ id: u.id, checkAt: u.seenCheckAt })) };
      await tx.shipment.updateMany({ where, data: chunk[0].data });
    }
  }
}
