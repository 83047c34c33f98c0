/**
 * A year of one busy shop for the admin home, on top of bench/lookup/seed.ts's store (shops, sessions,
 * orders, shipments, tracking numbers, scans): the shipments are spread over 365 days with a realistic
 * mix of states, five carriers and seven destination countries, delivery times of 1–8 days, detection's
 * late and stalled flags on some parcels in flight; then notifications for every shipment and chats for
 * 3 % of the orders. Reshaping is a few set-based UPDATEs, one per table, on both databases.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { quoteIdent } from "../../../scripts/lib/adapters";
import { seedStore, type StorePlan } from "../../lookup/seed";
import type { BenchDatabase, Value } from "../../notifications/database";
import { shopId } from "../../notifications/seed";

const CHUNK = 20_000;
const CARRIERS = ["UPS", "DHL Express", "FedEx", "USPS", "DPD"];
const COUNTRIES = ["US", "DE", "GB", "FR", "CA", "NL", "AU"];

/** Runs one statement that returns nothing (the bench connection's `query` only reads). */
async function exec(db: BenchDatabase, sql: string, args: Value[]) {
  if (db.kind === "sqlite") {
    const raw = new Database(db.url.slice("file:".length));
    try {
      raw.prepare(sql).run(args.map((v) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : v)));
    } finally {
      raw.close();
    }
    return;
  }
  const url = new URL(db.url);
  const schema = url.searchParams.get("schema") ?? "public";
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    let n = 0;
    await client.query(
      sql.replace(/\?/g, () => `$${++n}`),
      args.map((v) => (v instanceof Date ? v.toISOString().replace("Z", "") : v)),
    );
  } finally {
    await client.end();
  }
}

/** `now` plus a number of days given as an SQL expression (negative: before), as the column type wants. */
const at = (db: BenchDatabase, days: string) =>
  db.kind === "sqlite"
    ? `strftime('%Y-%m-%dT%H:%M:%f+00:00', ?, printf('%.5f days', ${days}))`
    : `(CAST(? AS timestamp) + (${days}) * INTERVAL '1 day')`;
const pick = (values: string[], n: string) =>
  `CASE ${values.map((v, i) => `WHEN ${n} % ${values.length} = ${i} THEN '${v}'`).join(" ")} END`;

