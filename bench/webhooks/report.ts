/** Console output: a small table and a one-line verdict. */
import type { PhaseResult } from "./stats";

export interface ServerResult {
  name: string;
  saturation: PhaseResult;
  fixedRate: PhaseResult;
  /** 200 answers over all phases, warm-up included. */
  answered: number;
  /** Row counts after the run (the receipts table first). */
  rows: Record<string, number>;
}

export interface Verdict {
  ratio: number;
  ratioTarget: number;
  p99: number;
  p99Target: number;
  rate: number;
  pass: boolean;
}

const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1);
const failures = (p: PhaseResult) => Object.values(p.non200).reduce((a, b) => a + b, 0) + p.errors;

/** Server and load-generator CPU per answered webhook at saturation: what the 2 cores are spent on. */
function cpuPerWebhook(p: PhaseResult): string {
  const per = (cpuMs: number) => (cpuMs / Math.max(1, p.ok)).toFixed(2);
  return `${p.serverCpuMs === undefined ? "?" : per(p.serverCpuMs)}+${per(p.clientCpuMs)}`;
}

export function table(results: ServerResult[]): string {
  const head = [
    "server",
    "sat req/s",
    "sat p50",
    "sat p99",
    "@rate req/s",
    "p50 ms",
    "p99 ms",
    "max ms",
    "non-200+err",
    "CPU ms/webhook srv+gen",
    "other load",
  ];
  const rows = results.map((r) => [
    r.name,
    r.saturation.throughput.toFixed(0),
    ms(r.saturation.latency.p50),
    ms(r.saturation.latency.p99),
    r.fixedRate.throughput.toFixed(0),
    ms(r.fixedRate.latency.p50),
    ms(r.fixedRate.latency.p99),
    ms(r.fixedRate.latency.max),
    String(failures(r.saturation) + failures(r.fixedRate)),
    cpuPerWebhook(r.saturation),
    r.saturation.otherCpuPct === undefined ? "?" : `${r.saturation.otherCpuPct.toFixed(0)}%`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function oneLine(app: ServerResult, bare: ServerResult, v: Verdict): string {
  const bad =
    failures(app.saturation) + failures(app.fixedRate) + failures(bare.saturation) + failures(bare.fixedRate);
  return (
    `bench:webhooks ${v.pass ? "PASS" : "FAIL"}: app ${app.saturation.throughput.toFixed(0)} req/s vs bare ` +
    `${bare.saturation.throughput.toFixed(0)} req/s = ${v.ratio.toFixed(2)}x (target >= ${v.ratioTarget}x); ` +
    `app p99 @${v.rate}/s ${ms(v.p99)} ms (target <= ${v.p99Target} ms; p50 ${ms(app.fixedRate.latency.p50)}, ` +
    `bare p50/p99 ${ms(bare.fixedRate.latency.p50)}/${ms(bare.fixedRate.latency.p99)}); non-200/errors ${bad}`
  );
}
