/**
 * tsx bench/admin/dashboard.ts — the admin home's loader over a shop with a year of history: 100,000
 * shipments (plus another shop's as many) seeded by bench/lookup/seed.ts and reshaped by
 * ./dashboard/seed.ts, with notifications and chats, in a fresh, migrated database (SQLite in a temp dir,
 * removed afterwards; or a throwaway schema in PostgreSQL). The route's loader is called as App Bridge
 * calls it — a signed session token through the real authenticate.admin — for each period; then each
 * part of the dashboard alone, and the plan of every query it sends.
 *
 * env (all optional):
 *   BENCH_DATABASE_URL=postgresql://…  PostgreSQL instead of SQLite (a new schema, dropped afterwards)
 *   BENCH_SHIPMENTS (100000)   shipments of the measured shop (every shop gets as many)
 *   BENCH_SHOPS (2)            shops in the database
 *   BENCH_ROUNDS (100)         timed loader calls per period (after 10 untimed)
 */
import { performance } from "node:perf_hooks";
import { shopDomain } from "../lookup/seed";
import type { Latency } from "../lookup/report";
import { shopId } from "../notifications/seed";
import { explainAll, type Plan } from "./dashboard/plans";
import { seedBusyShop } from "./dashboard/seed";
import { log, num, runAdminBench, timed } from "./harness";

const ms = (v: number) => `${v.toFixed(1).padStart(6)} ms`;
const row = (l: Latency) => `p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  p99 ${ms(l.p99)}  max ${ms(l.max)}`;

runAdminBench("dashboard", async ({ db: bench, label: database, bootApp, adminRequest }) => {
  const perShop = num("BENCH_SHIPMENTS", 100_000);
  const shops = num("BENCH_SHOPS", 2);
  const rounds = num("BENCH_ROUNDS", 100);
  const plan = { shipments: perShop * shops, shops, eventsEvery: 20, eventsPerShipment: 2 };
  const now = new Date();
  log(`seeding ${shops} shops × ${perShop} shipments (${bench.kind}) …`);
  const started = performance.now();
  await seedBusyShop(bench, plan, now, log);
  // What autovacuum does to a table this size long before it matters: statistics, and the visibility map
  // that lets counts read the index alone.
  if (bench.kind === "postgresql") await bench.query("VACUUM ANALYZE");
  const seedSeconds = (performance.now() - started) / 1000;
  log(`seeded in ${seedSeconds.toFixed(1)} s`);
  bootApp();

  const shop = shopDomain(0);
  const { loader } = await import("../../app/routes/app._index");
  const load = (query: string) =>
    loader({ request: adminRequest(shop, `/app?${query}`), params: {}, context: {} });

  const sample = await load("period=30");
  const periods: Array<{ label: string; l: Latency }> = [];
  for (const period of [7, 30, 90]) {
    periods.push({ label: `period=${period}`, l: await timed(rounds, 10, () => load(`period=${period}`)) });
    log(`period ${period}: done`);
  }

  // Each part alone (30 days), to see where the time goes.
  const { default: db } = await import("../../app/db.server");
  const parts = await import("./dashboard/parts");
  const partFigures: Array<{ label: string; l: Latency }> = [];
  for (const [label, run] of Object.entries(parts.dashboardParts(db, shopId(0), now))) {
    partFigures.push({ label, l: await timed(Math.min(rounds, 50), 5, run) });
  }
  const plans: Plan[] = await explainAll(bench, shop);

  console.log(`\n## Admin home (dashboard) — ${database}`);
  console.log(
    `store: ${shops} shops × ${perShop} shipments over 365 days (seeded in ${seedSeconds.toFixed(1)} s); measured shop: ` +
      `${sample.states.total} shipments, ${sample.notifications.totals.sent + sample.notifications.totals.failed} ` +
      `notifications and ${sample.wismo.conversations} chats in 30 days, ` +
      `${sample.performance.overall?.delivered ?? 0} deliveries in 90 days`,
  );
  console.log(`\nloader (authenticate.admin + loadDashboard), ${rounds} calls each after 10 untimed:`);
  for (const p of periods) console.log(`  ${p.label.padEnd(12)} ${row(p.l)}`);
  console.log(`\nparts alone (30 days), ${Math.min(rounds, 50)} calls each:`);
  for (const p of partFigures) console.log(`  ${p.label.padEnd(24)} ${row(p.l)}`);
  console.log(`\nexceptions: ${JSON.stringify(sample.exceptions.counts)}`);
  console.log(
    `performance (90 days): ${sample.performance.byCarrier
      .map(
        (r) =>
          `${r.key} ${r.delivered} median ${r.medianDays.toFixed(2)} d on time ${((r.onTimeRate ?? 0) * 100).toFixed(0)} %`,
      )
      .join("; ")}`,
  );
  console.log(`\nquery plans (${plans.length} statements):`);
  for (const p of plans) {
    console.log(`  ${p.label}`);
    for (const line of p.lines) console.log(`      ${line}`);
  }
  const loaderAll = periods.map(
    (p) => `${p.label} p50 ${p.l.p50.toFixed(1)} ms p99 ${p.l.p99.toFixed(1)} ms`,
  );
  console.log(`\nsummary: ${database}, ${perShop} shipments: ${loaderAll.join("; ")}`);
});
