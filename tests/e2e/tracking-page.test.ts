import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { trackingLinkToken } from "~/security/signed-token.server";
import { resetRateLimits } from "~/storefront/rate-limit.server";
import { orderByShopifyId, seedOfflineSession } from "../helpers/db";
import { shopId } from "../helpers/notifications";
import { TEST_API_SECRET } from "../setup/test-env";
import {
  ARTIFACTS,
  CHROMIUM,
  haveChromium,
  layoutShift,
  openPage,
  seedOutForDelivery,
  seriousViolations,
} from "./browser";
import { startStorefront } from "./storefront";

if (!haveChromium) console.warn(`SKIPPED: storefront end-to-end tests need Chromium at ${CHROMIUM}`);

describe.skipIf(!haveChromium)("tracking page in a real browser", () => {
  let browser: Browser;
  let storefront: Awaited<ReturnType<typeof startStorefront>>;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    storefront = await startStorefront();
  });
  afterAll(async () => {
    await browser?.close();
    await storefront?.close();
  });
  let orderId: number;
  beforeEach(async () => {
    resetRateLimits();
    await seedOfflineSession();
    ({ orderId } = await seedOutForDelivery());
  });

  for (const [locale, expected] of [
    [
      "en",
      {
        order: "Order number",
        contact: "Email or phone number",
        submit: "Track parcel",
        status: "Out for delivery",
      },
    ],
    ["de", { order: "Bestellnummer", contact: "E-Mail", submit: "Sendung", status: "Zustellung" }],
  ] as const) {
    it(`shows a shopper their order's status (${locale}), accessibly, without layout shift, with a small script`, async () => {
      const { page, downloads } = await openPage(browser);
      await page.goto(`${storefront.url}/pages/track?locale=${locale}`);
      await page.getByRole("textbox", { name: new RegExp(expected.order, "i") }).fill("1001");
      await page.getByRole("textbox", { name: new RegExp(expected.contact, "i") }).fill("jon@example.com");
      await page.getByRole("button", { name: new RegExp(expected.submit, "i") }).click();

      const result = page.locator("[data-pw-result]");
      await expect
        .poll(() => result.innerText(), { timeout: 10_000 })
        .toMatch(new RegExp(expected.status, "i"));
      expect(await result.innerText()).toContain("#1001");
      expect(await result.innerText()).toContain("Louisville");
      expect(await result.innerText()).not.toContain("jon@example.com");
      await page.screenshot({ path: `${ARTIFACTS}/tracking-${locale}.png`, fullPage: true });

      // Accessibility of the form and the result, as axe-core judges it (serious and critical only).
      expect(await seriousViolations(page, "parcelwise-tracking")).toEqual([]);

      const cls = await layoutShift(page);
      const scripts = await Promise.all(
        downloads.filter((d) => d.url.endsWith(".js")).map(async (d) => (await d.bytes).length),
      );
      console.info(`[e2e] ${locale}: CLS ${cls.toFixed(4)}, script bytes ${scripts.join(", ")}`);
      expect(cls).toBe(0);
      expect(scripts.every((bytes) => bytes <= 10_000)).toBe(true);
      await page.close();
    });
  }

  it("tells the shopper plainly when nothing matches, and shows what they typed only as text", async () => {
    const page = await browser.newPage();
    await page.goto(`${storefront.url}/pages/track?locale=en`);
    await page.getByRole("textbox", { name: /order number/i }).fill("1001");
    await page.getByRole("textbox", { name: /email or phone/i }).fill("<img src=x onerror=alert(1)>@x.y");
    await page.getByRole("button", { name: /track parcel/i }).click();
    await expect
      .poll(() => page.locator("[data-pw-error]").innerText(), { timeout: 10_000 })
      .toMatch(/find an order with that number/i);
    expect(await page.locator("[data-pw-result] img").count()).toBe(0);
    await page.close();
  });

  it("opens a notification's link on the app's own page, inside the theme, in German, without typing", async () => {
    const stored = await orderByShopifyId(orderId);
    const token = trackingLinkToken(TEST_API_SECRET, { shopId: await shopId(), orderId: stored!.id });
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${storefront.url}/apps/parcelwise/track/${token}?locale=de`);

    await expect
      .poll(() => page.locator("[data-pw-result]").innerText(), { timeout: 10_000 })
      .toMatch(/Zustellung/);
    expect(await page.locator("header").innerText()).toContain("Parcelwise Test Shop");
    expect(await page.locator("[data-pw-result]").innerText()).toContain("#1001");
    await page.screenshot({ path: `${ARTIFACTS}/tracking-proxy-page-de.png`, fullPage: true });

    // The same page without a link: the shopper types, in the theme's language.
    await page.goto(`${storefront.url}/apps/parcelwise?locale=de`);
    await page.getByRole("textbox", { name: /Bestellnummer/i }).fill("1001");
    await page.getByRole("textbox", { name: /E-Mail/i }).fill("jon@example.com");
    await page.getByRole("button", { name: /Sendung/i }).click();
    await expect
      .poll(() => page.locator("[data-pw-result]").innerText(), { timeout: 10_000 })
      .toMatch(/Zustellung/);
    await page.close();
  });
});
