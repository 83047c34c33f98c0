import { describe, expect, it } from "vitest";
import { buildLaneStats, type HistoryGroup, type LaneStatRecord } from "~/estimates/build";
import {
  addDeliveryDays,
  dayIso,
  deliveryDaysAfter,
  localDayNumber,
  MON_TO_FRI,
  noonOf,
  SATURDAY,
  weekdayOf,
} from "~/estimates/calendar";
import { normalizeCarrier } from "~/estimates/carrier-name";
import { learnEstimate } from "~/estimates/estimate";
import { centralRange, quantile, refine } from "~/estimates/histogram";
import { transitChain, zoneOf } from "~/estimates/lanes";

const DAY = 86_400_000;
/** Monday 2026-11-02 and the days after it, as day numbers. */
const MONDAY = Math.floor(Date.parse("2026-11-02T00:00:00Z") / DAY);
const at = (day: number, hour = 10) => new Date(day * DAY + hour * 3_600_000);

/** `n` deliveries shipped on `weekday` (0 = Sunday), each taking `days` calendar days. */
function transitGroup(
  carrier: string,
  country: string,
  weekday: number,
  days: number,
  n: number,
): HistoryGroup {
  return { kind: "transit", carrier, country, weekday, days, n };
}

/** `count` deliveries shipped on each weekday Monday–Friday, taking `days` delivery days (Mon–Fri). */
function transit(carrier: string, country: string, days: number, count: number): HistoryGroup[] {
  return [0, 1, 2, 3, 4].map((offset) => {
    const ship = MONDAY + offset;
    return transitGroup(
      carrier,
      country,
      weekdayOf(ship),
      addDeliveryDays(ship, days, MON_TO_FRI) - ship,
      count,
    );
  });
}

function scans(carrier: string, days: number | null, count: number): HistoryGroup[] {
  return [0, 1, 2, 3, 4].map((offset) => ({
    kind: "scan" as const,
    carrier,
    weekday: weekdayOf(MONDAY + offset),
    days,
    n: count,
  }));
}

const stats = (groups: HistoryGroup[], origin: string | null = "DE") =>
  new Map(buildLaneStats(groups, origin).map((r): [string, LaneStatRecord] => [r.key, r]));

const shipment = (overrides: Partial<Parameters<typeof learnEstimate>[1]> = {}) => ({
  carrier: "DHL Express",
  destination: "FR",
  origin: "DE",
  shippedAt: at(MONDAY),
  timeZone: "UTC",
  firstScanAt: null,
  ...overrides,
});

describe("delivery days", () => {
  it("count only the carrier's delivery days, and adding them back lands on the delivery day", () => {
    // Friday + 3 calendar days = Monday: one delivery day Monday–Friday, two with Saturday
    const friday = MONDAY + 4;
    expect(deliveryDaysAfter(weekdayOf(friday), 3, MON_TO_FRI)).toBe(1);
    expect(deliveryDaysAfter(weekdayOf(friday), 3, MON_TO_FRI | SATURDAY)).toBe(2);
    for (let n = 0; n < 15; n++) {
      const day = addDeliveryDays(friday, n, MON_TO_FRI);
      expect([0, 6]).not.toContain(weekdayOf(day));
      expect(deliveryDaysAfter(weekdayOf(friday), day - friday, MON_TO_FRI)).toBe(n);
    }
    expect(dayIso(addDeliveryDays(friday, 1, MON_TO_FRI))).toBe("2026-11-09");
  });

  it("store a day as noon in the shop's zone", () => {
    const noon = noonOf(MONDAY, "America/New_York");
    expect(noon.toISOString()).toBe("2026-11-02T17:00:00.000Z");
    expect(localDayNumber(noon, "America/New_York")).toBe(MONDAY);
  });
});

