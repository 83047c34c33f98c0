import { mkdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { resetRateLimits } from "~/storefront/rate-limit.server";
import { seedOfflineSession } from "../helpers/db";
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

if (!haveChromium) console.warn(`SKIPPED: chat widget end-to-end tests need Chromium at ${CHROMIUM}`);
/** What a page may download for the chat before the shopper opens it. */
const LAUNCHER_BUDGET_GZIP = 3 * 1024;

describe.skipIf(!haveChromium)("chat widget in a real browser", () => {
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
  beforeEach(async () => {
    resetRateLimits();
    await seedOfflineSession();
    await seedOutForDelivery();
  });

  it("loads only a tiny launcher, then answers a German shopper about their order, accessibly and without layout shift", async () => {
    // Given a storefront page in German with the chat's app embed turned on
    const { page, downloads } = await openPage(browser);
    await page.goto(`${storefront.url}/?locale=de`);
    await page.waitForFunction(() => customElements.get("parcelwise-chat"));
    await page.waitForLoadState("networkidle");

    // Then before the shopper opens it, the chat costs the launcher script and nothing else
    const before = [...downloads];
    const scripts = before.filter((d) => d.url.endsWith(".js"));
    const gzipped = await Promise.all(scripts.map(async (d) => gzipSync(await d.bytes).length));
    const raw = await Promise.all(scripts.map(async (d) => (await d.bytes).length));
    const total = gzipped.reduce((a, b) => a + b, 0);
    console.info(
      `[e2e] chat launcher before opening: ${scripts.map((d, i) => `${d.url} ${raw[i]} B (${gzipped[i]} B gzip)`).join(", ")}; total ${total} B gzip`,
    );
    expect(scripts.map((d) => d.url)).toEqual(["/ext-assets/chat-launcher.js"]);
    expect(total).toBeLessThanOrEqual(LAUNCHER_BUDGET_GZIP);
    expect(before.some((d) => /\/chat\.(js|css)$/.test(d.url))).toBe(false);

    // When the shopper opens the chat
    const launcher = page.getByRole("button", { name: "Mit uns chatten" });
    await launcher.click();
    const dialog = page.getByRole("dialog", { name: "Hilfe zu Ihrer Bestellung" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(downloads.some((d) => d.url === "/ext-assets/chat.js")).toBe(true);
    const chatJs = await downloads.find((d) => d.url === "/ext-assets/chat.js")!.bytes;
    console.info(`[e2e] chat.js on opening: ${chatJs.length} B (${gzipSync(chatJs).length} B gzip)`);
    expect(await launcher.getAttribute("aria-expanded")).toBe("true");
    // Then focus is in the panel, on the message box
    const message = dialog.getByRole("textbox", { name: "Ihre Nachricht" });
    await expect.poll(() => message.evaluate((node) => node === document.activeElement)).toBe(true);

    // When they ask where their order is, they are asked to verify it
    await message.fill("Wo ist meine Bestellung?");
    await message.press("Enter");
    const orderNumber = dialog.getByRole("textbox", { name: "Bestellnummer" });
    await orderNumber.waitFor({ timeout: 10_000 });
    await expect.poll(() => orderNumber.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/chat-de-verify.png` });

    // When they give the order number and their email, the chat tells them it is out for delivery
    await orderNumber.fill("1001");
    await dialog.getByRole("textbox", { name: /E-Mail/ }).fill("jon@example.com");
    await dialog.getByRole("button", { name: "Bestellung suchen" }).click();
    const log = dialog.getByRole("log");
    await expect.poll(() => log.innerText(), { timeout: 10_000 }).toMatch(/In Zustellung/);
    const transcript = await log.innerText();
    console.info(`[e2e] chat (de) transcript:\n${transcript}`);
    expect(transcript).toMatch(/zugestellt|Zustellung/);
    expect(transcript).toContain("Bestellung 1001");
    expect(transcript).not.toContain("jon@example.com");
    await page.screenshot({ path: `${ARTIFACTS}/chat-de.png` });

    // Accessibility of the launcher and the panel, as axe-core judges it (serious and critical only)
    expect(await seriousViolations(page, "parcelwise-chat")).toEqual([]);
    const cls = await layoutShift(page);
    console.info(`[e2e] chat (de): CLS ${cls.toFixed(4)}`);
    expect(cls).toBe(0);

    // When they press Escape, the panel closes and focus is back on the launcher
    await page.keyboard.press("Escape");
    expect(await dialog.isVisible()).toBe(false);
    expect(await launcher.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await launcher.getAttribute("aria-expanded")).toBe("false");

    // And after a reload, the keyboard opens the same conversation (Enter on the focused launcher)
    await page.reload();
    await page.waitForFunction(() => customElements.get("parcelwise-chat"));
    await launcher.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await log.innerText()).toContain("Wo ist meine Bestellung?");
    await page.close();
  });

  it("fits a 320px-wide phone, and keeps still for a shopper who asks for less motion", async () => {
    const { page } = await openPage(browser, {
      viewport: { width: 320, height: 640 },
      reducedMotion: "reduce",
    });
    await page.goto(`${storefront.url}/pages/track?locale=de`);
    await page.waitForFunction(() => customElements.get("parcelwise-chat"));
    await page.getByRole("button", { name: "Mit uns chatten" }).click();
    const dialog = page.getByRole("dialog", { name: "Hilfe zu Ihrer Bestellung" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await dialog.evaluate((node) => getComputedStyle(node).animationName)).toBe("none");
    await page.screenshot({ path: `${ARTIFACTS}/chat-de-320.png` });
    await page.close();
  });

  it("shows what the shopper typed only as text, links https addresses, and keeps an unsent message", async () => {
    const { page } = await openPage(browser);
    let alerts = 0;
    page.on("dialog", (d) => {
      alerts++;
      void d.dismiss();
    });
    await page.goto(`${storefront.url}/?locale=en`);
    await page.waitForFunction(() => customElements.get("parcelwise-chat"));
    await page.getByRole("button", { name: "Chat with us" }).click();
    const dialog = page.getByRole("dialog", { name: "Help with your order" });
    const typed = "<img src=x onerror=alert(1)>";
    await dialog.getByRole("textbox", { name: "Your message" }).fill(typed);
    await dialog.getByRole("button", { name: "Send" }).click();

    const mine = dialog.locator(".pwc-msg--you");
    await expect.poll(() => mine.last().innerText()).toContain(typed);
    // The reply arrives (whatever it says), and nothing in the panel became an element
    await expect.poll(() => dialog.locator(".pwc-msg--assistant").count(), { timeout: 10_000 }).toBe(2);
    expect(await page.locator("parcelwise-chat img").count()).toBe(0);
    expect(alerts).toBe(0);

    // A reply's https address is a link that opens in a new tab, without the opener
    await dialog.getByRole("button", { name: "Returns and refunds" }).click();
    const link = dialog.getByRole("log").getByRole("link", { name: /refund-policy/ });
    await link.waitFor({ timeout: 10_000 });
    expect(await link.getAttribute("href")).toMatch(/^https:\/\/[\w.-]+\/policies\/refund-policy$/);
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");

    // A message that cannot be sent says so, and goes back into the message box
    await page.route("**/apps/parcelwise/chat", (route) => route.abort());
    const box = dialog.getByRole("textbox", { name: "Your message" });
    await box.fill("Are you there?");
    await box.press("Enter");
    await expect.poll(() => dialog.getByRole("alert").innerText()).toMatch(/Something went wrong/);
    expect(await box.inputValue()).toBe("Are you there?");
    expect(await mine.last().innerText()).not.toContain("Are you there?");
    await page.close();
  });
});
