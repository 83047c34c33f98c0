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
      SCOPES: ["read_orders", "read_fulfillments", "write_app_proxy", "read_products", "read_themes"],
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

describe("notification configuration", () => {
  it("refuses an SMTP URL or encryption key that cannot work, naming the variable", () => {
    expect(() => parseEnv({ ...valid, SMTP_URL: "smtp://h:25?proxy=http://evil" })).toThrowError(
      /SMTP_URL: .*unsupported option "proxy"/,
    );
    expect(() => parseEnv({ ...valid, ENCRYPTION_KEY: "short" })).toThrowError(
      /ENCRYPTION_KEY: .*openssl rand/,
    );
    const env = parseEnv({
      ...valid,
      SMTP_URL: "smtps://user:pass@smtp.example.com",
      ENCRYPTION_KEY: "q5R1ySxhl0Jt4U9f0m6m4Vv3XGxD2m9bY1mJ2yQn9uE=",
    });
    expect(env.SMTP_URL).toBe("smtps://user:pass@smtp.example.com");
  });
});

describe("app URL", () => {
  it("must be https, except on this machine", () => {
    expect(() => parseEnv({ ...valid, SHOPIFY_APP_URL: "http://app.example.com" })).toThrowError(
      /SHOPIFY_APP_URL: must be an https/,
    );
    expect(parseEnv({ ...valid, SHOPIFY_APP_URL: "http://localhost:3000" }).SHOPIFY_APP_URL).toBe(
      "http://localhost:3000",
    );
  });
});
