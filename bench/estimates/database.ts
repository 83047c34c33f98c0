/**
 * What learning costs in the database, at scale: `shipments` rows over `shops` shops (the first holds a
 * fifth of them), a year of history each, seeded in bulk (bench/notifications/database.ts). Times the
 * one aggregate query per shop (app/estimates/aggregate.server.ts) for the biggest shop, the whole
 * learn-lanes job for it, and the lookup a new parcel costs when it is ingested (learnedEstimateFor).
 */
import type { Db } from "~/db.server";
import { createBenchDatabase, type BenchDatabase, type Value } from "../notifications/database";
import { Random } from "./random";

const DAY = 86_400_000;
const CHUNK = 20_000;
const CARRIERS = ["UPS", "USPS", "FedEx", "DHL Express", "ups", "DHL Paket"];
const DESTINATIONS = ["US", "US", "US", "US", "CA", "GB", "DE", "FR", "AU", "MX", "JP", "NL"];
/** Parcels still moving without an estimate: the job's fill-in pass estimates them. */
const WAITING = 200;

export interface DatabaseFigures {
  kind: string;
  shipments: number;
  shops: number;
  /** Deliveries of the biggest shop inside the 180-day window. */
  windowDeliveries: number;
  groups: number;
  aggregateMs: number[];
  learnMs: number;
  laneRows: number;
  estimated: number;
  lookupMs: { mean: number; p95: number };
  plan: string[];
}

export async function measureDatabase(
  tmp: string,
  pgUrl: string | undefined,
  plan: { shipments: number; shops: number },
  log: (message: string) => void,
): Promise<DatabaseFigures> {
  const bench = await createBenchDatabase("estimates", tmp, pgUrl);
  try {
    const now = new Date();
    log(`seeding ${plan.shipments} shipments over ${plan.shops} shops (${bench.kind})`);
    const started = Date.now();
    await seed(bench, plan, now);
    log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const { createDb } = await import("~/db.server");
    const { deliveredHistory } = await import("~/estimates/aggregate.server");
    const { learnLanes } = await import("~/estimates/learn.server");
    const db: Db = createDb(bench.url);
    const since = new Date(now.getTime() - 180 * DAY);
    const aggregateMs: number[] = [];
    let groups = 0;
    for (let run = 0; run < 3; run++) {
      const t = performance.now();
      groups = (await deliveredHistory(db, "bench-shop-0", since, 0)).length;
      aggregateMs.push(performance.now() - t);
    }
    const t = performance.now();
    const learned = await learnLanes(db, domain(0), now);
    const learnMs = performance.now() - t;
    const lookupMs = await timeLookups(db, now);
    const explain =
      bench.kind === "sqlite"
        ? await bench.query<{ detail: string }>(
            `EXPLAIN QUERY PLAN SELECT COUNT(*) FROM "Shipment" s WHERE s."shopId" = ? AND s."status" = 'DELIVERED' AND s."statusAt" >= ?`,
            ["bench-shop-0", since],
          )
        : [];
    await db.$disconnect();
    return {
      kind: bench.kind,
      ...plan,
      windowDeliveries: learned?.deliveries ?? 0,
      groups,
      aggregateMs,
      learnMs,
      laneRows: learned?.rows ?? 0,
      estimated: learned?.estimated ?? 0,
      lookupMs,
      plan: explain.map((row) => row.detail),
    };
  } finally {
    await bench.drop();
  }
}

/** The per-parcel cost at ingest: a new shipment of the biggest shop asks for its learned range. */
async function timeLookups(db: Db, now: Date) {
  const { learnedEstimateFor } = await import("~/estimates/apply.server");
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await db.$transaction((tx) =>
      learnedEstimateFor(
        tx,
        {
          shopId: "bench-shop-0",
          carrier: CARRIERS[i % CARRIERS.length],
          destinationCountry: DESTINATIONS[i % DESTINATIONS.length],
          shippedAt: now,
          firstScanAt: null,
        },
        now,
      ),
    );
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    p95: times[Math.floor(times.length * 0.95)],
  };
}

const domain = (s: number) => `estimates-bench-${s}.myshopify.com`;

async function seed(bench: BenchDatabase, plan: { shipments: number; shops: number }, now: Date) {
  const shopRows = Array.from({ length: plan.shops }, (_, s): Value[] => [
    `bench-shop-${s}`,
    domain(s),
    "UTC",
    "US",
    now,
    now,
    now,
  ]);
  await bench.insert(
    "Shop",
    ["id", "domain", "timezone", "countryCode", "installedAt", "createdAt", "updatedAt"],
    shopRows,
  );
  const random = new Random(7);
  const big = Math.floor(plan.shipments / 5);
  const columns = [
    "id",
    "shopId",
    "orderShopifyId",
    "shopifyId",
    "carrier",
    "trackingNumbers",
    "status",
    "statusAt",
    "estimateSource",
    "deliveredAt",
    "firstScanAt",
    "destinationCountry",
    "shippedAt",
    "shopifyUpdatedAt",
    "createdAt",
    "updatedAt",
  ];
  let waiting = 0;
  for (let start = 0; start < plan.shipments; start += CHUNK) {
    const rows: Value[][] = [];
    for (let i = start; i < Math.min(start + CHUNK, plan.shipments); i++) {
      const shop = i < big ? 0 : 1 + (i % Math.max(1, plan.shops - 1));
      const shipped = new Date(now.getTime() - random.between(0, 365) * DAY);
      const delivered = new Date(
        shipped.getTime() + random.int(1, 12) * DAY + random.between(0, 8) * 3_600_000,
      );
      const done = delivered < now;
      const estimated = done || shop !== 0 || waiting++ >= WAITING ? "CARRIER" : null;
      rows.push([
        `s${i}`,
        `bench-shop-${shop}`,
        String(5_000_000_000 + i),
        String(7_000_000_000 + i),
        CARRIERS[random.int(0, CARRIERS.length - 1)],
        `["1Z${i}"]`,
        done ? "DELIVERED" : "IN_TRANSIT",
        done ? delivered : shipped,
        estimated,
        done ? delivered : null,
        random.chance(0.97) ? new Date(shipped.getTime() + random.between(2, 30) * 3_600_000) : null,
        DESTINATIONS[random.int(0, DESTINATIONS.length - 1)],
        shipped,
        shipped,
        shipped,
        shipped,
      ]);
    }
    await bench.insert("Shipment", columns, rows);
  }
}
