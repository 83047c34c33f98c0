import http from "node:http";
import { createAdminApi } from "./admin-api";
import { adminShell } from "./admin-shell";
import type { MailCatcher } from "./mail-catcher";
import { serveMail } from "./mail-page";
import { createAppProxy } from "./proxy";
import { Random } from "./random";
import { DEMO_SHOP_SETTINGS, Shop } from "./shop";
import { Simulator, type SimOptions } from "./simulator";
import { shopifyStatus, statusPage } from "./status-page";
import { serveStorefront } from "./storefront";
import { WebhookSender } from "./webhooks";

/**
 * The shop emulator: one plain node:http server standing in for Shopify.
 *   /                                       status page (orders, scenarios, last webhooks), /status.json
 *   /admin, /admin/<page>                   the emulated admin hosting the app in a frame
 *   /mail, /mail/<id>, /mail.json           the emails the app sent (mail-page.ts)
 *   /shops/<shop>/admin/api/<v>/graphql.json Admin GraphQL (ParcelwiseOrders)
 *   everything else                         proxied to the app with a session token (the framed app)
 * plus the webhook stream it POSTs to the app.
 */
export interface EmulatorOptions {
  port: number;
  shop: string;
  accessToken: string;
  apiKey: string;
  apiSecret: string;
  apiVersion: string;
  /** Where the app listens, and the URL it believes it has (SHOPIFY_APP_URL). */
  appOrigin: string;
  appUrl: string;
  seed: number;
  sim: SimOptions;
  /** The demo's SMTP server, whose messages /mail shows. */
  mail: MailCatcher;
  log: (line: string) => void;
}

export async function startEmulator(options: EmulatorOptions) {
  const { shop: domain, log } = options;
  const random = new Random(options.seed);
  const shop = new Shop(domain, random);
  const sender = new WebhookSender({
    appUrl: options.appOrigin,
    secret: options.apiSecret,
    shop: domain,
    apiVersion: options.apiVersion,
    concurrency: 4,
    log,
  });
  const simulator = new Simulator(shop, sender, random, options.sim, log);
  const adminApi = createAdminApi({
    shop: domain,
    accessToken: options.accessToken,
    orders: () => shop.visibleOrders(),
    log,
  });
  const proxy = createAppProxy({ ...options, shop: domain, log });
  const origin = `http://localhost:${options.port}`;
  // Links the app builds on SHOPIFY_APP_URL (in emails), as the app actually serves them.
  const appUrlOrigin = new URL(options.appUrl).origin;
  const servedLink = (link: string) =>
    link.startsWith(appUrlOrigin) ? options.appOrigin + link.slice(appUrlOrigin.length) : link;

  const counters = () => ({
    orders: shop.visibleOrders().length,
    "webhooks delivered": sender.stats.delivered,
    "HTTP attempts": sender.stats.attempts,
    "non-200 answers": sender.stats.non200,
    "deliberate duplicates": sender.stats.duplicates,
    "given up after retries": sender.stats.gaveUp,
    "Admin GraphQL calls": adminApi.stats.requests,
    "throttled calls": adminApi.stats.throttled,
  });

  const storefront = {
    shop: domain,
    shopName: DEMO_SHOP_SETTINGS.name,
    appOrigin: options.appOrigin,
    apiSecret: options.apiSecret,
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", origin);
    const reading = req.method === "GET" || req.method === "HEAD";
    if (reading && serveMail(url.pathname, res, options.mail, servedLink)) return;
    if (serveStorefront(req, res, storefront)) return;
    const api = url.pathname.match(/^\/shops\/([^/]+)\/admin\/api\/[^/]+\/graphql\.json$/);
    const admin = url.pathname.match(/^\/admin(\/.*)?$/);
    if (api) {
      adminApi.handle(req, res, decodeURIComponent(api[1])).catch((error: unknown) => {
        log(`Admin API error: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    } else if (admin) {
      res
        .writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
        .end(adminShell(domain, (admin[1] ?? "").replace(/\/$/, ""), url.search));
    } else if (url.pathname === "/" && req.method === "GET") {
      const view = {
        shop: domain,
        adminUrl: `${origin}/admin`,
        appUrl: options.appOrigin,
        stories: shop.stories,
        pending: (s: (typeof shop.stories)[number]) => simulator.pending(s),
        counters: counters(),
        failures: sender.failures,
        mailUrl: `${origin}/mail`,
        storefrontUrl: `${origin}/storefront/track`,
        proxyPageUrl: `${origin}/apps/parcelwise`,
        mailCount: options.mail.received(),
      };
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(statusPage(view));
    } else if (url.pathname === "/favicon.ico") {
      res.writeHead(204).end(); // the admin's own, not the app's
    } else if (url.pathname === "/status.json") {
      const orders = shop.stories
        .filter((s) => s.visible)
        .map((s) => ({
          name: s.order.name,
          id: String(s.order.id),
          fulfillmentId: s.order.fulfillments[0] ? String(s.order.fulfillments[0].id) : null,
          scenario: s.scenario,
          source: s.source,
          shopifyStatus: shopifyStatus(s),
          pendingSteps: simulator.pending(s),
        }));
      res
        .writeHead(200, { "Content-Type": "application/json" })
        .end(JSON.stringify({ counters: counters(), failures: sender.failures, orders }, null, 2));
    } else {
      proxy(req, res);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve());
  });

  return {
    origin,
    /** Starts the webhook stream: history first, then live orders. Call once the app answers. */
    startStream: () => simulator.start(),
    /** After the history burst: print each step as it happens. */
    setVerbose: (on: boolean) => (simulator.verbose = on),
    idle: () => sender.idle(),
    counters,
    stop: async () => {
      simulator.stop();
      sender.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
