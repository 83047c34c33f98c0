import type { Scored } from "./evaluate";

/** How one estimator did on delivered parcels. Days are calendar days in the shop's zone. */
export interface Score {
  n: number;
  /** Mean absolute error of the single most likely day, in days. */
  mae: number;
  /** Share delivered inside the range (first to last day, inclusive). */
  inRange: number;
  /** Mean range length in days (first to last day, inclusive). */
  width: number;
  /** Mean stated confidence (learned only). */
  confidence: number | null;
}

interface Range {
  earliestDay: number;
  latestDay: number;
  likelyDay: number;
  confidence?: number;
}

export function score(rows: Array<{ actual: number; range: Range }>): Score {
  const n = rows.length;
  if (!n) return { n: 0, mae: NaN, inRange: NaN, width: NaN, confidence: null };
  let abs = 0;
  let inside = 0;
  let width = 0;
  let confidence = 0;
  let withConfidence = 0;
  for (const { actual, range } of rows) {
    abs += Math.abs(actual - range.likelyDay);
    if (actual >= range.earliestDay && actual <= range.latestDay) inside++;
    width += range.latestDay - range.earliestDay + 1;
    if (range.confidence !== undefined) {
      confidence += range.confidence;
      withConfidence++;
    }
  }
  return {
    n,
    mae: abs / n,
    inRange: inside / n,
    width: width / n,
    confidence: withConfidence ? confidence / withConfidence : null,
  };
}

/** Learned and naive on the same parcels: delivered ones that got a learned estimate. */
export function compare(scored: Scored[]): { learned: Score; naive: Score; withoutEstimate: number } {
  const delivered = scored.filter((s) => s.shipment.deliveryDay !== null);
  const both = delivered.filter((s) => s.learned);
  return {
    learned: score(both.map((s) => ({ actual: s.shipment.deliveryDay!, range: s.learned! }))),
    naive: score(both.map((s) => ({ actual: s.shipment.deliveryDay!, range: s.naive }))),
    withoutEstimate: delivered.length - both.length,
  };
}

export interface LaneFigures {
  lane: string;
  learned: Score;
  naive: Score;
}

export function byLane(scored: Scored[]): LaneFigures[] {
  const lanes = new Map<string, Scored[]>();
  for (const s of scored) lanes.set(s.lane, [...(lanes.get(s.lane) ?? []), s]);
  return [...lanes.entries()]
    .map(([lane, rows]) => ({ lane, ...compare(rows) }))
    .sort((a, b) => b.learned.n - a.learned.n);
}

/** Stated confidence against the share that really arrived inside the range, by confidence band. */
export function calibration(
  scored: Scored[],
): Array<{ band: string; n: number; stated: number; observed: number }> {
  const bands = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
  const delivered = scored.filter((s) => s.learned && s.shipment.deliveryDay !== null);
  return bands.slice(0, -1).flatMap((low, i) => {
    const rows = delivered.filter(
      (s) => s.learned!.confidence >= low && s.learned!.confidence < bands[i + 1],
    );
    if (!rows.length) return [];
    const sc = score(rows.map((s) => ({ actual: s.shipment.deliveryDay!, range: s.learned! })));
    return [
      {
        band: `${low.toFixed(1)}–${Math.min(bands[i + 1], 1).toFixed(1)}`,
        n: sc.n,
        stated: sc.confidence!,
        observed: sc.inRange,
      },
    ];
  });
}

/**
 * Early lateness: a parcel with no first scan by its lane's deadline is flagged at the end of that day.
 * Late = never delivered, or delivered after the learned range's last day (when detection would flag it
 * anyway). Lead = days the early flag comes before that.
 */
export function lateness(scored: Scored[]) {
  const rows = scored.filter((s) => s.learned);
  const late = rows.filter(
    (s) => s.shipment.deliveryDay === null || s.shipment.deliveryDay > s.learned!.latestDay,
  );
  const flagged = rows.filter((s) => {
    const due = s.learned!.scanDueDay;
    if (due === null) return false;
    const { deliveryDay, firstScanAt } = s.shipment;
    const scannedInTime = firstScanAt !== null && s.rebased === null;
    return !scannedInTime && (deliveryDay === null || deliveryDay > due);
  });
  const lateSet = new Set(late);
  const hits = flagged.filter((s) => lateSet.has(s));
  const lead = hits.map((s) => s.learned!.latestDay - s.learned!.scanDueDay!);
  const rebased = scored.filter((s) => s.rebased && s.shipment.deliveryDay !== null);
  return {
    parcels: rows.length,
    late: late.length,
    flaggedEarly: flagged.length,
    precision: flagged.length ? hits.length / flagged.length : NaN,
    recall: late.length ? hits.length / late.length : NaN,
    falseAlarmRate: rows.length ? (flagged.length - hits.length) / rows.length : NaN,
    meanLeadDays: lead.length ? lead.reduce((a, b) => a + b, 0) / lead.length : NaN,
    rebased: rebased.length,
    rebasedInRange: score(rebased.map((s) => ({ actual: s.shipment.deliveryDay!, range: s.rebased! })))
      .inRange,
    originalInRange: score(rebased.map((s) => ({ actual: s.shipment.deliveryDay!, range: s.learned! })))
      .inRange,
  };
}
