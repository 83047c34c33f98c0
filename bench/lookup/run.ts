/**
 * npm run bench:lookup — storefront lookup latency over a big store: a million shipments (each with its
 * order and tracking number) across 50 shops in a fresh, migrated database (SQLite in a temp dir,
 * removed afterwards; or a throwaway schema in PostgreSQL), then thousands of lookups by order number +
 * email, by signed link and by tracking number, hits and misses mixed, through the real app-proxy
 * routes. Figures on stdout, progress on stderr, a summary block at the end; exit code 1 on a miss.
 *
 * env (all optional):
 *   BENCH_DATABASE_URL=postgresql://…  PostgreSQL instead of SQLite (a new schema, dropped afterwards)
 *   BENCH_SHIPMENTS (1000000), BENCH_SHOPS (50)
 *   BENCH_EVENTS_EVERY (4), BENCH_EVENTS_PER_SHIPMENT (4)   scans for every k-th shipment
 *   BENCH_LOOKUPS (3000)               timed lookups per kind
 *   BENCH_HIT_RATIO (0.8)              share of lookups that find something
 *   BENCH_WARMUP (300)                 untimed lookups first
 *   BENCH_KEEP=1                       keep the temp dir (the PostgreSQL schema is still dropped)
 */
import { rmSync } from "node:fs";
import { num, openBigStore } from "./big-store";
import { runLookups } from "./lookups";
import { lookupPlans, queriesPerLookup } from "./plan";
import { passes, section, summary, type LookupFigures } from "./report";
import { orderEmail, orderId, orderName, shopDomain, trackingNumber } from "./seed";

const log = (message: string) => console.error(`[bench] ${message}`);
/** A database URL without its password, for printing. */
const masked = (url: string) => url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");

const SECRET = "bench-api-secret";
const APP_URL = "https://parcelwise.example";
/** Lookups between two resets of the rate limiter: under the per-shop limit even if all went to one shop. */
const ROUND = 500;

async function main() {
  const { tmp, bench, store, database, seedSeconds } = await openBigStore(
    "lookup",
    { secret: SECRET, appUrl: APP_URL },
    log,
  );
  let figures: LookupFigures;
  try {
    const sample = 12_345 % store.shipments;
    const shop = shopDomain(sample % store.shops);
    const plans = await lookupPlans(
      bench,
      shop,
      { orderNumber: orderName(sample, store.shops), contact: orderEmail(sample) },
      trackingNumber(sample),
    );
    const { lookupByOrder, lookupByToken, lookupByTrackingNumber } =
      await import("../../app/storefront/lookup.server");
    const { trackingLinkToken } = await import("../../app/security/signed-token.server");
    const token = trackingLinkToken(SECRET, {
      shopId: `bench-shop-${sample % store.shops}`,
      orderId: orderId(sample),
    });
    const queries = await queriesPerLookup(bench.url, {
      "order number + email": (db) =>
        lookupByOrder(db, shop, { orderNumber: orderName(sample, store.shops), contact: orderEmail(sample) }),
      "signed link": (db) => lookupByToken(db, SECRET, shop, token),
      "tracking number": (db) => lookupByTrackingNumber(db, shop, { trackingNumber: trackingNumber(sample) }),
    });

    const perKind = num("BENCH_LOOKUPS", 3000);
    log(`timing ${perKind} lookups of each kind …`);
    const samples = await runLookups(
      {
        plan: store,
        secret: SECRET,
        appUrl: APP_URL,
        perKind,
        hitRatio: num("BENCH_HIT_RATIO", 0.8),
        warmup: num("BENCH_WARMUP", 300),
        round: ROUND,
      },
      log,
    );
    const rateLimiting =
      `real limiter on (10/min per client, 600/min per shop); every lookup from its own X-Forwarded-For, ` +
      `shops drawn at random from ${store.shops}, limiter reset (resetRateLimits) every ${ROUND} lookups`;
    figures = { store, seedSeconds, samples, rateLimiting, plans, queries };
    console.log(section(figures).join("\n"));
    const { default: db } = await import("../../app/db.server");
    await db.$disconnect();
  } finally {
    await bench.drop();
    if (process.env.BENCH_KEEP) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith("BENCH_"))
    .map(([name, value]) => `${name}=${name === "BENCH_DATABASE_URL" ? masked(value ?? "") : value} `)
    .join("");
  console.log(summary(`${settings}npm run bench:lookup`, database, figures).join("\n"));
  if (!passes(figures)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
