import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const toml = readFileSync("shopify.app.toml", "utf8");

/** Each [[webhooks.subscriptions]] block: its comment (handler file), topics and uri. */
const subscriptions = toml
  .split("[[webhooks.subscriptions]]")
  .slice(1)
  .map((block) => ({
    handler: block.match(/#\s*(app\/routes\/\S+)/)?.[1],
    topics: [...(block.match(/topics = \[([^\]]*)\]/)?.[1].matchAll(/"([^"]+)"/g) ?? [])].map((m) => m[1]),
    uri: block.match(/uri = "([^"]+)"/)?.[1],
  }));

describe("shopify.app.toml", () => {
  it("subscribes to every topic the foundation handles, GDPR ones as compliance topics", () => {
    expect(subscriptions.flatMap((s) => s.topics).sort()).toEqual(
      [
        "app/uninstalled",
        "customers/data_request",
        "customers/redact",
        "fulfillment_events/create",
        "fulfillment_events/delete",
        "fulfillments/create",
        "fulfillments/update",
        "orders/cancelled",
        "orders/create",
        "orders/updated",
        "shop/redact",
      ].sort(),
    );
    expect(toml).toMatch(/compliance_topics = \[ "customers\/redact" \]/);
  });

  it("names, for each subscription, a handler file that exists and serves its uri", () => {
    for (const { handler, topics, uri } of subscriptions) {
      expect(handler, `handler comment for ${topics}`).toBeDefined();
      expect(existsSync(handler!), handler).toBe(true);
      expect(uri).toBe(`/webhooks/${topics[0]}`);
      expect(handler).toBe(`app/routes/webhooks.${topics[0].replace("/", ".")}.tsx`);
    }
  });

  it("uses the Admin API version the app is built against", async () => {
    const { API_VERSION } = await import("~/shopify.server");
    expect(toml).toContain(`api_version = "${API_VERSION}"`);
  });
});
