/**
 * tsx bench/admin/shipments/run.ts — the admin's shipments list over a shop with a long history: 100,000
 * shipments (plus another shop's 20,000) in a fresh, migrated database (SQLite in a temp dir, removed
 * afterwards; or a throwaway schema in PostgreSQL), then the index route's loader — called as App Bridge
 * calls it, with a signed session token through the real authenticate.admin — timed for a set of
 * filter combinations, after the query plan of each of its queries is checked.
 *
 * env (all optional):
 *   BENCH_DATABASE_URL=postgresql://…  PostgreSQL instead of SQLite (a new schema, dropped afterwards)
 *   BENCH_SHIPMENTS (100000), BENCH_OTHER_SHIPMENTS (20000)
 *   BENCH_ROUNDS (200)     timed loader calls per combination (after 20 untimed)
 */
import { performance } from "node:perf_hooks";
import { log, num, runAdminBench, timed } from "../harness";
import { listPlans } from "./plans";
import { orderEmail, orderName, seedShipmentsStore, shippedAt, shopDomain, trackingNumber } from "./seed";

runAdminBench("admin_shipments", async ({ db: bench, label: database, bootApp, adminRequest }) => {
  const plan = {
    shipments: num("BENCH_SHIPMENTS", 100_000),
    otherShipments: num("BENCH_OTHER_SHIPMENTS", 20_000),
  };
  const rounds = num("BENCH_ROUNDS", 200);
  const now = new Date();
  log(`seeding ${plan.shipments} + ${plan.otherShipments} shipments (${bench.kind}) …`);
  const started = performance.now();
  await seedShipmentsStore(bench, plan, now, log);
  if (bench.kind === "postgresql") await bench.query("ANALYZE");
  log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  bootApp();

  const deep = Math.floor(plan.shipments * 0.8);
  const { encodeCursor } = await import("../../../app/admin/shipments/cursor");
  const cursor = encodeCursor({ shippedAt: shippedAt(deep, now.getTime()), id: `s${deep}` });
  const day = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const sample = 12_345;
  const combos = [
    { label: "no filter, first page", query: "" },
    { label: "no filter, page at 80 % depth", query: `after=${cursor}` },
    { label: "no filter, previous page from 80 % depth", query: `before=${cursor}` },
    { label: "status in transit", query: "status=IN_TRANSIT" },
    { label: "status delivered, page at 80 % depth", query: `status=DELIVERED&after=${cursor}` },
    { label: "needs attention (3 statuses)", query: "status=DELAYED,ATTEMPTED_DELIVERY,EXCEPTION" },
    { label: "carrier UPS (50 %)", query: "carrier=UPS" },
    { label: "carrier Royal Mail (1 %)", query: "carrier=Royal%20Mail" },
    { label: "carrier Royal Mail + exception", query: "carrier=Royal%20Mail&status=EXCEPTION" },
    { label: "late only", query: "late=1" },
    { label: "late only, page at 80 % depth", query: `late=1&after=${cursor}` },
    { label: "shipped in the last 7 days", query: `shippedFrom=${day(8)}&shippedTo=${day(0)}` },
    {
      label: "delivered, shipped in a month 6 months ago",
      query: `status=DELIVERED&shippedFrom=${day(200)}&shippedTo=${day(170)}`,
    },
    {
      label: "in transit + DHL + late + 60 days",
      query: `status=IN_TRANSIT&carrier=DHL%20Express&late=1&shippedFrom=${day(60)}`,
    },
    { label: "search: order name", query: `q=${encodeURIComponent(orderName(sample).slice(1))}` },
    { label: "search: tracking number", query: `q=${trackingNumber(sample).toLowerCase()}` },
    { label: "search: customer email", query: `q=${encodeURIComponent(orderEmail(sample))}` },
  ];

  const plans = await listPlans(bench, shopDomain(0), combos);
  const { loader } = await import("../../../app/routes/app.shipments._index");
  const shop = shopDomain(0);
  const call = (query: string) =>
    loader({ request: adminRequest(shop, `/app/shipments?${query}`), params: {}, context: {} });
  const figures = [];
  for (const combo of combos) {
    const check = await call(combo.query);
    const l = await timed(rounds, 20, () => call(combo.query));
    figures.push({ ...combo, rows: check.rows.length, hasNext: check.page.hasNext, ...l });
    log(`${combo.label}: done`);
  }

  console.log(
    `\n## Admin shipments list — ${database}, ${plan.shipments} shipments in the shop (+${plan.otherShipments} in another)`,
  );
  console.log(`loader (authenticate.admin with a session token + listShipments), ${rounds} calls each, ms\n`);
  for (const f of figures) {
    console.log(
      `${f.label.padEnd(48)} rows ${String(f.rows).padStart(2)}${f.hasNext ? "+" : " "}  p50 ${f.p50.toFixed(2).padStart(6)}  p99 ${f.p99.toFixed(2).padStart(6)}  max ${f.max.toFixed(2).padStart(7)}`,
    );
  }
  console.log(
    `\nquery plans (${plans.filter((p) => p.ok).length}/${plans.length} use an index without sorting a filter's rows)`,
  );
  for (const p of plans) {
    console.log(`${p.ok ? "ok  " : "FAIL"} ${p.label}`);
    for (const line of p.lines) console.log(`       ${line}`);
  }
  if (plans.some((p) => !p.ok)) process.exitCode = 1;
});
