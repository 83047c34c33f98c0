import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { deployMigrations } from "../../scripts/lib/migrate";
import { TEST_POSTGRES_URL } from "./test-env";

export interface TestDatabase {
  url: string;
  /** Empties every table, and on PostgreSQL pg-boss's jobs (between tests). */
  reset(): Promise<void>;
  /** Removes the database, and on PostgreSQL pg-boss's schema beside it (after the file). */
  drop(): Promise<void>;
}

const TABLES = [
  "ChatSettings",
  "ConversationMessage",
  "Conversation",
  "Notification",
  "NotificationTemplate",
  "NotificationSettings",
  "Suppression",
  "CarrierFeed",
  "TrackingEvent",
  "TrackingNumber",
  "VariantImage",
  "LaneStat",
  "Shipment",
  "Order",
  "DataRequest",
  "Job",
  "WebhookInbox",
  "Session",
  "Shop",
];

/**
 * A fresh, migrated database for one test file: a new SQLite file, or a new schema in the PostgreSQL
 * test database. Migrations are applied with the same code `npm run setup` uses. On PostgreSQL the job
 * queue is pg-boss (docs/decisions/0016): it creates its own schema, `<schema>_pgboss`, at its first use
 * in the file (jobQueueSchema() in app/jobs/queue.server.ts); reset empties it, drop removes it.
 */
export async function createTestDatabase(kind: "sqlite" | "postgres"): Promise<TestDatabase> {
  const name = `t_${process.pid}_${randomBytes(4).toString("hex")}`;
  if (kind === "sqlite") {
    const file = path.join(tmpdir(), `parcelwise-${name}.sqlite`);
    const url = `file:${file}`;
    await deployMigrations(url, { throwaway: true });
    return {
      url,
      reset: async () => {
        const { default: db } = await import("~/db.server");
        for (const table of TABLES) await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
      },
      drop: async () => {
        for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
      },
    };
  }
  const base = new URL(TEST_POSTGRES_URL);
  base.searchParams.set("schema", name);
  const url = base.toString();
  await deployMigrations(url);
  return {
    url,
    reset: async () => {
      const { default: db } = await import("~/db.server");
      await db.$executeRawUnsafe(`TRUNCATE ${TABLES.map((t) => `"${name}"."${t}"`).join(", ")} CASCADE`);
      // pg-boss's jobs, once it has made its schema (a file that never queued a job has none). Its
      // queues (one per job type) stay: they are created once, at the queue's first use.
      const boss = await jobQueueSchemaOf(url);
      await db.$executeRawUnsafe(`DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = '${boss}' AND tablename = 'job') THEN
          DELETE FROM "${boss}".job; DELETE FROM "${boss}".archive;
        END IF; END $$`);
    },
    drop: async () => {
      const boss = await jobQueueSchemaOf(url);
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS "${boss}" CASCADE`);
      await client.end();
    },
  };
}

/** pg-boss's schema beside the app's (imported late: the app reads its configuration at import). */
async function jobQueueSchemaOf(url: string): Promise<string> {
  const { jobQueueSchema } = await import("~/jobs/queue.server");
  return jobQueueSchema(url);
}
