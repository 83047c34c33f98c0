import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import type { Db } from "../db.server";
import { isUniqueViolation } from "./receive-webhook.server";

export interface InboxEntry {
  shopDomain: string;
  eventId: string;
  webhookId: string;
  topic: string;
  triggeredAt: Date | null;
  payload: string;
}

/** Writes an accepted webhook to the inbox; false when this (shop, event id) is already there. */
export type InboxInsert = (entry: InboxEntry) => Promise<boolean>;

/**
 * The one write on the acknowledgement path. On PostgreSQL it goes through Prisma. On SQLite it is one
 * prepared statement on a dedicated connection: measured in bench/webhooks, Prisma's SQLite adapter
 * prepares every statement anew and spent a third of the acknowledgement's CPU on this insert. Same
 * table, same columns and the same text format for times as Prisma writes (ISO 8601 with an offset).
 */
export function createInboxInsert(db: Db, databaseUrl: string): InboxInsert {
  if (!databaseUrl.startsWith("file:")) {
    return async (entry) => {
      try {
        await db.webhookInbox.create({ data: entry, select: { id: true } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    };
  }
  let insert: Database.Statement | null = null;
  return async (entry) => {
    insert ??= prepare(databaseUrl.slice("file:".length));
    const now = sqliteTime(new Date());
    const result = insert.run(
      randomUUID(),
      entry.shopDomain,
      entry.eventId,
      entry.webhookId,
      entry.topic,
      entry.triggeredAt ? sqliteTime(entry.triggeredAt) : null,
      now,
      entry.payload,
    );
    return result.changes === 1;
  };
}

function prepare(file: string): Database.Statement {
  const connection = new Database(file);
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = FULL");
  connection.pragma("busy_timeout = 5000");
  return connection.prepare(
    `INSERT INTO "WebhookInbox" ("id", "shopDomain", "eventId", "webhookId", "topic", "triggeredAt", "receivedAt", "payload", "attempts")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
     ON CONFLICT ("shopDomain", "eventId") DO NOTHING`,
  );
}

/** Prisma's SQLite text format for DateTime: 2026-01-02T03:04:05.678+00:00. */
function sqliteTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