describe("carrier names", () => {
  it("are one lane however the merchant typed them", () => {
    const names = ["DHL Express", "dhl express", " DHL  express ", "DHL-Express"].map(normalizeCarrier);
    expect(new Set(names)).toEqual(new Set(["dhl express"]));
    expect(normalizeCarrier("United States Postal Service")).toBe("usps");
    expect(normalizeCarrier("DHL Paket")).not.toBe(normalizeCarrier("DHL Express"));
    expect(normalizeCarrier(null)).toBe("");
  });
});

describe("quantiles", () => {
  it("read the first day by which a share has arrived", () => {
    const p = [0, 2, 6, 2]; // 20% in 1 day, 60% in 2, 20% in 3
    expect(quantile(p, 0.1)).toBe(1);
    expect(quantile(p, 0.2)).toBe(1);
    expect(quantile(p, 0.5)).toBe(2);
    expect(quantile(p, 0.9)).toBe(3);
  });

  it("make a range that holds at least the coverage and ends on the p90 day", () => {
    const p = [0, 40, 40, 15, 5];
    const range = centralRange(p, 0.8);
    expect(range).toMatchObject({ lower: 1, upper: 3, median: 2 });
    expect(range.covered).toBeCloseTo(0.95);
    // A long tail: it ends on the p90 day (4), and starts as late as the remaining 10% allow
    const tail = centralRange([0, 10, 50, 20, 10, 5, 5], 0.8);
    expect(tail.upper).toBe(4);
    expect(tail.lower).toBe(2);
    expect(tail.covered).toBeGreaterThanOrEqual(0.8);
  });

  it("refine a prior with counts in proportion to how many there are", () => {
    const prior = [0, 0, 1];
    expect(refine([0, 3], prior, 10)).toEqual([0, 3 / 13, 10 / 13]);
    expect(refine([0, 300], prior, 10)![1]).toBeGreaterThan(0.96);
    expect(refine([], null, 10)).toBeNull();
  });
});

describe("lanes and their fallbacks", () => {
  it("go from the shop's whole history down to the lane and the weekday shipped", () => {
    expect(transitChain({ carrier: "dhl express", origin: "DE", destination: "FR", weekday: 1 })).toEqual([
      "all",
      "scope:international",
      "zone:EU",
      "carrier-zone:dhl express|EU",
      "lane:dhl express|DE|FR",
      "lane-day:dhl express|DE|FR|1",
    ]);
    // Domestic parcels have no zone level; an unknown carrier stops at the zone
    expect(transitChain({ carrier: "dpd", origin: "DE", destination: "de" })).toEqual([
      "all",
      "scope:domestic",
      "lane:dpd|DE|DE",
    ]);
    expect(transitChain({ carrier: "", origin: "DE", destination: "CH" })).toEqual([
      "all",
      "scope:international",
      "zone:EUROPE",
    ]);
    expect(zoneOf(null, "AT")).toBe("EU");
  });

  it("learn a carrier's Saturdays from its deliveries", () => {
    const saturdays = transitGroup("DHL Paket", "DE", 5, 1, 10);
    const learned = stats([...transit("DHL Paket", "DE", 1, 10), saturdays, ...transit("DPD", "DE", 1, 10)]);
    expect(learned.get("carrier:dhl paket")?.weekdays).toBe(MON_TO_FRI | SATURDAY);
    expect(learned.get("carrier:dpd")?.weekdays).toBe(MON_TO_FRI);
  });

  it("give a rich lane its own distribution", () => {
    // Given 100 DHL Express parcels to France in 2 days, and 500 other EU parcels in 6
    const learned = stats([...transit("DHL Express", "FR", 2, 20), ...transit("DHL Paket", "IT", 6, 100)]);
    const estimate = learnEstimate(learned, shipment());
    expect(estimate).toMatchObject({ basis: "lane-day:dhl express|DE|FR|1" });
    expect(estimate!.likelyDay - MONDAY).toBe(2);
    expect(estimate!.latestDay - MONDAY).toBe(2);
    expect(estimate!.confidence).toBeGreaterThan(0.8);
  });

  it("fall back on the wider groups when a lane is thin, and say so with a lower confidence", () => {
    // Given two DHL Express parcels to Austria in 9 days, and many EU parcels in 3
    const thin = transitGroup("DHL Express", "AT", 2, 9, 2);
    const learned = stats([
      ...transit("DHL Express", "FR", 3, 20),
      ...transit("DHL Paket", "IT", 3, 20),
      thin,
    ]);
    const rich = learnEstimate(learned, shipment())!;
    const estimate = learnEstimate(learned, shipment({ destination: "AT" }))!;

    // Then the Austrian estimate is the EU's 3 days, barely moved by two parcels, and less sure
    expect(estimate.basis).toBe("lane:dhl express|DE|AT");
    expect(estimate.support).toBe(12);
    expect(estimate.likelyDay - MONDAY).toBe(3);
    expect(estimate.confidence).toBeLessThan(rich.confidence);
    // A destination the shop never shipped to: its zone, then the shop
    expect(learnEstimate(learned, shipment({ destination: "PT" }))!.basis).toBe(
      "carrier-zone:dhl express|EU",
    );
    expect(learnEstimate(learned, shipment({ destination: "JP", carrier: "Yamato" }))!.basis).toBe(
      "scope:international",
    );
  });

  it("give nothing when the shop has too little history, or none in the parcel's scope", () => {
    expect(learnEstimate(stats(transit("DHL Express", "FR", 2, 3)), shipment())).toBeNull();
    expect(learnEstimate(stats([]), shipment())).toBeNull();
    // Only parcels within Germany: nothing to say about one to France, everything about one at home
    const domestic = stats(transit("DHL Paket", "DE", 1, 20));
    expect(learnEstimate(domestic, shipment())).toBeNull();
    expect(learnEstimate(domestic, shipment({ destination: "DE" }))).toMatchObject({
      basis: "scope:domestic",
    });
  });
});

