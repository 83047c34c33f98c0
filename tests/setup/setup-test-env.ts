import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { server } from "../mocks/server";
import { createTestDatabase } from "./database";
import { TEST_API_KEY, TEST_API_SECRET, TEST_APP_URL, TEST_ENCRYPTION_KEY } from "./test-env";

// The app reads its configuration once, at import: set it before any app module loads.
process.env.NODE_ENV = "test";
process.env.SHOPIFY_API_KEY = TEST_API_KEY;
process.env.SHOPIFY_API_SECRET = TEST_API_SECRET;
process.env.SHOPIFY_APP_URL = TEST_APP_URL;
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? "error";
process.env.RUN_WORKER = "false";
// No JOB_QUEUE: each project runs the deployment's default (docs/decisions/0016), the `Job` table on
// SQLite and pg-boss on PostgreSQL. Suites see and steer jobs only through the job interface
// (tests/helpers/jobs.ts), so the same assertions hold on both.
process.env.ENCRYPTION_KEY = TEST_ENCRYPTION_KEY;

const database = await createTestDatabase(process.env.TEST_DATABASE === "postgres" ? "postgres" : "sqlite");
process.env.DATABASE_URL = database.url;

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(async () => {
  await database.reset();
});
afterEach(() => server.resetHandlers());
afterAll(async () => {
  server.close();
  // This process's job queue (pg-boss holds a connection pool and timers): closed, or the file hangs.
  await globalThis.parcelwiseJobQueue?.close();
  globalThis.parcelwiseJobQueue = undefined;
  const { default: db } = await import("~/db.server");
  await db.$disconnect();
  await database.drop();
});