export async function seedBusyShop(db: BenchDatabase, plan: StorePlan, now: Date, log: (m: string) => void) {
  await seedStore(db, plan, now, log);
  const n = `CAST(substr("id", 2) AS INTEGER)`;
  // Days since it shipped: the shop's k-th shipment k/perDay days ago, spread over a year.
  const ago = `((${n} / ${plan.shops}) % 365 + (${n} % 24) / 24.0)`;
  const toDeliver = `(1 + ${n} % 7 + (${n} % 10) / 10.0)`;
  const delivered = `((${n} / ${plan.shops}) % 365 >= 9 AND ${n} % 61 <> 0)`;
  const status = `CASE WHEN ${n} % 97 = 0 THEN 'CANCELLED'
      WHEN (${n} / ${plan.shops}) % 365 >= 9 THEN CASE WHEN ${n} % 61 = 0 THEN 'EXCEPTION' ELSE 'DELIVERED' END
      ELSE ${pick(["PENDING", "IN_TRANSIT", "IN_TRANSIT", "IN_TRANSIT", "OUT_FOR_DELIVERY", "IN_TRANSIT", "DELAYED", "IN_TRANSIT", "ATTEMPTED_DELIVERY", "IN_TRANSIT"], n)} END`;
  const inFlight = `(${n} % 97 <> 0 AND (${n} / ${plan.shops}) % 365 < 9)`;
  const shipmentSql = `UPDATE "Shipment" SET
      "carrier" = ${pick(CARRIERS, n)},
      "destinationCountry" = ${pick(COUNTRIES, `(${n} / 5)`)},
      "shippedAt" = ${at(db, `-${ago}`)},
      "status" = ${status},
      "deliveredAt" = CASE WHEN ${n} % 97 <> 0 AND ${delivered} THEN ${at(db, `-${ago} + ${toDeliver}`)} END,
      "statusAt" = CASE WHEN ${n} % 97 <> 0 AND ${delivered} THEN ${at(db, `-${ago} + ${toDeliver}`)}
        ELSE ${at(db, `-${ago} / 2`)} END,
      "lastEventAt" = ${at(db, `-${ago} / 2`)},
      "estimatedDeliveryAt" = ${at(db, `-${ago} + 4 + ${n} % 2`)},
      "lateSince" = CASE WHEN ${inFlight} AND ${n} % 11 = 0 THEN ${at(db, "0")} END,
      "stalledSince" = CASE WHEN ${inFlight} AND ${n} % 13 = 0 THEN ${at(db, "0")} END`;
  await exec(db, shipmentSql, Array(shipmentSql.split("?").length - 1).fill(now));
  // Placed a day before shipping; last updated by Shopify when it was fulfilled.
  const orderSql = `UPDATE "Order" SET "processedAt" = ${at(db, `-${ago} - 1`)}, "shopifyUpdatedAt" = ${at(db, `-${ago}`)}`;
  await exec(db, orderSql, [now, now]);
  log(`spread shipments and orders over a year (${CARRIERS.length} carriers, ${COUNTRIES.length} countries)`);

  // The measured shop's outbox: SHIPPED by email for every shipment, by SMS for every 4th, DELIVERED
  // for the delivered ones; 2 % failed. Created when the milestone happened.
  const shop = 0;
  const mine = Array.from({ length: Math.ceil(plan.shipments / plan.shops) }, (_, k) => k * plan.shops);
  const day = 86_400_000;
  const shippedAt = (i: number) =>
    new Date(now.getTime() - ((((i / plan.shops) | 0) % 365) + (i % 24) / 24) * day);
  const notifications = mine.flatMap((i) => {
    const rows = [{ i, milestone: "SHIPPED", channel: "email", at: shippedAt(i) }];
    if (i % 4 === 0) rows.push({ i, milestone: "SHIPPED", channel: "sms", at: shippedAt(i) });
    if (((i / plan.shops) | 0) % 365 >= 9 && i % 97 !== 0) {
      rows.push({
        i,
        milestone: "DELIVERED",
        channel: "email",
        at: new Date(shippedAt(i).getTime() + 3 * day),
      });
    }
    return rows;
  });
  await insertRows(db, "Notification", notifications.length, (k) => {
    const r = notifications[k];
    const failed = k % 50 === 0;
    return {
      id: `n${k}`,
      shopId: shopId(shop),
      shipmentId: `s${r.i}`,
      milestone: r.milestone,
      channel: r.channel,
      status: failed ? "FAILED" : "SENT",
      milestoneAt: r.at,
      dueAt: r.at,
      sentAt: failed ? null : r.at,
      failedAt: failed ? r.at : null,
      createdAt: r.at,
      updatedAt: r.at,
    };
  });
  log(`seeded ${notifications.length} notifications for the measured shop`);

  // Chats for 3 % of its orders: most answered from the order's data, some handed over.
  const chats = mine.filter((i) => i % 33 === 0);
  await insertRows(db, "Conversation", chats.length, (k) => ({
    id: `c${k}`,
    shopId: shopId(shop),
    orderId: `o${chats[k]}`,
    turns: 2,
    answeredWithData: k % 5 !== 0 ? 1 : 0,
    escalatedAt: k % 9 === 0 ? shippedAt(chats[k]) : null,
    createdAt: shippedAt(chats[k]),
    updatedAt: shippedAt(chats[k]),
  }));
  await insertRows(db, "ConversationMessage", chats.length * 2, (m) => {
    const k = m >> 1;
    const assistant = m % 2 === 1;
    return {
      id: `m${m}`,
      conversationId: `c${k}`,
      shopId: shopId(shop),
      role: assistant ? "ASSISTANT" : "SHOPPER",
      text: assistant ? "Your parcel is on its way." : "where is my order?",
      intent: assistant ? (k % 7 === 0 ? "return_refund" : "order_status") : null,
      createdAt: shippedAt(chats[k]),
    };
  });
  log(`seeded ${chats.length} conversations for the measured shop`);
}

async function insertRows(
  db: BenchDatabase,
  table: string,
  count: number,
  row: (k: number) => Record<string, Value>,
) {
  for (let start = 0; start < count; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - start) }, (_, k) => row(start + k));
    const columns = Object.keys(rows[0]);
    await db.insert(
      table,
      columns,
      rows.map((r) => columns.map((c) => r[c])),
    );
  }
}
