import { weekdayOf } from "~/estimates/calendar";
import type { Scored } from "./evaluate";
import { byLane, calibration, compare, lateness, type Score } from "./metrics";

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "–");
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : "–");

export function scoreLine(label: string, s: Score): string {
  return [
    label.padEnd(34),
    String(s.n).padStart(7),
    f2(s.mae).padStart(7),
    pct(s.inRange).padStart(8),
    f2(s.width).padStart(7),
    (s.confidence === null ? "" : pct(s.confidence)).padStart(8),
  ].join(" ");
}

export const SCORE_HEADER = `${"".padEnd(34)} ${"n".padStart(7)} ${"MAE d".padStart(7)} ${"inside".padStart(8)} ${"width d".padStart(7)} ${"stated".padStart(8)}`;

/**
 * The best any estimator could do without the future's noise: per lane, weekday shipped and month,
 * the median of the test deliveries themselves (it knows the peak and every carrier incident).
 */
export function hindsightFloor(scored: Scored[]): number {
  const groups = new Map<string, number[]>();
  for (const s of scored) {
    const { deliveryDay, shipDay, shippedAt } = s.shipment;
    if (deliveryDay === null || !s.learned) continue;
    const key = `${s.lane}|${weekdayOf(shipDay)}|${shippedAt.toISOString().slice(0, 7)}`;
    groups.set(key, [...(groups.get(key) ?? []), deliveryDay - shipDay]);
  }
  let abs = 0;
  let n = 0;
  for (const days of groups.values()) {
    days.sort((a, b) => a - b);
    const median = days[Math.floor(days.length / 2)];
    for (const d of days) abs += Math.abs(d - median);
    n += days.length;
  }
  return abs / n;
}

export function printReport(scored: Scored[], frozen: Scored[] | null, minLane: number): void {
  const overall = compare(scored);
  console.log(
    `\n== Overall: ${overall.learned.n} delivered test parcels (${overall.withoutEstimate} without a learned estimate) ==`,
  );
  console.log(SCORE_HEADER);
  console.log(scoreLine("learned (rolling, rebuilt daily)", overall.learned));
  if (frozen) console.log(scoreLine("learned (frozen after training)", compare(frozen).learned));
  console.log(scoreLine("naive: carrier default days ±1", overall.naive));
  console.log(
    `hindsight floor (MAE of the test data's own lane×weekday×month medians): ${f2(hindsightFloor(scored))} d`,
  );
  const gain = 1 - overall.learned.mae / overall.naive.mae;
  console.log(
    `learned MAE is ${pct(gain)} lower than naive; inside range ${pct(overall.learned.inRange)} vs ${pct(overall.naive.inRange)}`,
  );

  for (const shop of new Set(scored.map((s) => s.shipment.shop))) {
    const rows = compare(scored.filter((s) => s.shipment.shop === shop));
    console.log(`\n-- ${shop} --`);
    console.log(SCORE_HEADER);
    console.log(scoreLine("learned", rows.learned));
    console.log(scoreLine("naive", rows.naive));
  }

  console.log(`\n== Per lane (lanes with at least ${minLane} delivered test parcels; thin lanes summed) ==`);
  console.log(
    `${"lane".padEnd(26)} ${"n".padStart(6)}  ${"MAE learned/naive".padStart(17)}  ${"inside learned/naive".padStart(20)}  ${"width".padStart(5)}  ${"stated".padStart(6)}`,
  );
  const lanes = byLane(scored);
  const line = (lane: string, l: Score, n: Score) =>
    console.log(
      `${lane.padEnd(26)} ${String(l.n).padStart(6)}  ${`${f2(l.mae)} / ${f2(n.mae)}`.padStart(17)}  ${`${pct(l.inRange)} / ${pct(n.inRange)}`.padStart(20)}  ${f2(l.width).padStart(5)}  ${pct(l.confidence ?? NaN).padStart(6)}`,
    );
  for (const lane of lanes.filter((l) => l.learned.n >= minLane)) line(lane.lane, lane.learned, lane.naive);
  const thin = scored.filter((s) => lanes.find((l) => l.lane === s.lane)!.learned.n < minLane);
  if (thin.length) {
    const c = compare(thin);
    line(`(${new Set(thin.map((s) => s.lane)).size} thin lanes)`, c.learned, c.naive);
  }

  console.log("\n== Calibration: stated confidence vs share delivered inside the range ==");
  for (const band of calibration(scored)) {
    console.log(
      `  ${band.band.padEnd(8)} n=${String(band.n).padStart(6)}  stated ${pct(band.stated).padStart(6)}  observed ${pct(band.observed).padStart(6)}`,
    );
  }

  const late = lateness(scored);
  console.log("\n== Early lateness: no first scan by the carrier's p90 day ==");
  console.log(
    `  parcels ${late.parcels}, late (after the range or never delivered) ${late.late} (${pct(late.late / late.parcels)})`,
  );
  console.log(
    `  flagged early ${late.flaggedEarly}: precision ${pct(late.precision)}, recall of late parcels ${pct(late.recall)}, mean lead ${f2(late.meanLeadDays)} d before the range's end`,
  );
  console.log(`  flagged but then delivered inside the range: ${pct(late.falseAlarmRate)} of all parcels`);
  console.log(
    `  late first scan → range moved: ${late.rebased} parcels, inside the moved range ${pct(late.rebasedInRange)} (the original range: ${pct(late.originalInRange)})`,
  );
}
