/** Console output: reply latency per turn kind against the target, understand() alone, the summary block. */
import { latency, type Latency } from "../lookup/report";
import type { StorePlan } from "../lookup/seed";
import type { Sample } from "./drive";
import { KINDS, type Kind } from "./scripts";
import type { UnderstandFigures } from "./understand";

export const TARGET_P99_MS = 100;

export interface ChatFigures {
  store: StorePlan;
  seedSeconds: number;
  samples: Sample[];
  rateLimiting: string;
  understand: UnderstandFigures;
  queries: Record<string, string[]>;
  /** Counted in the database after the run (warm-up and the query count included). */
  stored: { conversations: number; messages: number; escalated: number; handoffJobs: number };
}

const KIND_LABEL: Record<Kind, string> = {
  first: "1. first message, no order",
  verify: "2. verify + status",
  followUp: "3. verified follow-up",
  handoff: "4. handoff",
};

const ms = (v: number) => `${v.toFixed(2)} ms`;
const us = (v: number) => `${v.toFixed(1)} µs`;
const row = (l: Latency) =>
  `n ${String(l.count).padStart(5)}  p50 ${ms(l.p50).padStart(9)}  p95 ${ms(l.p95).padStart(9)}  ` +
  `p99 ${ms(l.p99).padStart(9)}  max ${ms(l.max).padStart(9)}  mean ${ms(l.mean).padStart(9)}`;
const verdict = (l: Latency) => (l.p99 <= TARGET_P99_MS ? "PASS" : "FAIL");

const of = (samples: Sample[]) => latency(samples.map((s) => s.ms));
export const byKind = (f: ChatFigures, kind: Kind) => of(f.samples.filter((s) => s.kind === kind));
export const overall = (f: ChatFigures) => of(f.samples);
/** Turns whose reply was not what the turn asked for (a 429 would mean the limiter interfered). */
export const wrongAnswers = (f: ChatFigures) => f.samples.filter((s) => !s.ok);
/** Every escalation enqueued its email job in the same transaction. */
const jobsMatch = (f: ChatFigures) => f.stored.escalated === f.stored.handoffJobs && f.stored.escalated > 0;

export function passes(f: ChatFigures): boolean {
  return (
    wrongAnswers(f).length === 0 &&
    jobsMatch(f) &&
    overall(f).p99 <= TARGET_P99_MS &&
    KINDS.every((kind) => byKind(f, kind).p99 <= TARGET_P99_MS)
  );
}

export function section(f: ChatFigures): string[] {
  const wrong = wrongAnswers(f);
  const lines = [
    "",
    "== Storefront chat, no LLM (signed app-proxy requests → proxy.chat action, in process, one at a time) ==",
    `store:      ${f.store.shipments} shipments and orders across ${f.store.shops} shops (bench/lookup's seed); ` +
      `seeded in ${f.seedSeconds.toFixed(1)} s`,
    `limits:     ${f.rateLimiting}`,
    `latency (from the action call to the last byte of the JSON body; target p99 <= ${TARGET_P99_MS} ms):`,
  ];
  for (const kind of KINDS) {
    const samples = f.samples.filter((s) => s.kind === kind);
    lines.push(`  ${KIND_LABEL[kind]}  ${verdict(of(samples))}`, `    all     ${row(of(samples))}`);
    for (const variant of new Set(samples.map((s) => s.variant))) {
      lines.push(`    ${variant.padEnd(18)} ${row(of(samples.filter((s) => s.variant === variant)))}`);
    }
  }
  lines.push(`  overall  ${verdict(overall(f))}`, `    all     ${row(overall(f))}`);
  const languages = [...new Set(f.samples.map((s) => s.language))].sort();
  lines.push(
    `  p99 by language: ${languages.map((l) => `${l} ${ms(of(f.samples.filter((s) => s.language === l)).p99)}`).join(", ")}`,
  );
  const escalatedOnVerify = f.samples.filter((s) => s.kind === "verify" && s.escalated).length;
  const inLanguage = f.samples.filter((s) => s.replyLanguage === s.language).length;
  lines.push(
    `answers:    ${wrong.length ? `${wrong.length} UNEXPECTED (e.g. ${JSON.stringify(wrong[0])})` : "every turn answered as expected (status, verify form, order, escalation; no 429)"}`,
    `            replies in the shopper's language ${inLanguage} of ${f.samples.length}; ` +
      `${escalatedOnVerify} status answers handed over themselves (label not picked up, stalled)`,
    `stored:     ${f.stored.conversations} conversations, ${f.stored.messages} messages, ${f.stored.escalated} escalated, ` +
      `${f.stored.handoffJobs} chat-handoff jobs ${jobsMatch(f) ? "(one per escalation)" : "(MISMATCH)"}`,
  );
  const u = f.understand;
  lines.push(
    `understand() alone, per message (${u.all.count / u.passes} messages × ${u.passes} passes): ` +
      `mean ${us(u.all.mean)}, p50 ${us(u.all.p50)}, p99 ${us(u.all.p99)}, max ${us(u.all.max)}`,
    `  p99 by language: ${Object.entries(u.byLanguage)
      .sort()
      .map(([l, v]) => `${l} ${us(v.p99)}`)
      .join(", ")}`,
  );
  lines.push("queries per turn (chatTurn; the app-proxy check adds one Session read):");
  for (const [label, queries] of Object.entries(f.queries)) {
    lines.push(`  ${label}: ${queries.length}`, ...queries.map((q) => `    ${q}`));
  }
  return lines;
}

const figure = (label: string, l: Latency) =>
  `${label.padEnd(9)} ${verdict(l)}: p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, p99 ${ms(l.p99)}, max ${ms(l.max)} (n ${l.count})`;

export function summary(command: string, database: string, f: ChatFigures): string[] {
  const u = f.understand.all;
  return [
    "",
    "======================= bench:chat summary =======================",
    `database:   ${database}`,
    `store:      ${f.store.shipments} shipments/orders, ${f.store.shops} shops; seeded in ${f.seedSeconds.toFixed(1)} s`,
    ...KINDS.map((kind) => figure(kind, byKind(f, kind))),
    figure("overall", overall(f)),
    `understand: mean ${us(u.mean)}, p99 ${us(u.p99)} per message`,
    `target:     p99 <= ${TARGET_P99_MS} ms per kind and overall, no LLM; answers ${wrongAnswers(f).length ? "WRONG" : "all as expected"}; ` +
      `handoff jobs ${jobsMatch(f) ? "one per escalation" : "MISMATCH"}`,
    `limits:     ${f.rateLimiting}`,
    `result:     ${passes(f) ? "PASS" : "FAIL"}`,
    `command:    ${command}`,
    "=".repeat(66),
  ];
}
