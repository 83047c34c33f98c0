/**
 * Runs the test suite's PostgreSQL project, or — on a machine without a reachable PostgreSQL — says
 * loudly that it is skipped. Never skips silently.
 */
import { spawnSync } from "node:child_process";
import pg from "pg";
import { TEST_POSTGRES_URL } from "../tests/setup/test-env";

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const problem = await reachable(TEST_POSTGRES_URL);
if (problem) {
  const line = "=".repeat(78);
  console.log(`${line}\n  POSTGRESQL TESTS SKIPPED: ${TEST_POSTGRES_URL} is not reachable (${problem}).`);
  console.log(`  Start PostgreSQL or set TEST_POSTGRES_URL to run them.\n${line}`);
  process.exit(0);
}
const result = spawnSync("npx", ["vitest", "run", "--project", "postgres", ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
