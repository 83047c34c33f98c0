import pg from "pg";

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
