import { enqueue } from "../jobs/queue.server";
import type { Tx } from "../types.server";
import { knownZone, localDayNumber, weekdayOf } from "./calendar";
import { normalizeCarrier } from "./carrier-name";
import { learnEstimate, type LearnedEstimate } from "./estimate";
import { ALL, statKeys } from "./lanes";
import { countryCode } from "./regions";
import { fromRow } from "./stat-rows.server";

/** Statistics older than this are rebuilt when a parcel next needs them (the learn-lanes job). */
export const STATS_MAX_AGE_MS = 24 * 3_600_000;

export interface LaneFactsOfShipment {
  shopId: string;
  carrier: string | null;
  destinationCountry: string | null;
  shippedAt: Date;
  firstScanAt: Date | null;
}

/** What a learned estimate is kept for: the same normalized carrier and destination. */
export function laneBasis(carrier: string | null, destination: string | null): string {
  return `${normalizeCarrier(carrier)}|${countryCode(destination) ?? ""}`;
}

/**
 * The learned estimate for one shipment from its shop's lane statistics (two indexed reads: the shop,
 * and the handful of LaneStat rows its lane falls back on). When the statistics are missing or stale —
 * a day old, or older than the shop's backfill — the learn-lanes job is queued in the caller's
 * transaction (one per shop while it waits); this parcel gets what is there now.
 */
export async function learnedEstimateFor(
  tx: Tx,
  shipment: LaneFactsOfShipment,
  now = new Date(),
): Promise<LearnedEstimate | null> {
  const shop = await tx.shop.findUnique({
    where: { id: shipment.shopId },
    select: { domain: true, timezone: true, countryCode: true, backfilledAt: true, uninstalledAt: true },
  });
  if (!shop || shop.uninstalledAt) return null;
  const timeZone = knownZone(shop.timezone);
  const input = {
    carrier: shipment.carrier,
    destination: shipment.destinationCountry,
    origin: shop.countryCode,
    shippedAt: shipment.shippedAt,
    timeZone,
    firstScanAt: shipment.firstScanAt,
  };
  const keys = statKeys({
    carrier: normalizeCarrier(input.carrier),
    origin: countryCode(input.origin),
    destination: countryCode(input.destination),
    weekday: weekdayOf(localDayNumber(input.shippedAt, timeZone)),
  });
  const rows = await tx.laneStat.findMany({
    where: { shopId: shipment.shopId, key: { in: keys } },
    select: {
      key: true,
      n: true,
      transit: true,
      scan: true,
      unscanned: true,
      weekdays: true,
      p10: true,
      p50: true,
      p90: true,
      scanP90: true,
      computedAt: true,
    },
  });
  const all = rows.find((r) => r.key === ALL);
  const stale =
    !all ||
    now.getTime() - all.computedAt.getTime() > STATS_MAX_AGE_MS ||
    (shop.backfilledAt !== null && shop.backfilledAt > all.computedAt);
  if (stale) {
    await enqueue(tx, "learn-lanes", { shop: shop.domain }, { uniqueKey: `learn-lanes:${shop.domain}` });
  }
  return learnEstimate(new Map(rows.map((r) => [r.key, fromRow(r)])), input);
}
