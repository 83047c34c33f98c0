import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

/**
 * Two projects run the same suite: on SQLite (the embedded default) and on PostgreSQL (production).
 * Each test file gets a database of its own (tests/setup/database.ts). Unit tests need no database and
 * run only in the sqlite project.
 */
const shared = {
  setupFiles: ["tests/setup/setup-test-env.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: "forks" as const,
};

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    reporters: ["default"],
    projects: [
      {
        plugins: [tsconfigPaths()],
        test: {
          ...shared,
          name: "sqlite",
          include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          env: { TEST_DATABASE: "sqlite" },
        },
      },
      {
        plugins: [tsconfigPaths()],
        test: {
          ...shared,
          name: "postgres",
          include: ["tests/integration/**/*.test.ts"],
          env: { TEST_DATABASE: "postgres" },
        },
      },
    ],
  },
});
