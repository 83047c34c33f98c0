import type { Db } from "../db.server";
import { logger } from "../logger.server";
import { refreshShipmentStatus } from "../shipments/refresh-status.server";
import { deliveredHistory } from "./aggregate.server";
import { buildLaneStats } from "./build";
import { knownZone, utcOffsetMinutes } from "./calendar";
import { toRow } from "./stat-rows.server";

/** Deliveries of this many past days make the statistics: long enough for thin lanes, recent enough. */
export const LEARN_WINDOW_DAYS = 180;
/** Parcels shipped this recently with no estimate get one when the statistics are rebuilt. */
const ESTIMATE_BACK_DAYS = 30;
/** At most this many of them per run; the rest get theirs from their next tracking update. */
const ESTIMATE_BATCH = 2000;
const WRITE_CHUNK = 500;
const DAY_MS = 86_400_000;

/** Parcels that should be moving (app/notifications/check-at.ts, WATCHED). */
const MOVING = ["PENDING", "IN_TRANSIT", "DELAYED", "OUT_FOR_DELIVERY", "ATTEMPTED_DELIVERY"];

export interface LearnResult {
  deliveries: number;
  rows: number;
  estimated: number;
}

/**
 * The learn-lanes job: rebuilds one shop's lane statistics from its deliveries of the last
 * LEARN_WINDOW_DAYS (one aggregate query, then one replace of its LaneStat rows in a transaction), then
 * gives a learned estimate to its recent parcels that have none (shipped before there were statistics,
 * e.g. by the backfill after install). Safe to run twice. Null for a shop that is gone or uninstalled.
 */
export async function learnLanes(db: Db, shopDomain: string, now = new Date()): Promise<LearnResult | null> {
  const shop = await db.shop.findUnique({
    where: { domain: shopDomain },
    select: { id: true, timezone: true, countryCode: true, uninstalledAt: true },
  });
  if (!shop || shop.uninstalledAt) return null;
  const zone = knownZone(shop.timezone);
  const since = new Date(now.getTime() - LEARN_WINDOW_DAYS * DAY_MS);
  const history = await deliveredHistory(db, shop.id, since, utcOffsetMinutes(now, zone));
  const records = buildLaneStats(history, shop.countryCode);
  await db.$transaction(async (tx) => {
    await tx.laneStat.deleteMany({ where: { shopId: shop.id } });
    for (let i = 0; i < records.length; i += WRITE_CHUNK) {
      await tx.laneStat.createMany({
        data: records.slice(i, i + WRITE_CHUNK).map((r) => toRow(shop.id, r, now)),
      });
    }
  });

  const waiting = await db.shipment.findMany({
    where: {
      shopId: shop.id,
      status: { in: MOVING },
      estimateSource: null,
      shippedAt: { gte: new Date(now.getTime() - ESTIMATE_BACK_DAYS * DAY_MS) },
    },
    select: { id: true },
    take: ESTIMATE_BATCH,
  });
  for (const { id } of waiting) {
    await db.$transaction((tx) => refreshShipmentStatus(tx, id));
  }
  // One count for the batch, rather than a read of each parcel after its refresh.
  const estimated = waiting.length
    ? await db.shipment.count({
        where: { id: { in: waiting.map((s) => s.id) }, estimateSource: { not: null } },
      })
    : 0;
  const deliveries = records.find((r) => r.key === "all")?.n ?? 0;
  logger.info("Lane statistics rebuilt", { shop: shopDomain, deliveries, rows: records.length, estimated });
  return { deliveries, rows: records.length, estimated };
}
