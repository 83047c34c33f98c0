/**
 * `prisma migrate deploy` and a `prisma migrate dev --create-only` equivalent on the wasm schema engine.
 * One schema (prisma/schema.prisma), one migration history per provider:
 * prisma/migrations (SQLite) and prisma/migrations-postgresql (PostgreSQL).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "pg";
import { adminQuery, connect, pgConfig, providerOf, quoteIdent, type ConnectOptions } from "./adapters";
import {
  lockfileText,
  readMigrationList,
  withSchemaEngine,
  type Provider,
  type SchemaEngine,
} from "./schema-engine";
import { withProvider } from "./schema-file";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR: Record<Provider, string> = {
  sqlite: path.join(ROOT, "prisma", "migrations"),
  postgresql: path.join(ROOT, "prisma", "migrations-postgresql"),
};
const NO_FILTER = { externalTables: [], externalEnums: [] };

/** schema.prisma as the engine must see it for `provider`. */
export async function schemaFor(provider: Provider): Promise<string> {
  return withProvider(await readFile(SCHEMA_PATH, "utf8"), provider);
}

async function withEngine<T>(
  databaseUrl: string,
  options: ConnectOptions,
  run: (engine: SchemaEngine, provider: Provider) => Promise<T>,
): Promise<T> {
  const connection = connect(databaseUrl, options);
  try {
    const schema = await schemaFor(connection.provider);
    return await withSchemaEngine(SCHEMA_PATH, schema, connection.factory, (engine) =>
      run(engine, connection.provider),
    );
  } finally {
    await connection.close();
  }
}

/**
 * Applies pending migrations to `databaseUrl` and returns the names applied (empty when up to date).
 * Records `_prisma_migrations` exactly like `prisma migrate deploy`. Creates a missing SQLite file (and
 * its directory), PostgreSQL database or `?schema=`. Tests pass `{ throwaway: true }` for speed.
 */
export async function deployMigrations(databaseUrl: string, options: ConnectOptions = {}): Promise<string[]> {
  if (providerOf(databaseUrl) === "postgresql") await ensurePostgresTarget(databaseUrl);
  return withEngine(databaseUrl, options, async (engine, provider) => {
    const migrationsList = await readMigrationList(MIGRATIONS_DIR[provider]);
    if (migrationsList.migrationDirectories.length === 0) {
      throw new Error(`No migrations in ${MIGRATIONS_DIR[provider]}`);
    }
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: NO_FILTER,
    });
    return appliedMigrationNames;
  });
}

/** The database and schema must exist before the engine connects (the CLI creates them too). */
async function ensurePostgresTarget(databaseUrl: string): Promise<void> {
  const { schema, ...config } = pgConfig(databaseUrl);
  const client = new Client(config);
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000" || !config.database) throw error;
    // Database missing: create it from the maintenance database. Another worker may win the race.
    await adminQuery(
      { ...config, database: "postgres" },
      `CREATE DATABASE ${quoteIdent(config.database)}`,
    ).catch((e: { code?: string }) => {
      if (e.code !== "42P04") throw e;
    });
    return ensurePostgresTarget(databaseUrl);
  }
  try {
    // Concurrent IF NOT EXISTS can still collide on the catalog's unique index (23505).
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`).catch((e) => {
      if ((e as { code?: string }).code !== "23505") throw e;
    });
  } finally {
    await client.end();
  }
}

/** UTC yyyyMMddHHmmss, the CLI's migration folder prefix. */
function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/**
 * The SQL that takes a database from the migration history of `provider` to the current schema.
 * SQLite replays the history in an in-memory shadow database; PostgreSQL in a temporary database
 * created on the server of `postgresUrl` and dropped afterwards.
 */
export async function diffFromHistory(provider: Provider, postgresUrl: string): Promise<string> {
  const url = provider === "sqlite" ? "file::memory:" : postgresUrl;
  return withEngine(url, {}, async (engine) => {
    const migrationsList = await readMigrationList(MIGRATIONS_DIR[provider]);
    // The engine learns the connector from the lock file; a first migration has none on disk yet.
    migrationsList.lockfile.content ??= lockfileText(provider);
    const schema = { files: [{ path: SCHEMA_PATH, content: await schemaFor(provider) }] };
    const { stdout } = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", ...schema },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return stdout ?? "";
  });
}

/** An empty diff prints only this comment. */
function isEmptyDiff(sql: string): boolean {
  return sql.replace(/^--.*$/gm, "").trim() === "";
}

/**
 * Writes `<timestamp>_<name>/migration.sql` into each provider's history that has changes, plus the
 * lock files. Returns the folder name, or null when neither history differs from the schema.
 */
export async function createMigration(name: string, postgresUrl: string): Promise<string | null> {
  const slug = name
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .slice(0, 200);
  if (!slug) throw new Error("A migration needs a name");
  const folder = `${timestamp()}_${slug}`;
  const providers: Provider[] = ["sqlite", "postgresql"];
  const diffs = await Promise.all(providers.map((p) => diffFromHistory(p, postgresUrl)));
  if (diffs.every(isEmptyDiff)) return null;
  for (const [i, provider] of providers.entries()) {
    if (isEmptyDiff(diffs[i])) continue;
    const dir = path.join(MIGRATIONS_DIR[provider], folder);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), diffs[i]);
    await writeFile(path.join(MIGRATIONS_DIR[provider], "migration_lock.toml"), lockfileText(provider));
  }
  return folder;
}
