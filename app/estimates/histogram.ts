/**
 * Transit-time distributions as histograms over whole delivery days: index i holds the deliveries that
 * took i delivery days; the last index holds "this many or more". Whole days are what a shopper is told,
 * and a histogram is what one SQL aggregate per shop returns, however many deliveries it has.
 */
export const MAX_DAYS = 40;

const EPSILON = 1e-9;

export function total(counts: readonly number[]): number {
  let sum = 0;
  for (const c of counts) sum += c;
  return sum;
}

/** Adds `n` deliveries of `days` (capped at MAX_DAYS) to `counts`, growing it as needed. */
export function addTo(counts: number[], days: number, n: number): void {
  const i = Math.min(Math.max(0, Math.floor(days)), MAX_DAYS);
  while (counts.length <= i) counts.push(0);
  counts[i] += n;
}

/**
 * Refines a prior distribution with counts: (counts + weight · prior) / (n + weight), a Dirichlet
 * smoothing. A lane with many deliveries speaks for itself; one with three is mostly its prior.
 * Without a prior the counts are just normalized (null when there are none).
 */
export function refine(
  counts: readonly number[],
  prior: readonly number[] | null,
  weight: number,
): number[] | null {
  const n = total(counts);
  if (!prior) return n > 0 ? counts.map((c) => c / n) : null;
  const length = Math.max(counts.length, prior.length);
  const out: number[] = [];
  for (let i = 0; i < length; i++) out.push(((counts[i] ?? 0) + weight * (prior[i] ?? 0)) / (n + weight));
  return out;
}

/** The first day by which at least `share` of the distribution has arrived. */
export function quantile(p: readonly number[], share: number): number {
  const sum = total(p);
  let cdf = 0;
  for (let i = 0; i < p.length; i++) {
    cdf += p[i] / sum;
    if (cdf >= share - EPSILON) return i;
  }
  return p.length - 1;
}

export interface CentralRange {
  /** First and last delivery day of the range. */
  lower: number;
  upper: number;
  median: number;
  /** The share of the distribution inside [lower, upper]: at least the coverage asked for. */
  covered: number;
}

/**
 * A range of whole days holding at least `coverage` of the distribution. Its last day is the day by
 * which (1 + coverage) / 2 have arrived (p90 for an 80% range): it is also the lateness deadline, so at
 * most that tail may come after it. Its first day is then as late as the rest of the allowance permits:
 * whole days often leave less than the full tail after the last day, and the range need not hold
 * 95% where 80% was asked. `covered` says how much it holds.
 */
export function centralRange(p: readonly number[], coverage: number): CentralRange {
  const sum = total(p);
  const cdf: number[] = [];
  let running = 0;
  for (const x of p) cdf.push((running += x / sum));
  const at = (i: number) => (i < 0 ? 0 : cdf[i]);
  const tail = (1 - coverage) / 2;
  let upper = cdf.findIndex((c) => c >= 1 - tail - EPSILON);
  if (upper < 0) upper = p.length - 1;
  const allowance = 1 - coverage - (1 - at(upper));
  let lower = 0;
  while (lower < upper && at(lower) <= allowance + EPSILON) lower++;
  const median = Math.max(
    0,
    cdf.findIndex((c) => c >= 0.5 - EPSILON),
  );
  return { lower, upper, median, covered: at(upper) - at(lower - 1) };
}
