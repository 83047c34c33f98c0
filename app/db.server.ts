import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
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
    const client = new PrismaClient({
      adapter: new PrismaBetterSqlite3({ url }),
    });
    return client;
  }
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  const adapter = new PrismaPg(
    { connectionString: parsed.toString(), max: 10 },
    schema ? { schema } : undefined,
  );
  return new PostgresPrismaClient({ adapter }) as unknown as Db;
}

export function isSqlite(url: string = env.DATABASE_URL): boolean {
  return url.startsWith("file:");
}

declare global {
  // Reused across dev-server reloads so a hot reload does not open a new pool each time.
  var parcelwiseDb: Db | undefined;
}

const db: Db = globalThis.parcelwiseDb ?? createDb(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalThis.parcelwiseDb = db;

export default db;
