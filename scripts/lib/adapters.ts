/**
 * Driver adapters for the wasm schema engine, chosen from a database URL, with the work-arounds that
 * @prisma/adapter-pg 7.10.0 needs when the engine (rather than a Prisma client) drives it.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Client, type ClientConfig, type PoolConfig, type QueryResult } from "pg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Provider } from "./schema-engine";

export interface EngineConnection {
  provider: Provider;
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Disposes every adapter handed to the engine (it does not reliably dispose them itself). */
  close(): Promise<void>;
}

export function providerOf(databaseUrl: string): Provider {
  if (databaseUrl.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${databaseUrl}")`);
}

export interface ConnectOptions {
  /** A disposable database (tests): SQLite skips fsync, which is most of a fresh deploy's time on disk. */
  throwaway?: boolean;
}

export function connect(databaseUrl: string, options: ConnectOptions = {}): EngineConnection {
  return providerOf(databaseUrl) === "sqlite" ? sqlite(databaseUrl, options) : postgres(databaseUrl);
}

/** `file:./x.sqlite` is resolved against the cwd, as better-sqlite3 (and so the app) does. */
export function sqliteFile(databaseUrl: string): string {
  const file = databaseUrl.slice("file:".length).split("?")[0];
  return file === ":memory:" ? file : path.resolve(file);
}

function sqlite(databaseUrl: string, { throwaway = false }: ConnectOptions): EngineConnection {
  const file = sqliteFile(databaseUrl);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const factory = new PrismaBetterSqlite3({ url: file });
  if (throwaway) {
    // Per connection, not stored in the file: the app's own connections stay fully synchronous.
    const connectMain = factory.connect.bind(factory);
    factory.connect = async () => {
      const adapter = await connectMain();
      await adapter.executeScript("PRAGMA synchronous = OFF");
      return adapter;
    };
  }
  // The shadow database (diffs only) is :memory:. The engine replays each migration there with one
  // executeRaw of the whole multi-statement script, which better-sqlite3's prepare() refuses; exec()
  // (executeScript) runs it. Parameterless is the tell: the engine's own queries bind parameters or
  // are single statements, which exec() runs just as well.
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const shadow = await connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = (query) =>
      query.args.length === 0 ? shadow.executeScript(query.sql).then(() => 0) : executeRaw(query);
    return shadow;
  };
  return tracked("sqlite", factory);
}

/** Connection fields of a PostgreSQL URL plus Prisma's `?schema=` convention (default "public"). */
export function pgConfig(databaseUrl: string): ClientConfig & { schema: string } {
  const url = new URL(databaseUrl);
  const sslmode = url.searchParams.get("sslmode");
  return {
    host: url.searchParams.get("host") ?? (decodeURIComponent(url.hostname) || "localhost"),
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    database: decodeURIComponent(url.pathname.slice(1)) || undefined,
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    schema: url.searchParams.get("schema") ?? "public",
  };
}

function postgres(databaseUrl: string): EngineConnection {
  const { schema, ...config } = pgConfig(databaseUrl);
  const pool: PoolConfig = {
    ...config,
    // Migration SQL names tables unqualified: they must land in `schema`.
    options: `-c search_path=${quoteIdent(schema).replace(/ /g, "\\ ")}`,
    Client: CharAsTextClient,
    max: 2,
  };
  // Separate fields, not a connection string: PrismaPg's shadow database overrides only `database`,
  // which a connectionString would take precedence over.
  const factory = new PrismaPg(pool, { schema });
  const connectMain = factory.connect.bind(factory);
  factory.connect = async () => wholeScripts(await connectMain());
  // 7.10.0's connectToShadowDb drops the shadow database while its own pool is still connected (so the
  // DROP fails and shadow databases pile up) and never releases the connection it created it with.
  factory.connectToShadowDb = async () => {
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await adminQuery(config, `CREATE DATABASE ${quoteIdent(database)}`);
    const shadow = wholeScripts(await new PrismaPg({ ...pool, database }, { schema }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await adminQuery(config, `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
    };
    return shadow;
  };
  return tracked("postgresql", factory);
}

/**
 * adapter-pg 7.10.0's executeScript splits a migration on every ";", even inside string literals
 * (`DEFAULT 'a;b'`), and runs the pieces one by one. Sent whole, a parameterless query uses the simple
 * query protocol, which runs all statements in one implicit transaction, as the native engine does.
 */
function wholeScripts<T extends SqlDriverAdapter>(adapter: T): T {
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

/**
 * PostgreSQL's internal one-byte `"char"` type (OID 18, e.g. pg_class.relkind) is reported as text:
 * adapter-pg 7.10.0 rejects it as an unsupported column type, and the engine's introspection (used when
 * diffing against a shadow database) selects such columns.
 */
class CharAsTextClient extends Client {
  // pg.Client#query has many overloads; pg-pool calls the callback form, the adapter the promise form.
  query(...args: unknown[]): never {
    const at = args.findIndex((arg) => typeof arg === "function");
    if (at >= 0) {
      const done = args[at] as (err: Error | null, result?: unknown) => void;
      args[at] = (err: Error | null, result?: unknown) => done(err, result && charAsText(result));
    }
    const ret = (super.query as (...a: unknown[]) => unknown)(...args);
    return (at < 0 && ret instanceof Promise ? ret.then(charAsText) : ret) as never;
  }
}

function charAsText(result: unknown): unknown {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as QueryResult | undefined)?.fields ?? []) {
      if (field.dataTypeID === 18) field.dataTypeID = 25;
    }
  }
  return result;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Runs one statement on a short-lived connection (CREATE/DROP DATABASE cannot run in a pool tx). */
export async function adminQuery(config: ClientConfig, sql: string): Promise<void> {
  const client = new Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function tracked(provider: Provider, inner: SqlMigrationAwareDriverAdapterFactory): EngineConnection {
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter) => {
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () => (disposed ??= dispose().finally(() => open.delete(adapter)));
    open.add(adapter);
    return adapter;
  };
  return {
    provider,
    factory: {
      provider: inner.provider,
      adapterName: inner.adapterName,
      connect: async () => track(await inner.connect()),
      connectToShadowDb: async () => track(await inner.connectToShadowDb()),
    },
    close: async () => {
      await Promise.allSettled([...open].map((adapter) => adapter.dispose()));
    },
  };
}
