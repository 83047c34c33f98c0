/** Console output: latency per lookup kind against the target, the query plans, and the summary block. */
import { KINDS, type Kind, type Sample } from "./lookups";
import type { QueryPlan } from "./plan";
import type { StorePlan } from "./seed";

export const TARGET_P99_MS = 20;

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export interface LookupFigures {
  store: StorePlan;
  seedSeconds: number;
  samples: Sample[];
  rateLimiting: string;
  plans: QueryPlan[];
  queries: Record<string, string[]>;
}

/** Nearest-rank percentiles. */
export function latency(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const at = (p: number) => (n ? sorted[Math.min(n - 1, Math.ceil((p / 100) * n) - 1)] : 0);
  return {
    count: n,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: n ? sorted[n - 1] : 0,
    mean: n ? sorted.reduce((a, b) => a + b, 0) / n : 0,
  };
}

const KIND_LABEL: Record<Kind, string> = {
  order: "order number + email (POST /lookup)",
  token: "signed link (GET /track/<token>)",
  tracking: "tracking number (POST /tracking)",
};

const ms = (v: number) => `${v.toFixed(2)} ms`;
const row = (l: Latency) =>
  `n ${String(l.count).padStart(5)}  p50 ${ms(l.p50).padStart(9)}  p95 ${ms(l.p95).padStart(9)}  ` +
  `p99 ${ms(l.p99).padStart(9)}  max ${ms(l.max).padStart(9)}  mean ${ms(l.mean).padStart(9)}`;

export const byKind = (f: LookupFigures, kind: Kind) =>
  latency(f.samples.filter((s) => s.kind === kind).map((s) => s.ms));
/** Answers other than the expected 200 (hit) or 404 (miss): a 429 would mean the limiter interfered. */
export const wrongAnswers = (f: LookupFigures) => f.samples.filter((s) => s.status !== s.expected);

export function passes(f: LookupFigures): boolean {
  return (
    wrongAnswers(f).length === 0 &&
    f.plans.every((p) => p.usesIndex) &&
    KINDS.every((kind) => byKind(f, kind).p99 <= TARGET_P99_MS)
  );
}

export function section(f: LookupFigures): string[] {
  const wrong = wrongAnswers(f);
  const statuses = (kind: Kind) => {
    const count = new Map<number, number>();
    for (const s of f.samples) if (s.kind === kind) count.set(s.status, (count.get(s.status) ?? 0) + 1);
    return [...count].map(([status, n]) => `${status}×${n}`).join(" ");
  };
  const lines = [
    "",
    "== Storefront lookups (signed app-proxy requests → route action/loader, in process, one at a time) ==",
    `store:      ${f.store.shipments} shipments and orders across ${f.store.shops} shops; ${f.store.shipments} ` +
      `tracking numbers; ${f.store.eventsPerShipment} scans each for 1 in ${f.store.eventsEvery} shipments; seeded in ${f.seedSeconds.toFixed(1)} s`,
    `limits:     ${f.rateLimiting}`,
    `latency (from the handler call to the last byte of the JSON body; target p99 <= ${TARGET_P99_MS} ms):`,
  ];
  for (const kind of KINDS) {
    const all = byKind(f, kind);
    const hits = latency(f.samples.filter((s) => s.kind === kind && s.hit).map((s) => s.ms));
    const misses = latency(f.samples.filter((s) => s.kind === kind && !s.hit).map((s) => s.ms));
    lines.push(
      `  ${KIND_LABEL[kind]}  ${all.p99 <= TARGET_P99_MS ? "PASS" : "FAIL"}`,
      `    all     ${row(all)}   statuses ${statuses(kind)}`,
      `    found   ${row(hits)}`,
      `    missed  ${row(misses)}`,
    );
  }
  lines.push(
    `answers:    ${wrong.length ? `${wrong.length} UNEXPECTED (e.g. ${JSON.stringify(wrong[0])})` : "every hit 200, every miss 404 (no 429)"}`,
  );
  for (const plan of f.plans) {
    lines.push(
      `query plan: ${plan.label} — ${plan.usesIndex ? `uses ${plan.index}` : `DOES NOT use ${plan.index}`}`,
      ...plan.lines.map((line) => `  ${line}`),
    );
  }
  lines.push("queries per lookup (domain code; the app-proxy check adds one Session read):");
  for (const [label, queries] of Object.entries(f.queries)) {
    lines.push(`  ${label}: ${queries.length}`, ...queries.map((q) => `    ${q}`));
  }
  return lines;
}

export function summary(command: string, database: string, f: LookupFigures): string[] {
  const figures = KINDS.map((kind) => {
    const l = byKind(f, kind);
    return `${kind.padEnd(8)} ${l.p99 <= TARGET_P99_MS ? "PASS" : "FAIL"}: p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, p99 ${ms(l.p99)}, max ${ms(l.max)} (n ${l.count})`;
  });
  return [
    "",
    "====================== bench:lookup summary ======================",
    `database: ${database}`,
    `store:    ${f.store.shipments} shipments/orders/tracking numbers, ${f.store.shops} shops`,
    ...figures,
    `target:   p99 <= ${TARGET_P99_MS} ms per kind; answers ${wrongAnswers(f).length ? "WRONG" : "all as expected"}; ` +
      `indexes used: ${f.plans.every((p) => p.usesIndex) ? "yes" : "NO"}`,
    `limits:   ${f.rateLimiting}`,
    `result:   ${passes(f) ? "PASS" : "FAIL"}`,
    `command:  ${command}`,
    "=".repeat(66),
  ];
}
