import type PgBoss from "pg-boss";
import { logger } from "../logger.server";
import type { Tx } from "../types.server";
import { whileDatabaseAway } from "./database-outage.server";
import { errorMessage } from "./job-types";

/**
 * pg-boss's `db` option on a Prisma transaction (or client): the job row is written by the caller's
 * connection, so it commits or rolls back with the caller's change. pg-boss passes a payload as an
 * object (pg's own driver would serialize it); Prisma wants JSON text for a `jsonb` parameter.
 */
export function prismaExecutor(tx: Tx): PgBoss.Db {
  return {
    executeSql: async (text, values = []) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map(asParameter)),
    }),
  };
}

function asParameter(value: unknown): unknown {
  const isRecord =
    value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
  return isRecord ? JSON.stringify(value) : value;
}

/**
 * Records a job's outcome, trying again while the database is away (about 40 s). Given up after that,
 * or on any other error: the job then expires and runs again, which its handler must allow anyway.
 */
export async function persist<T>(what: string, action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await whileDatabaseAway(what, action);
  } catch (error) {
    logger.error(`${what} failed`, { error: errorMessage(error) });
    return undefined;
  }
}
