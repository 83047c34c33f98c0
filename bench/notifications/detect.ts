/**
 * Phase 2, delay and stall detection over a large store: a million shipments in transit, a small share
 * of them due. Times `detectLateAndStalled` on the pass that works through the due ones and on passes
 * with nothing due (the index seek alone), and shows the due query's plan.
 */
import { performance } from "node:perf_hooks";
import type { DetectionResult } from "../../app/notifications/detect.server";
import { createBenchDatabase, type BenchDatabase } from "./database";
import { dueQueryPlan } from "./plan";
import { seedActiveShipments, type ActiveShipmentsPlan } from "./seed";

export interface DetectOptions extends ActiveShipmentsPlan {
  tmp: string;
  pgUrl?: string;
  /** How many nothing-due passes to time. */
  idlePasses: number;
}

export interface DetectFigures {
  plan: ActiveShipmentsPlan;
  due: number;
  seedSeconds: number;
  /** The calls that worked through the backlog (one unless it exceeds a call's batches). */
  duePasses: Array<DetectionResult & { ms: number }>;
  /** Outbox rows the due pass wrote (DELAYED and STALLED emails). */
  outboxRows: number;
  /** Shipments still due after the due passes: should be none. */
  leftDue: number;
  idleMs: number[];
  queryPlan: string[];
  usesCheckAtIndex: boolean;
}

const log = (message: string) => console.error(`[bench] ${message}`);

async function count(database: BenchDatabase, sql: string, args: Date[] = []): Promise<number> {
  const [row] = await database.query<{ n: number | string }>(sql, args);
  return Number(row.n);
}

export async function benchDetect(options: DetectOptions): Promise<DetectFigures> {
  const { tmp, pgUrl, idlePasses, ...plan } = options;
  const database = await createBenchDatabase("detect", tmp, pgUrl);
  try {
    const now = new Date();
    const seedStart = performance.now();
    log(`detect: seeding ${plan.shipments} shipments across ${plan.shops} shops …`);
    const { due } = await seedActiveShipments(database, plan, now);
    // PostgreSQL's autovacuum would have analysed a table this size long ago; SQLite has no statistics
    // unless the app runs ANALYZE, which it does not.
    if (database.kind === "postgresql") await database.query(`ANALYZE`);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    log(`detect: seeded in ${seedSeconds.toFixed(1)} s; ${due} due`);

    const { createDb } = await import("../../app/db.server");
    const { detectLateAndStalled } = await import("../../app/notifications/detect.server");
    const explained = await dueQueryPlan(database, now);
    const db = createDb(database.url);
    try {
      // Connection and first-query set-up are not part of a pass.
      await db.shop.count();
      const duePasses: DetectFigures["duePasses"] = [];
      for (;;) {
        const start = performance.now();
        const result = await detectLateAndStalled(db, now);
        duePasses.push({ ...result, ms: performance.now() - start });
        log(`detect: pass checked ${result.checked} (delayed ${result.delayed}, stalled ${result.stalled})`);
        if (!result.checked || duePasses.length >= 10) break;
        if ((await count(database, `SELECT COUNT(*) AS n FROM "Shipment" WHERE "checkAt" <= ?`, [now])) === 0)
          break;
      }
      const leftDue = await count(database, `SELECT COUNT(*) AS n FROM "Shipment" WHERE "checkAt" <= ?`, [
        now,
      ]);
      const outboxRows = await count(database, `SELECT COUNT(*) AS n FROM "Notification"`);
      const idleMs: number[] = [];
      for (let i = 0; i < idlePasses; i++) {
        const start = performance.now();
        const result = await detectLateAndStalled(db, now);
        idleMs.push(performance.now() - start);
        if (result.checked) throw new Error(`an idle pass checked ${result.checked} shipments`);
      }
      return {
        plan,
        due,
        seedSeconds,
        duePasses,
        outboxRows,
        leftDue,
        idleMs,
        queryPlan: explained.lines,
        usesCheckAtIndex: explained.usesCheckAtIndex,
      };
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.drop();
  }
}
