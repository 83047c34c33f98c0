/**
 * npm run bench:vitals — Core Web Vitals of the embedded admin in a real Chromium, on a shop with a year
 * of history: 100,000 shipments (plus another shop's as many) seeded as bench/admin/dashboard.ts seeds
 * them, served by the production build (`npm start`, built first when the sources are newer) on SQLite,
 * as the demo serves it. Each page is opened cold (a new browser context: empty cache) several times:
 *
 * - LCP: the last largest-contentful-paint entry before the first interaction;
 * - CLS: the sum of layout shifts without recent input over the whole visit;
 * - INP: the slowest interaction (Event Timing, grouped by interactionId) over a merchant's few
 *   interactions on the page — with fewer than 50 interactions INP is the worst one.
 *
 * Every request carries a session token signed with the app's secret, as App Bridge adds one, so the
 * pages run the real authenticate.admin. The machine's CPU is not throttled: figures are for this box.
 *
 * env (all optional):
 *   BENCH_SHIPMENTS (100000)  shipments of the measured shop   BENCH_RUNS (10)  cold visits per page
 *   BENCH_DATABASE_URL=postgresql://…  PostgreSQL instead of SQLite
 *   CHROMIUM_PATH (/usr/bin/chromium)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, get } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { startApp } from "../../scripts/emulator/app-process";
import { ensureBuild } from "../../scripts/emulator/prepare";
import { sessionToken } from "../../scripts/emulator/session-token";
import { shopDomain } from "../lookup/seed";
import { createBenchDatabase } from "../notifications/database";
import { seedBusyShop } from "./dashboard/seed";
import { API_KEY, log, num, SECRET } from "./harness";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const USER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

interface Visit {
  lcp: number;
  cls: number;
  inp: number;
  /** Which interaction was slowest, for reading the figures. */
  slowest: string;
}

/** What the page's observers collect (set up by the init script in `visit`). */
interface Probe {
  __vitals: { lcp: number; cls: number; events: Array<{ id: number; duration: number; mark: string }> };
  /** The interaction in progress, named by the scenario. */
  __mark: string;
}

interface Scenario {
  label: string;
  path: string;
  /** What a merchant does on the page; each step names itself for the report. */
  interact(page: Page, mark: (name: string) => Promise<void>): Promise<void>;
}

const SCENARIOS: Scenario[] = [
  {
    label: "Home (dashboard)",
    path: "/app",
    async interact(page, mark) {
      await mark("period 7 days");
      await page.getByRole("button", { name: "7 days" }).click();
      await page.waitForLoadState("networkidle");
      await mark("period 90 days");
      await page.getByRole("button", { name: "90 days" }).click();
      await page.waitForLoadState("networkidle");
    },
  },
  {
    label: "Shipments index",
    path: "/app/shipments",
    async interact(page, mark) {
      await mark("next page");
      await page.getByRole("button", { name: "Next" }).click();
      await page.waitForURL(/after=/);
      await page.waitForLoadState("networkidle");
      await mark("open the Status filter");
      await page.getByRole("button", { name: /^Status$/ }).click();
      await page.getByRole("checkbox", { name: "In transit" }).waitFor();
      await mark("tick In transit");
      await page.getByRole("checkbox", { name: "In transit" }).click();
      await page.waitForURL(/status=IN_TRANSIT/);
      await page.waitForLoadState("networkidle");
      await page.keyboard.press("Escape");
      await mark("type a search");
      await page.getByPlaceholder("Search by order, tracking number or customer email").fill("100123");
      await page.waitForURL(/q=100123/);
      await page.waitForLoadState("networkidle");
    },
  },
];

