import { describe, expect, it } from "vitest";
import { ESTIMATE_PARAMS, type EstimateParams } from "~/estimates/estimate";
import { DEFAULT_EVALUATION, evaluate } from "../../bench/estimates/evaluate";
import { compare } from "../../bench/estimates/metrics";

/**
 * The bar bench/estimates holds the learned estimates to, on the generator's held-out parcels (a lighter
 * history than `npm run bench:estimates`, statistics rebuilt weekly instead of daily, for speed):
 * clearly better than "carrier default days", ranges that hold what they say.
 */
function held(params: EstimateParams = ESTIMATE_PARAMS) {
  return compare(evaluate({ ...DEFAULT_EVALUATION, volume: 0.5, rebuildEveryDays: 7, params }));
}

function meetsBar({ learned, naive }: ReturnType<typeof held>): boolean {
  return learned.mae <= 0.85 * naive.mae && learned.inRange >= 0.8 && learned.inRange >= naive.inRange + 0.15;
}

describe("learned estimates on the synthetic history", () => {
  it(
    "beat carrier default days by a clear margin, and their ranges hold what they state",
    { timeout: 120_000 },
    () => {
      // Given a year of two shops' parcels, the first five months for training only
      // When every later parcel is estimated at the moment it ships
      const { learned, naive, withoutEstimate } = held();

      // Then the most likely day is off by clearly less than the carrier's default days
      expect(learned.n).toBeGreaterThan(8000);
      expect(withoutEstimate).toBe(0);
      expect(learned.mae).toBeLessThanOrEqual(0.85 * naive.mae);
      // And at least the nominal 80% arrive inside the range, far more than inside default days ±1
      expect(learned.inRange).toBeGreaterThanOrEqual(0.8);
      expect(learned.inRange).toBeLessThanOrEqual(0.92);
      expect(learned.inRange).toBeGreaterThanOrEqual(naive.inRange + 0.15);
      // And the stated confidence is what happens, within three points
      expect(Math.abs(learned.inRange - learned.confidence!)).toBeLessThanOrEqual(0.03);
    },
  );

  it(
    "is a bar a worse estimator misses: one that ignores lanes, one with too narrow ranges",
    { timeout: 120_000 },
    () => {
      const shopWide = held({ ...ESTIMATE_PARAMS, priorWeight: 1e9 });
      expect(meetsBar(shopWide)).toBe(false);
      expect(shopWide.learned.mae).toBeGreaterThan(0.85 * shopWide.naive.mae);

      const narrow = held({ ...ESTIMATE_PARAMS, coverage: 0.5 });
      expect(meetsBar(narrow)).toBe(false);
      expect(narrow.learned.inRange).toBeLessThan(0.8);
    },
  );
});
