import { existsSync } from "node:fs";
import axe from "axe-core";
import type { Browser, Page } from "playwright-core";
import { fulfillmentEventPayload, fulfillmentPayload, orderPayload } from "../fixtures/builders";
import { hoursAgo } from "../helpers/notifications";
import { deliver } from "../helpers/webhooks";

/** Debian's Chromium; CI installs it (.ci/run). Without it the end-to-end tests say so and are skipped. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const haveChromium = existsSync(CHROMIUM);
/** Screenshots, kept as test artifacts (gitignored). */
export const ARTIFACTS = "test-results/e2e";

/** A page that adds up layout shifts (as Core Web Vitals count them) and records what it downloads. */
export async function openPage(
  browser: Browser,
  options: Parameters<Browser["newPage"]>[0] = { viewport: { width: 1200, height: 900 } },
) {
  const page = await browser.newPage(options);
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  const downloads: Array<{ url: string; bytes: Promise<Buffer> }> = [];
  page.on("response", (response) => {
    downloads.push({
      url: new URL(response.url()).pathname,
      bytes: response.body().catch(() => Buffer.alloc(0)),
    });
  });
  return { page, downloads };
}

/** The page's cumulative layout shift so far (a page opened with `openPage`). */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

/** Serious and critical axe-core violations inside `selector` (the whole document if it is absent). */
export async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (sel) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const results = await run(document.querySelector(sel) ?? document);
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }, selector);
}

/** Jon's order #1001 (jon@example.com), shipped with UPS and out for delivery in Louisville. */
export async function seedOutForDelivery(): Promise<{ orderId: number }> {
  const order = orderPayload({ name: "#1001" });
  const fulfillment = fulfillmentPayload(order.id, { created_at: hoursAgo(30), updated_at: hoursAgo(30) });
  await deliver("orders/create", order);
  await deliver("fulfillments/create", fulfillment);
  await deliver(
    "fulfillment_events/create",
    fulfillmentEventPayload(order.id, fulfillment.id, "out_for_delivery", hoursAgo(2), {
      city: "Louisville",
    }),
  );
  return { orderId: order.id };
}
