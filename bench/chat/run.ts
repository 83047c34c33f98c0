/**
 * npm run bench:chat — the storefront chat's reply latency without an LLM, over a big store: bench/lookup's
 * store (a million shipments with their orders across 50 shops, same seed) in a fresh, migrated database
 * (SQLite in a temp dir, removed afterwards; or a throwaway schema in PostgreSQL), then thousands of
 * conversations in six languages through the real app-proxy chat route, timed per turn kind: a first
 * message, verification with the order's status, a verified follow-up, a handoff to a person. Then
 * understand() alone. Figures on stdout, progress on stderr, a summary block at the end; exit code 1 on a
 * miss.
 *
 * env (all optional):
 *   BENCH_DATABASE_URL=postgresql://…  PostgreSQL instead of SQLite (a new schema, dropped afterwards)
 *   BENCH_SHIPMENTS (1000000), BENCH_SHOPS (50)
 *   BENCH_EVENTS_EVERY (4), BENCH_EVENTS_PER_SHIPMENT (4)   scans for every k-th shipment
 *   BENCH_TURNS (3000)                 timed turns per kind (rounded up to an even number)
 *   BENCH_WARMUP (400)                 untimed turns first
 *   BENCH_OPEN (50)                    conversations open at once, their turns interleaved
 *   BENCH_UNDERSTAND_PASSES (5)        passes of understand() over the timed messages
 *   BENCH_KEEP=1                       keep the temp dir (the PostgreSQL schema is still dropped)
 */
import { rmSync } from "node:fs";
import type { BenchDatabase } from "../notifications/database";
import { num, openBigStore } from "../lookup/big-store";
import { random } from "../lookup/lookups";
import { drive } from "./drive";
import { queriesPerTurn } from "./queries";
import { passes, section, summary, type ChatFigures } from "./report";
import { makeScripts } from "./scripts";
import { timeUnderstand } from "./understand";

const log = (message: string) => console.error(`[bench] ${message}`);
/** A database URL without its password, for printing. */
const masked = (url: string) => url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");

const SECRET = "bench-api-secret";
const APP_URL = "https://parcelwise.example";
/** Turns between two resets of the rate limiter: under the per-shop limits even if all went to one shop. */
const ROUND = 500;

async function count(bench: BenchDatabase, sql: string): Promise<number> {
  const [row] = await bench.query<{ n: number | string }>(sql);
  return Number(row?.n ?? 0);
}

async function main() {
  const { tmp, bench, store, database, seedSeconds } = await openBigStore(
    "chat",
    { secret: SECRET, appUrl: APP_URL },
    log,
  );
  let figures: ChatFigures;
  try {
    const queries = await queriesPerTurn(bench.url, store);

    const perKind = num("BENCH_TURNS", 3000);
    const rand = random(20261123);
    const scripts = makeScripts(store, rand, {
      perShape: Math.ceil(perKind / 2),
      warmupTurns: num("BENCH_WARMUP", 400),
    });
    const open = num("BENCH_OPEN", 50);
    log(`timing ${2 * Math.ceil(perKind / 2)} turns of each kind, ${open} conversations open at once …`);
    const samples = await drive(scripts, { secret: SECRET, appUrl: APP_URL, open, round: ROUND }, rand, log);

    log("timing understand() alone …");
    const understand = timeUnderstand(
      samples.map((s) => ({ text: s.message, language: s.language })),
      num("BENCH_UNDERSTAND_PASSES", 5),
    );
    const stored = {
      conversations: await count(bench, `SELECT COUNT(*) AS n FROM "Conversation"`),
      messages: await count(bench, `SELECT COUNT(*) AS n FROM "ConversationMessage"`),
      escalated: await count(
        bench,
        `SELECT COUNT(*) AS n FROM "Conversation" WHERE "escalatedAt" IS NOT NULL`,
      ),
      handoffJobs: await count(bench, `SELECT COUNT(*) AS n FROM "Job" WHERE "type" = 'chat-handoff'`),
    };
    const rateLimiting =
      `real limiter on (chat 30/min and verification 10/min per client, 1200 and 600/min per shop); ` +
      `every conversation from its own X-Forwarded-For (at most 4 messages and 1 verification each), ` +
      `limiter reset (resetRateLimits) every ${ROUND} turns`;
    figures = { store, seedSeconds, samples, rateLimiting, understand, queries, stored };
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
  console.log(summary(`${settings}npm run bench:chat`, database, figures).join("\n"));
  if (!passes(figures)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
