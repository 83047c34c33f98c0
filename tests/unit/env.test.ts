import { describe, expect, it } from "vitest";
import { parseEnv } from "~/env.server";

const valid = {
  SHOPIFY_API_KEY: "key",
  SHOPIFY_API_SECRET: "secret",
  SHOPIFY_APP_URL: "https://app.example.com",
};

describe("configuration", () => {
  it("applies documented defaults", () => {
    const env = parseEnv(valid);
    expect(env).toMatchObject({
      DATABASE_URL: "file:./data/parcelwise.sqlite",
      SCOPES: ["read_orders", "read_fulfillments", "write_app_proxy"],
      WEBHOOK_MAX_BYTES: 2 * 1024 * 1024,
      RUN_WORKER: true,
    });
  });

  it("names every missing or malformed variable in one error", () => {
    expect(() => parseEnv({ SHOPIFY_APP_URL: "not a url", DATABASE_URL: "mysql://x" })).toThrowError(
      /SHOPIFY_API_KEY[\s\S]*SHOPIFY_API_SECRET[\s\S]*SHOPIFY_APP_URL[\s\S]*DATABASE_URL: must start with file:/,
    );
  });

  it("accepts PostgreSQL URLs and parses numbers", () => {
    const env = parseEnv({ ...valid, DATABASE_URL: "postgresql://u@h:5432/db", WEBHOOK_MAX_BYTES: "1024" });
    expect(env.WEBHOOK_MAX_BYTES).toBe(1024);
    expect(() => parseEnv({ ...valid, WEBHOOK_MAX_BYTES: "lots" })).toThrowError(/WEBHOOK_MAX_BYTES/);
  });
});
