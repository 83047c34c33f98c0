import { beforeEach, describe, expect, it } from "vitest";
import { saveNotificationSettings } from "~/notifications/settings.server";
import { trackingLinkToken } from "~/security/signed-token.server";
import { withoutLiquid } from "~/storefront/proxy-page.server";
import { resetRateLimits } from "~/storefront/rate-limit.server";
import { renderProxyLiquid } from "../../scripts/emulator/theme-block";
import { orderPayload } from "../fixtures/builders";
import { call, proxyRequest } from "../helpers/app-proxy";
import { orderByShopifyId, seedOfflineSession, testDb } from "../helpers/db";
import { shopId } from "../helpers/notifications";
import { deliver } from "../helpers/webhooks";
import { TEST_API_SECRET } from "../setup/test-env";

const ORDER = orderPayload({ name: "#1001" });

beforeEach(async () => {
  resetRateLimits();
  await seedOfflineSession();
  await deliver("orders/create", ORDER);
});

async function page(path = "", init: Parameters<typeof proxyRequest>[1] = {}) {
  const { loader } = await import("~/routes/proxy._index");
  return call(() => loader({ request: proxyRequest(path, init), params: {}, context: {} }));
}

async function openLink(token: string, init: Parameters<typeof proxyRequest>[1] = {}) {
  const { loader } = await import("~/routes/proxy.track.$token");
  return call(() =>
    loader({ request: proxyRequest(`/track/${token}`, init), params: { token }, context: {} }),
  );
}

async function asset(file: string, query = "") {
  const { loader } = await import("~/routes/proxy.assets.$file");
  return call(() =>
    loader({ request: proxyRequest(`/assets/${file}${query}`), params: { file }, context: {} }),
  );
}

describe("the app's own tracking page through the app proxy", () => {
  it("is Liquid that Shopify renders inside the theme, in the storefront's language", async () => {
    const response = await page();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/liquid");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const liquid = await response.text();

    const german = await renderProxyLiquid(liquid, "de", "Jon’s Shop");
    expect(german).toContain("<header");
    expect(german).toContain("Bestellnummer");
    expect(german).not.toContain("Order number");
    const english = await renderProxyLiquid(liquid, "en", "Jon’s Shop");
    expect(english).toContain("Order number");
    expect(english).not.toContain("Bestellnummer");
    // A storefront language the block has no copy for gets English.
    expect(await renderProxyLiquid(liquid, "pt", "Jon’s Shop")).toContain("Order number");

    expect(english).toMatch(/<parcelwise-tracking[^>]*data-base="\/apps\/parcelwise"/);
    expect(english).toMatch(
      /<link rel="stylesheet" href="\/apps\/parcelwise\/assets\/order-tracking\.css\?v=\w+">/,
    );
    expect(english).toMatch(/<script src="\/apps\/parcelwise\/assets\/order-tracking\.js\?v=\w+" defer>/);
  });

  it("follows the merchant's proxy path and brand colour and logo", async () => {
    const db = await testDb();
    const saved = await saveNotificationSettings(
      db,
      await shopId(),
      { brandAccentColor: "#ffd400", brandLogoUrl: "https://cdn.shopify.com/s/files/logo.png" },
      undefined,
    );
    expect(saved).toEqual({ ok: true });

    const html = await renderProxyLiquid(
      await (await page("", { pathPrefix: "/a/track" })).text(),
      "en",
      "S",
    );
    expect(html).toMatch(/<parcelwise-tracking[^>]*data-base="\/a\/track"/);
    expect(html).toContain('href="/a/track/assets/order-tracking.css?v=');
    expect(html).toContain("--pw-accent: #ffd400");
    // Black text on a light accent, for contrast.
    expect(html).toContain("--pw-on-accent: #000000");
    expect(html).toContain('src="https://cdn.shopify.com/s/files/logo.png"');
  });

  it("refuses a forged signature", async () => {
    const forged = await page("", { secret: "not-the-app-secret" });
    expect(forged.status).toBe(401);
    expect(await forged.text()).not.toContain("parcelwise-tracking");
  });
});

describe("a notification's link opened by the shopper", () => {
  it("is the tracking page that opens the order by itself; the page's script gets the data as JSON", async () => {
    const stored = await orderByShopifyId(ORDER.id);
    const token = trackingLinkToken(TEST_API_SECRET, { shopId: await shopId(), orderId: stored!.id });

    const opened = await openLink(token, {
      headers: { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
    });
    expect(opened.status).toBe(200);
    expect(opened.headers.get("content-type")).toBe("application/liquid");
    const html = await renderProxyLiquid(await opened.text(), "en", "S");
    expect(html).toContain(`data-token="${token}"`);
    expect(html).not.toContain("jon@example.com"); // the page itself reveals nothing; the lookup does

    const data = await openLink(token, { headers: { Accept: "application/json" } });
    expect(data.status).toBe(200);
    expect(((await data.json()) as { order: unknown }).order).toEqual({ name: "#1001" });
  });

  it("never writes an odd token into the page", async () => {
    const odd = '"><script>alert(1)</script>';
    const html = await renderProxyLiquid(await (await openLink(encodeURIComponent(odd))).text(), "en", "S");
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("data-token");
  });
});

describe("the page's assets through the proxy", () => {
  it("serves the block's script and stylesheet, cached for good at their current version", async () => {
    const first = await asset("order-tracking.js");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    expect(await first.text()).toContain("parcelwise-tracking");

    const liquid = await (await page()).text();
    const version = /order-tracking\.js\?v=(\w+)/.exec(liquid)![1];
    const current = await asset("order-tracking.js", `?v=${version}`);
    expect(current.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await asset("order-tracking.css")).headers.get("content-type")).toMatch(/^text\/css/);
  });

  it("serves nothing else", async () => {
    for (const file of ["../../../.env", "..%2F..%2Fpackage.json", "order-tracking.liquid", "x.js"]) {
      expect((await asset(file)).status).toBe(404);
    }
  });
});

describe("Liquid in rendered text", () => {
  it("reaches the shopper as written, in HTML and in the block's JSON copy", async () => {
    const html = withoutLiquid(
      '<p title="{{ a }}">{% if x %}{{ shop.email }}</p>' +
        '<script type="application/json" data-pw-i18n>{"custom": {"DELIVERED": "{{ shop.email }} {% raw %}"}}</script>',
    );
    expect(html).not.toMatch(/\{[{%]/);
    const rendered = await renderProxyLiquid(`{% layout none %}${html}`, "en", "S");
    expect(rendered).toBe(html);
    const json = /<script[^>]*>([\s\S]*)<\/script>/.exec(rendered)![1];
    expect(JSON.parse(json)).toEqual({ custom: { DELIVERED: "{{ shop.email }} {% raw %}" } });
    expect(rendered).toContain('title="&#123;{ a }}"');
  });
});
