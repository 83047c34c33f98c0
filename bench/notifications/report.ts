/** Console output: each phase's figures as they finish, and the summary block at the end. */
import type { DetectFigures } from "./detect";
import type { DispatchFigures } from "./dispatch";

export const TARGETS = { emailsPerSecond: 200, passMs: 2000 } as const;

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const mark = (pass: boolean) => (pass ? "PASS" : "FAIL");

export function dispatchPasses(d: DispatchFigures): boolean {
  return d.exact && d.emailsPerSecond >= TARGETS.emailsPerSecond;
}

export function detectPasses(d: DetectFigures): boolean {
  return (
    d.leftDue === 0 &&
    d.usesCheckAtIndex &&
    d.duePasses.every((p) => p.ms <= TARGETS.passMs) &&
    d.idleMs.every((ms) => ms <= TARGETS.passMs)
  );
}

export function dispatchSection(d: DispatchFigures): string[] {
  const perEmail = (ms: number | undefined) => (ms === undefined ? "?" : (ms / d.emails).toFixed(2));
  return [
    "",
    "== Dispatch throughput (dispatchNotifications → nodemailer pool → SMTP server on 127.0.0.1) ==",
    `settings:   ${d.settings}`,
    `sent:       ${d.result.sent} of ${d.emails} in ${d.seconds.toFixed(2)} s = ${d.emailsPerSecond.toFixed(0)} emails/s ` +
      `(target >= ${TARGETS.emailsPerSecond}), ${d.calls} dispatcher calls`,
    `outcomes:   ${JSON.stringify(d.result)}; outbox rows by status ${JSON.stringify(d.statuses)}`,
    `SMTP:       received ${d.sink.received}, distinct Message-IDs ${d.sink.distinct}` +
      (d.sink.withoutId ? `, ${d.sink.withoutId} without one` : "") +
      ` → ${d.exact ? "exactly one per outbox row" : "MISMATCH"}`,
    `CPU:        dispatcher ${perEmail(d.cpu.dispatcherMs)} ms/email, SMTP server ${perEmail(d.cpu.sinkMs)} ms/email; ` +
      `other processes ${d.cpu.otherPct === undefined ? "?" : d.cpu.otherPct.toFixed(0)}% of a core meanwhile`,
    `seeding:    ${d.seedSeconds.toFixed(1)} s`,
    ...(d.profile ?? []),
  ];
}

export function detectSection(d: DetectFigures): string[] {
  const due = d.duePasses;
  return [
    "",
    "== Delay/stall detection (detectLateAndStalled over Shipment.checkAt) ==",
    `store:      ${d.plan.shipments} active shipments across ${d.plan.shops} shops, checkAt over the next ` +
      `${d.plan.spreadDays} days; ${d.due} due now (${(100 * d.plan.dueFraction).toFixed(2)}%); seeded in ${d.seedSeconds.toFixed(1)} s`,
    ...due.map(
      (p, i) =>
        `due pass${due.length > 1 ? ` ${i + 1}` : ""}:   checked ${p.checked}, delayed ${p.delayed}, stalled ${p.stalled} ` +
        `in ${s(p.ms)} (target <= ${s(TARGETS.passMs)})`,
    ),
    `backlog:    ${d.due} due worked off in ${due.length} pass(es), ${s(due.reduce((t, p) => t + p.ms, 0))} in all`,
    `            outbox rows written ${d.outboxRows}; still due afterwards ${d.leftDue}`,
    `idle pass:  nothing due: median ${d.idleMs.length ? median(d.idleMs).toFixed(1) : "?"} ms, ` +
      `max ${Math.max(0, ...d.idleMs).toFixed(1)} ms over ${d.idleMs.length} passes`,
    `due query plan${d.usesCheckAtIndex ? " (uses Shipment_checkAt_idx)" : " (DOES NOT use Shipment_checkAt_idx)"}:`,
    ...d.queryPlan.map((line) => `  ${line}`),
  ];
}

export function summary(
  command: string,
  database: string,
  dispatch: DispatchFigures | undefined,
  detect: DetectFigures | undefined,
): string[] {
  const lines = [
    "",
    "==================== bench:notifications summary ====================",
    `database: ${database}`,
  ];
  if (dispatch) {
    lines.push(
      `dispatch  ${mark(dispatchPasses(dispatch))}: ${dispatch.emailsPerSecond.toFixed(0)} emails/s ` +
        `(${dispatch.result.sent}/${dispatch.emails} in ${dispatch.seconds.toFixed(2)} s; target >= ${TARGETS.emailsPerSecond}); ` +
        `SMTP received ${dispatch.sink.distinct} distinct of ${dispatch.sink.received}; ${dispatch.settings}`,
    );
  }
  if (detect) {
    const worst = Math.max(0, ...detect.duePasses.map((p) => p.ms));
    const totals = detect.duePasses.reduce(
      (t, p) => ({
        checked: t.checked + p.checked,
        delayed: t.delayed + p.delayed,
        stalled: t.stalled + p.stalled,
      }),
      { checked: 0, delayed: 0, stalled: 0 },
    );
    lines.push(
      `detect    ${mark(detectPasses(detect))}: ${detect.plan.shipments} shipments, ${detect.due} due → ` +
        `checked ${totals.checked}, delayed ${totals.delayed}, stalled ${totals.stalled} in ` +
        `${detect.duePasses.length} pass(es), slowest ${s(worst)}; idle pass ${median(detect.idleMs).toFixed(1)} ms ` +
        `(target <= ${s(TARGETS.passMs)} per pass); due query uses the checkAt index: ${detect.usesCheckAtIndex ? "yes" : "NO"}`,
    );
  }
  lines.push(`command:  ${command}`, "=".repeat(69));
  return lines;
}
