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
// The suites read the Job table to see what was queued, on both databases. pg-boss, the PostgreSQL
// default (docs/decisions/0016), has its own tests (tests/integration/jobs-*.test.ts), which say so.
process.env.JOB_QUEUE = process.env.JOB_QUEUE ?? "table";
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
  const { default: db } = await import("~/db.server");
  await db.$disconnect();
  await database.drop();
});