/** A carrier whose parcels took 4 days, 80% scanned the day they shipped, 20% the day after. */
const learned = () =>
  stats([
    ...transit("DHL Express", "FR", 4, 10),
    ...scans("DHL Express", 0, 8),
    ...scans("DHL Express", 1, 2),
  ]);

describe("the first-scan deadline", () => {
  it("is the day by which nine in ten of the carrier's parcels had a first scan", () => {
    const estimate = learnEstimate(learned(), shipment())!;
    // 80% scanned on the day they shipped, 20% the next: p90 is the next delivery day
    expect(estimate.scanDueDay).toBe(MONDAY + 1);
    expect(estimate.scanDueAt?.toISOString()).toBe("2026-11-03T12:00:00.000Z");
  });

  it("does not exist when too many parcels never had a scan, or too few were seen", () => {
    const sparse = stats([
      ...transit("DHL Express", "FR", 4, 10),
      ...scans("DHL Express", 0, 8),
      ...scans("DHL Express", null, 2),
    ]);
    expect(learnEstimate(sparse, shipment())!.scanDueDay).toBeNull();
    const few = stats([...transit("DHL Express", "FR", 4, 10), ...scans("DHL Express", 0, 5)]);
    expect(learnEstimate(few, shipment())!.scanDueDay).toBeNull();
  });

  it("moves the range when the first scan comes after it, and not when it comes on time", () => {
    const before = learnEstimate(learned(), shipment())!;
    const onTime = learnEstimate(learned(), shipment({ firstScanAt: at(MONDAY + 1, 18) }))!;
    expect(onTime).toMatchObject({ rebased: false, earliestDay: before.earliestDay, scanDueDay: null });
    // Scanned on Thursday, three delivery days late against a usual same-day scan
    const late = learnEstimate(learned(), shipment({ firstScanAt: at(MONDAY + 3, 18) }))!;
    expect(late.rebased).toBe(true);
    expect(late.latestDay - before.latestDay).toBeGreaterThanOrEqual(3);
  });
});
