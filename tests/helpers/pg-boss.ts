import pg from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { Db } from "~/db.server";
import type { JobQueue } from "~/jobs/job-types";
import { testDb } from "./db";

/** A job as pg-boss holds it (its `job` table in `schema`). */
export interface PgBossJob {
  name: string;
  state: string;
  retry_count: number;
  singleton_key: string | null;
  data: Record<string, unknown>;
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const parsed = new URL(url);
  parsed.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: parsed.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Every job pg-boss holds, oldest first (not the archive). */
export function pgBossJobs(url: string, schema: string): Promise<PgBossJob[]> {
  return withClient(url, async (client) => {
    const exists = await client.query("SELECT 1 FROM information_schema.schemata WHERE schema_name = $1", [
      schema,
    ]);
    if (!exists.rowCount) return [];
    const { rows } = await client.query<PgBossJob>(
      `SELECT name, state::text AS state, retry_count, singleton_key, data FROM ${schema}.job ORDER BY created_on, id`,
    );
    return rows;
  });
}

/** Empties pg-boss's jobs in `schema` (the test setup does so in the file's own between tests). */
export function clearPgBoss(url: string, schema: string): Promise<void> {
  return withClient(url, async (client) => {
    await client.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = '${schema}') THEN
        DELETE FROM ${schema}.job; DELETE FROM ${schema}.archive;
      END IF; END $$`);
  });
}

/** Removes pg-boss's schema (the test setup drops the file's own after the file). */
export function dropPgBoss(url: string, schema: string): Promise<void> {
  return withClient(url, (client) =>
    client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).then(() => undefined),
  );
}

export interface AppPgBoss {
  db: Db;
  /** The app's job queue in this process (jobQueue()). */
  queue: JobQueue;
  /** pg-boss's schema beside this file's database (jobQueueSchema()). */
  schema: string;
}

/**
 * For a describe block whose file set JOB_QUEUE=pg-boss before the app's first import: the app's job queue
 * on this file's database, ready before the first test; pg-boss's jobs emptied before each test; the queue
 * closed and its schema dropped after the last. The fields are filled in once the block starts.
 */
export function useAppPgBoss(): AppPgBoss {
  const app = {} as AppPgBoss;
  beforeAll(async () => {
    app.db = await testDb();
    const { jobQueue, jobQueueSchema } = await import("~/jobs/queue.server");
    app.queue = jobQueue();
    app.schema = jobQueueSchema();
    await app.queue.ready();
  });
  beforeEach(() => clearPgBoss(process.env.DATABASE_URL!, app.schema));
  afterAll(async () => {
    await app.queue?.close();
    await dropPgBoss(process.env.DATABASE_URL!, app.schema);
  });
  return app;
}
