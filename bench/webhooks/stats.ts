/** Latency summaries (milliseconds) and per-phase results, computed in the load generator. */

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface PhaseResult {
  phase: string;
  mode: "closed" | "open";
  /** Closed: concurrent connections. Open: target requests per second. */
  load: number;
  durationMs: number;
  sent: number;
  ok: number;
  /** Responses other than 200, by status code. */
  non200: Record<string, number>;
  /** Connection errors and timeouts (no response at all). */
  errors: number;
  samples: string[];
  /** 200 responses per second over the phase. */
  throughput: number;
  /** Open loop: measured from each request's scheduled send time. Closed: from the actual send. */
  latency: LatencySummary;
  /** CPU time (user + system) of the load generator and, where measurable (Linux), of the server. */
  clientCpuMs: number;
  serverCpuMs?: number;
  /** CPU used meanwhile by everything else on the machine (other processes, steal), in % of one core. */
  otherCpuPct?: number;
}

/** Nearest-rank percentiles; sorts `values` (a prefix of length `n`) in place. */
export function summarize(values: Float64Array, n: number): LatencySummary {
  const sorted = values.subarray(0, n).sort();
  const pick = (p: number) => (n === 0 ? 0 : sorted[Math.min(n - 1, Math.ceil((p / 100) * n) - 1)]);
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    count: n,
    mean: n ? sum / n : 0,
    p50: pick(50),
    p90: pick(90),
    p99: pick(99),
    max: n ? sorted[n - 1] : 0,
  };
}
