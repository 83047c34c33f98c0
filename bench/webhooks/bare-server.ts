/**
 * The fair baseline: a bare node:http server that does the minimum a webhook receiver must do —
 * check Shopify's HMAC over the raw body and durably record one receipt row (better-sqlite3, WAL,
 * one prepared INSERT) — then answer 200. synchronous is FULL, an fsync per commit like the app's
 * rollback journal today, unless BARE_SYNCHRONOUS says otherwise (NORMAL: fsync at checkpoints only).
 *
 * env: PORT, SHOPIFY_API_SECRET, BARE_DB (SQLite file path), BARE_SYNCHRONOUS. Listens on 127.0.0.1.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";

const port = Number(process.env.PORT);
const secret = process.env.SHOPIFY_API_SECRET ?? "";
const file = process.env.BARE_DB ?? "";
if (!port || !secret || !file) throw new Error("PORT, SHOPIFY_API_SECRET and BARE_DB are required");

const db = new Database(file);
db.pragma("journal_mode = WAL");
// Explicit: better-sqlite3 would default to NORMAL when reopening a WAL file.
db.pragma(`synchronous = ${process.env.BARE_SYNCHRONOUS === "NORMAL" ? "NORMAL" : "FULL"}`);
db.exec(`CREATE TABLE IF NOT EXISTS receipts (
  id INTEGER PRIMARY KEY,
  shop TEXT NOT NULL,
  event_id TEXT NOT NULL,
  topic TEXT NOT NULL,
  received_at TEXT NOT NULL,
  UNIQUE (shop, event_id)
)`);
const insert = db.prepare(
  "INSERT OR IGNORE INTO receipts (shop, event_id, topic, received_at) VALUES (?, ?, ?, ?)",
);

const header = (req: http.IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

function verified(body: Buffer, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = createHmac("sha256", secret).update(body).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function reply(res: http.ServerResponse, status: number, body: string) {
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    if (req.method !== "POST") return reply(res, 405, '{"error":"POST only"}');
    if (!verified(Buffer.concat(chunks), header(req, "x-shopify-hmac-sha256"))) {
      return reply(res, 401, '{"error":"Invalid webhook signature"}');
    }
    const shop = header(req, "x-shopify-shop-domain");
    const eventId = header(req, "x-shopify-event-id") ?? header(req, "x-shopify-webhook-id");
    const topic = header(req, "x-shopify-topic");
    if (!shop || !eventId || !topic) return reply(res, 400, '{"error":"Invalid webhook headers"}');
    try {
      insert.run(shop, eventId, topic, new Date().toISOString());
    } catch (error) {
      console.error(error);
      return reply(res, 500, '{"error":"Processing failed"}');
    }
    reply(res, 200, '{"ok":true}');
  });
});

server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => console.log(`[bare-server] http://127.0.0.1:${port}`));
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close(() => db.close());
    server.closeAllConnections();
  });
}