async function visit(browser: Browser, origin: string, shop: string, scenario: Scenario): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, userAgent: USER_AGENT });
  const page = await context.newPage();
  await page.route(`${origin}/**`, (route) =>
    route.continue({
      headers: {
        ...route.request().headers(),
        authorization: `Bearer ${sessionToken(shop, API_KEY, SECRET)}`,
      },
    }),
  );
  await page.route("https://cdn.shopify.com/**", (route) => route.abort());
  await page.addInitScript(() => {
    const w = window as unknown as Probe;
    w.__vitals = { lcp: 0, cls: 0, events: [] };
    w.__mark = "";
    let interacted = false;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!interacted) w.__vitals.lcp = entry.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >)
        if (!entry.hadRecentInput) w.__vitals.cls += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { interactionId: number }>) {
        if (!entry.interactionId) continue;
        interacted = true;
        w.__vitals.events.push({ id: entry.interactionId, duration: entry.duration, mark: w.__mark });
      }
    }).observe({ type: "event", buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
    addEventListener("pointerdown", () => (interacted = true), { capture: true });
    addEventListener("keydown", () => (interacted = true), { capture: true });
  });
  const url = new URL(`${origin}${scenario.path}`);
  const host = Buffer.from(`admin.shopify.com/store/${shop.replace(".myshopify.com", "")}`).toString(
    "base64url",
  );
  for (const [k, v] of Object.entries({ embedded: "1", shop, host, locale: "en" }))
    url.searchParams.set(k, v);
  const response = await page.goto(url.toString());
  if (!response?.ok()) throw new Error(`${scenario.path} answered ${response?.status()}`);
  await page.waitForLoadState("networkidle");
  // LCP is final once the page is idle and nothing has been touched.
  await page.waitForTimeout(300);
  await scenario.interact(page, (name) =>
    page.evaluate((n) => void ((window as unknown as Probe).__mark = n), name),
  );
  await page.waitForTimeout(300);
  const vitals = await page.evaluate(() => (window as unknown as Probe).__vitals);
  await context.close();
  const byInteraction = new Map<number, { duration: number; mark: string }>();
  for (const e of vitals.events) {
    const seen = byInteraction.get(e.id);
    if (!seen || e.duration > seen.duration) byInteraction.set(e.id, e);
  }
  const worst = [...byInteraction.values()].sort((a, b) => b.duration - a.duration)[0];
  return { lcp: vitals.lcp, cls: vitals.cls, inp: worst?.duration ?? 0, slowest: worst?.mark ?? "—" };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const answers = (url: string) =>
  new Promise<boolean>((resolve) => {
    get(url, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    }).on("error", () => resolve(false));
  });

const ms = (v: number) => `${v.toFixed(0).padStart(5)} ms`;

/** The value at quantile q (nearest rank), as CrUX reports the 75th percentile of page visits. */
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)];

async function main() {
  const perShop = num("BENCH_SHIPMENTS", 100_000);
  const runs = num("BENCH_RUNS", 10);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "parcelwise-bench-vitals-"));
  const bench = await createBenchDatabase("vitals", tmp, process.env.BENCH_DATABASE_URL);
  const now = new Date();
  let app: ReturnType<typeof startApp> | null = null;
  let browser: Browser | null = null;
  try {
    await ensureBuild(ROOT);
    log(`seeding 2 shops × ${perShop} shipments (${bench.kind}) …`);
    await seedBusyShop(
      bench,
      { shipments: perShop * 2, shops: 2, eventsEvery: 20, eventsPerShipment: 2 },
      now,
      log,
    );
    if (bench.kind === "postgresql") await bench.query("VACUUM ANALYZE");
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    app = startApp(
      ROOT,
      {
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: bench.url,
        SHOPIFY_API_KEY: API_KEY,
        SHOPIFY_API_SECRET: SECRET,
        SHOPIFY_APP_URL: origin,
        RUN_WORKER: "false",
        LOG_LEVEL: "error",
      },
      path.join(tmp, "app.log"),
      { echo: false },
    );
    for (let k = 0; !(await answers(`${origin}/`)); k++) {
      if (k > 240 || app.child.exitCode !== null) throw new Error("the app did not start");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox"],
    });
    const shop = shopDomain(0);
    // One untimed visit per page: the server's first render of a route loads its module.
    for (const scenario of SCENARIOS) await visit(browser, origin, shop, scenario);

    console.log(
      `\n## Admin Web Vitals — Chromium ${browser.version()}, production build, ${bench.kind === "sqlite" ? "SQLite" : "PostgreSQL"}, ${perShop} shipments in the shop (+${perShop} in another)`,
    );
    console.log(`${runs} cold visits per page (new context, empty cache), no CPU or network throttling\n`);
    for (const scenario of SCENARIOS) {
      const visits: Visit[] = [];
      for (let k = 0; k < runs; k++) visits.push(await visit(browser, origin, shop, scenario));
      const worst = visits.reduce((a, b) => (b.inp > a.inp ? b : a));
      const figures = (pick: (v: Visit) => number) =>
        `p50 ${ms(quantile(visits.map(pick), 0.5))}  p75 ${ms(quantile(visits.map(pick), 0.75))}  worst ${ms(Math.max(...visits.map(pick)))}`;
      console.log(`${scenario.label}`);
      console.log(`  LCP  ${figures((v) => v.lcp)}`);
      console.log(`  CLS  worst ${Math.max(...visits.map((v) => v.cls)).toFixed(4)}`);
      console.log(`  INP  ${figures((v) => v.inp)}   (slowest: ${worst.slowest})`);
    }
    console.log(
      `\ntargets (at p75 of visits, as Core Web Vitals count them): LCP ≤ 2500 ms, CLS ≤ 0.1, INP ≤ 200 ms`,
    );
  } finally {
    await browser?.close();
    await app?.stop();
    await bench.drop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
