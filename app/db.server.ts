import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-postgresql/client";
import { env } from "./env.server";

export type Db = PrismaClient;

/**
 * Builds a Prisma client for a database URL. Prisma 7 clients are generated per provider and check that
 * the driver adapter matches, so PostgreSQL gets the client generated from the same schema with the
 * postgresql provider (scripts/prisma-generate.ts); both expose the same model API and types.
 */
export function createDb(url: string): Db {
  if (url.startsWith("file:")) {
    return new PrismaClient({ adapter: sqliteAdapter(url) });
  }
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  // The adapter's `schema` qualifies the model API's tables; raw SQL (the dashboard's aggregates) names
  // them unqualified, so the connections look there first too.
  const searchPath = schema ? `"${schema.replace(/"/g, '""')}"`.replace(/ /g, "\\ ") : undefined;
  const adapter = new PrismaPg(
    {
      connectionString: parsed.toString(),
      max: 10,
      ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
    },
    schema ? { schema } : undefined,
  );
  return new PostgresPrismaClient({ adapter }) as unknown as Db;
}

/**
 * SQLite in WAL mode: readers never wait for the writer, and a commit costs one sync of the log
 * instead of several of a rollback journal. `synchronous = FULL` keeps every acknowledged webhook on
 * disk through a power cut; `busy_timeout` lets a second process (a worker, `npm run setup`) wait its
 * turn instead of failing.
 */
function sqliteAdapter(url: string): SqlDriverAdapterFactory {
  const base = new PrismaBetterSqlite3({ url });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = await base.connect();
      await adapter.executeScript(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;",
      );
      return adapter;
    },
  };
}

declare global {
  // Reused across dev-server reloads so a hot reload does not open a new pool each time.
  var parcelwiseDb: Db | undefined;
}

const db: Db = globalThis.parcelwiseDb ?? createDb(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalThis.parcelwiseDb = db;

export default db;
