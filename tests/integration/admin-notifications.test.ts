import { describe, expect, it } from "vitest";
import { fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { seedOfflineSession } from "../helpers/db";
import { dispatch, dispatchConfig, hoursAgo } from "../helpers/notifications";
import { sessionToken } from "../helpers/session-token";
import { useSmtpServer } from "../helpers/smtp";
import { deliver, DEFAULT_SHOP } from "../helpers/webhooks";
import { TEST_APP_URL } from "../setup/test-env";

const smtp = useSmtpServer();

function adminRequest(path: string, init: RequestInit = {}, shop = DEFAULT_SHOP) {
  return new Request(`${TEST_APP_URL}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${sessionToken(shop)}`, ...init.headers },
  });
}

async function load(path = "/app/notifications", shop = DEFAULT_SHOP) {
  const { loader } = await import("~/routes/app.notifications");
  return loader({ request: adminRequest(path, {}, shop), params: {}, context: {} });
}

describe("admin notifications page", () => {
  it("shows the shop's messages with masked recipients, counts and reasons, and no other shop's", async () => {
    // Given one sent message, one refused by the mail server, and another shop's message
    await seedOfflineSession();
    smtp.rejectRecipients.add("nobody@example.com");
    for (const [email, shop] of [
      ["jon@example.com", DEFAULT_SHOP],
      ["nobody@example.com", DEFAULT_SHOP],
      ["other@example.com", "other.myshopify.com"],
    ]) {
      const order = orderPayload({
        email,
        contact_email: email,
        created_at: hoursAgo(30),
        updated_at: hoursAgo(30),
      });
      await deliver("orders/create", order, { shop });
      await deliver(
        "fulfillments/create",
        fulfillmentPayload(order.id, { created_at: hoursAgo(1), updated_at: hoursAgo(1) }),
        { shop },
      );
    }
    await dispatch(dispatchConfig(smtp.url));

    // When the merchant opens the page
    const page = await load();

    // Then they see their two messages: one sent, one failed with the server's reason
    expect(page.log.counts).toEqual({ SENT: 1, FAILED: 1, PENDING: 0, SKIPPED: 0 });
    expect(page.log.entries).toHaveLength(2);
    const failed = page.log.entries.find((e) => e.status === "FAILED");
    expect(failed?.detail).toMatch(/550/);
    expect(JSON.stringify(page.log)).not.toMatch(/jon@example\.com|nobody@example\.com|other@example\.com/);
    expect(page.log.entries.map((e) => e.recipient)).toContain("j•••@example.com");

    // And a filter shows the failed one only
    const onlyFailed = await load("/app/notifications?status=FAILED");
    expect(onlyFailed.log.entries.map((e) => e.status)).toEqual(["FAILED"]);
  });

  it("previews a message in the chosen language with sample data", async () => {
    await seedOfflineSession();
    const page = await load("/app/notifications?milestone=DELIVERED&channel=sms&locale=nl");
    expect(page.choice).toEqual({ milestone: "DELIVERED", channel: "sms", locale: "nl" });
    expect(page.preview?.text).toMatch(/bezorgd/i);
    expect(page.preview?.html).toBeUndefined();
  });

  it("explains why a test send cannot go when no mail server is configured", async () => {
    await seedOfflineSession();
    await deliver("orders/create", orderPayload());
    const { action } = await import("~/routes/app.notifications");
    const body = new URLSearchParams({
      milestone: "SHIPPED",
      channel: "email",
      locale: "en",
      to: "me@shop.test",
    });
    const result = await action({
      request: adminRequest("/app/notifications", {
        method: "POST",
        body,
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
      params: {},
      context: {},
    });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/SMTP/) });
  });
});
