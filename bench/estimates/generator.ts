import {
  addDeliveryDays,
  isDeliveryDay,
  localDayNumber,
  localTime,
  MON_TO_FRI,
  weekdayOf,
  type DayNumber,
} from "~/estimates/calendar";
import type { CarrierProfile, LaneProfile, ShopProfile } from "./profiles";
import { Random } from "./random";

/**
 * A synthetic but realistic delivered history for one shop, day by day:
 *
 * - Volume: Poisson around the shop's daily figure, busier on Mondays, light at weekends (×0.4 on
 *   Saturday, ×0.2 on Sunday), ×1.6 from late November to Christmas.
 * - Pickup: fulfillments created before 15:00 on a weekday are picked up that day 85% of the time, else
 *   on the next weekday; 5% wait 1–3 more weekdays at the merchant (label printed, parcel not handed over).
 *   No pickups on Sundays, Saturdays or the shop's holidays.
 * - First scan: the evening of the pickup, except for the carrier's share of parcels with no scan.
 * - Transit: lognormal in the carrier's delivery days from pickup, per lane (profiles.ts), each lane's
 *   median moved by a fixed random factor (lanes differ beyond their zone); at least one day; counted
 *   on the carrier's own delivery weekdays, skipping holidays.
 * - Peak season (pickups 24 November – 23 December): medians ×1.3, spread +0.1.
 * - Carrier incidents: three random weeks a year per carrier (strike, storm, hub outage) add two days.
 * - Stalled parcels (1.5%) take 5–15 days more; lost parcels (0.4%) are never delivered.
 * - Spelling: 85% of a carrier's parcels carry its usual name, the rest its other spellings.
 */
export interface SimShipment {
  id: number;
  shop: string;
  /** As Shopify would carry it (tracking_company). */
  carrier: string;
  /** The carrier's usual name: the lane as the generator knows it. */
  carrierName: string;
  destination: string;
  shippedAt: Date;
  firstScanAt: Date | null;
  deliveredAt: Date | null;
  /** Local days (shop's zone), for scoring. */
  shipDay: DayNumber;
  deliveryDay: DayNumber | null;
  naiveDays: number;
}

const DAY_MS = 86_400_000;
const DOW_FACTOR = [0.2, 1.3, 1.1, 1.1, 1.1, 1, 0.4];

export function generateHistory(
  shop: ShopProfile,
  options: { seed: number; from: string; days: number; volume?: number },
): SimShipment[] {
  const random = new Random(options.seed);
  const startDay = Math.floor(Date.parse(`${options.from}T00:00:00Z`) / DAY_MS);
  const holidays = new Set(shop.holidays);
  const isHoliday = (day: DayNumber) => holidays.has(new Date(day * DAY_MS).toISOString().slice(5, 10));
  const carriers = new Map(shop.carriers.map((c) => [c.name, c]));
  const laneFactor = new Map(shop.lanes.map((l) => [l, Math.exp(0.1 * random.normal())]));
  const incidents = new Map(
    shop.carriers.map((c) => [c.name, [0, 1, 2].map(() => startDay + random.int(0, options.days - 7))]),
  );
  const volume = options.volume ?? 1;
  const out: SimShipment[] = [];

  for (let day = startDay; day < startDay + options.days; day++) {
    const peak = inPeak(day);
    const count = random.poisson(shop.perDay * volume * DOW_FACTOR[weekdayOf(day)] * (peak ? 1.6 : 1));
    for (let i = 0; i < count; i++) {
      const lane = random.pickWeighted(shop.lanes, (l) => l.weight);
      const carrier = carriers.get(lane.carrier)!;
      const createdHour = random.between(8, 19);
      const shippedAt = localTime(day, createdHour, shop.timeZone);
      const pickupDay = pickup(random, day, createdHour, isHoliday);
      const firstScanAt = random.chance(carrier.scanMissing)
        ? null
        : localTime(pickupDay, random.between(16, 21), shop.timeZone);
      const deliveryDay = transit(
        random,
        lane,
        carrier,
        pickupDay,
        laneFactor.get(lane)!,
        incidents,
        isHoliday,
      );
      const deliveredAt =
        deliveryDay === null ? null : localTime(deliveryDay, random.between(9, 19), shop.timeZone);
      out.push({
        id: out.length + 1,
        shop: shop.domain,
        carrier: random.chance(0.85)
          ? carrier.name
          : carrier.spellings[random.int(0, carrier.spellings.length - 1)],
        carrierName: carrier.name,
        destination: lane.destination,
        shippedAt,
        firstScanAt: firstScanAt && deliveredAt && firstScanAt > deliveredAt ? null : firstScanAt,
        deliveredAt,
        shipDay: localDayNumber(shippedAt, shop.timeZone),
        deliveryDay: deliveredAt ? localDayNumber(deliveredAt, shop.timeZone) : null,
        naiveDays: carrier.naiveDays,
      });
    }
  }
  return out;
}

function pickup(
  random: Random,
  day: DayNumber,
  hour: number,
  isHoliday: (d: DayNumber) => boolean,
): DayNumber {
  const open = (d: DayNumber) => isDeliveryDay(d, MON_TO_FRI) && !isHoliday(d);
  let at = day;
  if (!open(at) || hour >= 15 || !random.chance(0.85)) at = nextOpen(at, open);
  if (random.chance(0.05)) for (let k = random.int(1, 3); k > 0; k--) at = nextOpen(at, open);
  return at;
}

function nextOpen(day: DayNumber, open: (d: DayNumber) => boolean): DayNumber {
  let d = day + 1;
  while (!open(d)) d++;
  return d;
}

function transit(
  random: Random,
  lane: LaneProfile,
  carrier: CarrierProfile,
  pickupDay: DayNumber,
  factor: number,
  incidents: Map<string, number[]>,
  isHoliday: (d: DayNumber) => boolean,
): DayNumber | null {
  if (random.chance(0.004)) return null;
  const peak = inPeak(pickupDay);
  const median = lane.median * factor * (peak ? 1.3 : 1);
  let days = Math.max(1, Math.round(random.lognormal(median, lane.sigma + (peak ? 0.1 : 0))));
  if (incidents.get(carrier.name)!.some((start) => pickupDay >= start && pickupDay < start + 7)) days += 2;
  if (random.chance(0.015)) days += random.int(5, 15);
  // Delivery days of the carrier, holidays skipped.
  let day = pickupDay;
  for (let left = days; left > 0;) {
    day = addDeliveryDays(day, 1, carrier.deliveryWeekdays);
    if (!isHoliday(day)) left--;
  }
  return day;
}

/** 24 November – 23 December. */
function inPeak(day: DayNumber): boolean {
  const md = new Date(day * DAY_MS).toISOString().slice(5, 10);
  return md >= "11-24" && md <= "12-23";
}
