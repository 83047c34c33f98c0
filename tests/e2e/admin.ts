import { createServer, get } from "node:http";
import type { Page } from "playwright-core";
import type { AddressInfo } from "node:net";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startApp, type AppProcess } from "../../scripts/emulator/app-process";
import { ensureBuild } from "../../scripts/emulator/prepare";
import { sessionToken } from "../../scripts/emulator/session-token";
import { DEFAULT_SHOP } from "../helpers/webhooks";
import { TEST_API_KEY, TEST_API_SECRET } from "../setup/test-env";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** A desktop browser's user agent: the app answers 410 to anything that looks like a bot (isbot). */
export const DESKTOP_USER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/**
 * Resolves once the app answers HTTP. Node's own http client, not fetch: msw intercepts the test
 * process's fetch and refuses requests it has no handler for.
 */
async function untilListening(url: string, app: AppProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null)
      throw new Error(`The app exited during startup (exit ${app.child.exitCode})`);
    const up = await new Promise<boolean>((resolve) => {
      get(url, (res) => {
        res.resume();
        resolve((res.statusCode ?? 500) < 500);
      }).on("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer on ${url} within ${timeoutMs / 1000} s`);
}

export interface EmbeddedAdmin {
  /** `/app/<page>` as Shopify admin loads it: embedded=1, shop, host, and the admin's locale. */
  url(page: string, query?: Record<string, string>): string;
  /** Plays App Bridge for a page: every request to the app carries a session token. */
  authorize(page: Page): Promise<void>;
  close(): Promise<void>;
}

/**
 * The embedded admin for end-to-end tests: the production build (built first when the sources are newer)
 * served by `npm start` as its own process on this test file's database. A page given to `authorize`
 * sends a session token signed with the app's secret with every request, as App Bridge does, so every
 * page goes through the real `authenticate.admin` against the seeded offline session.
 */
export async function startEmbeddedAdmin(
  options: { shop?: string; smtpUrl?: string; env?: Record<string, string> } = {},
): Promise<EmbeddedAdmin> {
  const shop = options.shop ?? DEFAULT_SHOP;
  await ensureBuild(ROOT);
  const appPort = await freePort();
  const appUrl = `http://127.0.0.1:${appPort}`;
  const logDir = path.join(ROOT, "test-results", "e2e");
  mkdirSync(logDir, { recursive: true });
  const app: AppProcess = startApp(
    ROOT,
    {
      NODE_ENV: "production",
      PORT: String(appPort),
      HOST: "127.0.0.1",
      DATABASE_URL: process.env.DATABASE_URL!,
      SHOPIFY_API_KEY: TEST_API_KEY,
      SHOPIFY_API_SECRET: TEST_API_SECRET,
      SHOPIFY_APP_URL: appUrl,
      SCOPES: "read_orders,read_fulfillments,read_products,read_themes,write_app_proxy",
      ENCRYPTION_KEY: process.env.ENCRYPTION_KEY!,
      RUN_WORKER: "false",
      LOG_LEVEL: "warn",
      ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
      ...options.env,
    },
    path.join(logDir, `admin-app-${process.pid}.log`),
    { echo: false },
  );
  try {
    await untilListening(`${appUrl}/`, app);
  } catch (error) {
    await app.stop();
    throw error;
  }

  const origin = appUrl;
  const host = Buffer.from(`admin.shopify.com/store/${shop.replace(".myshopify.com", "")}`).toString(
    "base64url",
  );

  return {
    url(page, query = {}) {
      const params = new URLSearchParams({ embedded: "1", shop, host, locale: "en", ...query });
      return `${origin}/app${page}?${params}`;
    },
    async authorize(page) {
      // App Bridge adds a fresh session token to every request an embedded app makes; so does this.
      await page.route(`${origin}/**`, (route) =>
        route.continue({
          headers: {
            ...route.request().headers(),
            authorization: `Bearer ${sessionToken(shop, TEST_API_KEY, TEST_API_SECRET)}`,
          },
        }),
      );
      // App Bridge's script is on Shopify's CDN, which this machine cannot reach. Without it the
      // <ui-nav-menu> links would show inline at the top; Shopify admin draws them in its own sidebar.
      await page.route("https://cdn.shopify.com/**", (route) => route.abort());
      await page.addInitScript(() =>
        document.addEventListener("DOMContentLoaded", () =>
          document.head.insertAdjacentHTML("beforeend", "<style>ui-nav-menu { display: none }</style>"),
        ),
      );
    },
    async close() {
      await app.stop();
    },
  };
}
