/**
 * A fresh, migrated database for one benchmark phase — a SQLite file in the run's temp dir, or a new
 * schema in BENCH_DATABASE_URL's PostgreSQL database — with a raw connection that seeds it in bulk
 * (multi-row INSERTs inside transactions; one Prisma create per row would take minutes for 1M rows).
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { quoteIdent } from "../../scripts/lib/adapters";
import { deployMigrations } from "../../scripts/lib/migrate";

export type Kind = "sqlite" | "postgresql";
export type Value = string | number | Date | null;

export interface BenchDatabase {
  kind: Kind;
  /** DATABASE_URL for the app's own Prisma client. */
  url: string;
  /** Appends rows in one transaction (call it with a few thousand rows at a time). */
  insert(table: string, columns: string[], rows: Value[][]): Promise<void>;
  /** A query on the raw connection, for checks and EXPLAIN; `?` placeholders on both databases. */
  query<T>(sql: string, args?: Value[]): Promise<T[]>;
  /** Closes the raw connection and removes the database. */
  drop(): Promise<void>;
}

/** The app's SQLite adapter stores DateTime as ISO text with "+00:00"; comparisons are textual. */
const sqliteTime = (v: Value) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : v);
/** UTC wall time for `timestamp(3)` columns; a Date would be sent in the process's own time zone. */
const pgTime = (v: Value) => (v instanceof Date ? v.toISOString().replace("Z", "") : v);

/** Rows per multi-row INSERT: under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const sqliteChunk = (columns: string[]) => Math.max(1, Math.min(200, Math.floor(32_000 / columns.length)));
const pgChunk = (columns: string[]) => Math.floor(60_000 / columns.length);

/** `?` placeholders as PostgreSQL's `$1, $2 …`. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export async function createBenchDatabase(name: string, tmp: string, pgUrl?: string): Promise<BenchDatabase> {
  return pgUrl ? postgres(name, pgUrl) : sqlite(path.join(tmp, `${name}.sqlite`));
}

async function sqlite(file: string): Promise<BenchDatabase> {
  const url = `file:${file}`;
  await deployMigrations(url, { throwaway: true });
  const raw = new Database(file);
  // The app opens it in WAL mode too; seeding needs no fsync (this connection only).
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = OFF");
  const statements = new Map<string, Database.Statement>();
  const prepared = (table: string, columns: string[], count: number) => {
    const key = `${table}|${columns.join(",")}|${count}`;
    let statement = statements.get(key);
    if (!statement) {
      const tuple = `(${columns.map(() => "?").join(", ")})`;
      statement = raw.prepare(
        `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) VALUES ${Array(count).fill(tuple).join(", ")}`,
      );
      statements.set(key, statement);
    }
    return statement;
  };
  const insertAll = raw.transaction((table: string, columns: string[], rows: Value[][]) => {
    const size = sqliteChunk(columns);
    for (let i = 0; i < rows.length; i += size) {
      const part = rows.slice(i, i + size);
      prepared(table, columns, part.length).run(part.flat().map(sqliteTime));
    }
  });
  return {
    kind: "sqlite",
    url,
    insert: async (table, columns, rows) => void insertAll(table, columns, rows),
    query: async <T>(sql: string, args: Value[] = []) => raw.prepare(sql).all(args.map(sqliteTime)) as T[],
    drop: async () => {
      raw.close();
      // The temp dir holding the file (and its -wal/-shm) is removed by the caller.
    },
  };
}

async function postgres(name: string, baseUrl: string): Promise<BenchDatabase> {
  const schema = `bench_${name}_${process.pid}_${randomBytes(3).toString("hex")}`;
  const withSchema = new URL(baseUrl);
  withSchema.searchParams.set("schema", schema);
  const url = withSchema.toString();
  await deployMigrations(url);
  const plain = new URL(baseUrl);
  plain.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: plain.toString() });
  await client.connect();
  await client.query(`SET search_path TO ${quoteIdent(schema)}`);
  return {
    kind: "postgresql",
    url,
    insert: async (table, columns, rows) => {
      await client.query("BEGIN");
      try {
        for (let i = 0; i < rows.length; i += pgChunk(columns)) {
          const part = rows.slice(i, i + pgChunk(columns));
          const tuples = part.map(
            (_, r) => `(${columns.map((_c, c) => `$${r * columns.length + c + 1}`).join(", ")})`,
          );
          await client.query(
            `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) VALUES ${tuples.join(", ")}`,
            part.flat().map(pgTime),
          );
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    query: async <T>(sql: string, args: Value[] = []) =>
      (await client.query(numbered(sql), args.map(pgTime))).rows as T[],
    drop: async () => {
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
