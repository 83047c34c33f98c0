import { logger } from "../logger.server";
import { errorMessage } from "./job-types";

/**
 * Signs that the database could not be reached or dropped the connection (a restart, a fail-over, a
 * network blip), as opposed to an answer about the query: Prisma's connection error codes, PostgreSQL's
 * admin_shutdown/crash_shutdown/cannot_connect_now (57P0x) and connection exceptions (08xxx), and the
 * driver's socket errors.
 */
const UNREACHABLE =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|terminating connection|Can't reach database|Server has closed the connection|database system is (starting up|shutting down|in recovery mode)|Connection (closed|ended)|not queryable|\b(57P0[123]|08[0-9A-Z]{3}|P1001|P1002|P1017)\b/i;

export function isDatabaseUnreachable(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return UNREACHABLE.test(`${String(code ?? "")} ${String(message ?? "")}`);
}

/** About 40 s in all, a try a second: long enough for PostgreSQL to restart or fail over. */
const DELAYS_MS = [250, 500, ...Array.from({ length: 40 }, () => 1000)];

/**
 * Runs `action` again while the database is unreachable, for about 40 s. For the write that records
 * something already done outside the database (an email the server accepted): recorded late is better
 * than done twice. Any other error, or an outage that lasts, is thrown as before.
 */
export async function whileDatabaseAway<T>(what: string, action: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (attempt >= DELAYS_MS.length || !isDatabaseUnreachable(error)) throw error;
      if (attempt === 0)
        logger.warn(`${what}: database unreachable, trying again`, { error: errorMessage(error) });
      await new Promise((resolve) => setTimeout(resolve, DELAYS_MS[attempt]));
    }
  }
}
