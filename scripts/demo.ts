/**
 * `npm run demo`: Parcelwise running for real, with no Shopify account and no network.
 *
 * A fresh SQLite database (data/demo.sqlite), the production build served by remix-serve, and a local
 * shop emulator (scripts/emulator/) that plays Shopify: Admin GraphQL for the backfill, a stream of
 * signed webhooks (orders, fulfillments, carrier events; some duplicated or out of order), an emulated
 * admin that frames the app and signs its session tokens like App Bridge, and a local SMTP server that
 * catches the emails the app sends to shoppers (shown at http://localhost:3100/mail).
 *
 *   DEMO_APP_PORT (3000)  DEMO_EMULATOR_PORT (3100)  DEMO_SEED (random)  DEMO_ORDER_EVERY_MS (6000)
 *   DEMO_SMTP_PORT (any free port)
 *
 * The framed app is http://localhost:3100/app (what /admin's iframe loads, session token added). The
 * app answers 410 to user agents that look like bots (shopify-app-remix), so fetch it with a browser's
 * User-Agent: curl -A "Mozilla/5.0 …", or set `userAgent` in a headless browser.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deployMigrations } from "./lib/migrate";
import { startApp, waitUntilUp, type AppProcess } from "./emulator/app-process";
import { installDemoShop } from "./emulator/install";
import { startMailCatcher, type CaughtMail } from "./emulator/mail-catcher";
import { assertPortFree, ensureBuild, ensurePrismaClient } from "./emulator/prepare";
import { startEmulator } from "./emulator/server";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SHOP = "parcelwise-demo.myshopify.com";
const ACCESS_TOKEN = "shpat_demo";
const SCOPES = "read_orders,read_fulfillments,read_products,read_themes,write_app_proxy";
const API_KEY = "parcelwise-demo-api-key";
const API_SECRET = "parcelwise-demo-api-secret";
const API_VERSION = "2026-07";
// Not a secret: the demo's database is new every run. The app needs a key to store the SMTP, Twilio and
// Klaviyo credentials a merchant saves in its settings.
const ENCRYPTION_KEY = Buffer.from("parcelwise-demo-encryption-key!!").toString("base64");

const port = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65535)
    throw new Error(`${name} must be a port number`);
  return value;
};

async function main(): Promise<void> {
  const appPort = port("DEMO_APP_PORT", 3000);
  const emulatorPort = port("DEMO_EMULATOR_PORT", 3100);
  const seed = Number(process.env.DEMO_SEED ?? Date.now() % 1_000_000);
  if (!Number.isInteger(seed)) throw new Error("DEMO_SEED must be an integer");
  await assertPortFree(appPort, "the app", "DEMO_APP_PORT");
  await assertPortFree(emulatorPort, "the shop emulator", "DEMO_EMULATOR_PORT");
  const smtpPort = process.env.DEMO_SMTP_PORT ? port("DEMO_SMTP_PORT", 0) : 0;
  if (smtpPort) await assertPortFree(smtpPort, "the mail catcher", "DEMO_SMTP_PORT");

  await ensurePrismaClient(ROOT);
  await ensureBuild(ROOT);

  const dbFile = path.join(ROOT, "data", "demo.sqlite");
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  const databaseUrl = `file:${dbFile}`;
  await deployMigrations(databaseUrl);
  console.log(`• Fresh database ${path.relative(ROOT, dbFile)} (migrations applied).`);

  // Emails are printed as they arrive once the history burst is over (it sends dozens at once).
  let printMail = false;
  const mail = await startMailCatcher(smtpPort, (m: CaughtMail) => {
    if (printMail) console.log(`  [mail] ${m.language.padEnd(2)} ${m.to}: ${m.subject}`);
  });

  // Plain http on loopback: the app accepts it for its links (unsubscribe, one-click) only there.
  const appUrl = `http://localhost:${appPort}`;
  const servedUrl = appUrl;
  const appEnv = {
    NODE_ENV: "production",
    PORT: String(appPort),
    DATABASE_URL: databaseUrl,
    SHOPIFY_API_KEY: API_KEY,
    SHOPIFY_API_SECRET: API_SECRET,
    SHOPIFY_APP_URL: appUrl,
    SHOPIFY_ADMIN_ORIGIN: `http://127.0.0.1:${emulatorPort}/shops/{shop}`,
    SCOPES,
    // Reconciliation (re-reading recent orders from the Admin API) every 2 minutes instead of hourly,
    // so it visibly runs against the emulator during a demo.
    RECONCILE_INTERVAL_MINUTES: "2",
    SMTP_URL: mail.url,
    EMAIL_FROM: "notifications@parcelwise-demo.example",
    ENCRYPTION_KEY,
    // Delay and stall detection every 5 seconds instead of every minute: the history's late and stalled
    // parcels are flagged, and their shoppers told, within moments of the webhooks that make them so.
    DETECT_INTERVAL_SECONDS: "5",
  };

  // The emulator first: the app's worker asks its Admin GraphQL for the backfill as soon as it starts.
  const emulator = await startEmulator({
    port: emulatorPort,
    shop: SHOP,
    accessToken: ACCESS_TOKEN,
    apiKey: API_KEY,
    apiSecret: API_SECRET,
    apiVersion: API_VERSION,
    appOrigin: `http://127.0.0.1:${appPort}`,
    appUrl,
    seed,
    mail,
    sim: {
      preExisting: 10,
      preExistingDays: 10,
      history: 40,
      // The history's open parcels move on at 1 h per 30 s; live orders at 1 h per second.
      catchUpSecondsPerHour: 30,
      liveSecondsPerHour: 1,
      orderEveryMs: Number(process.env.DEMO_ORDER_EVERY_MS ?? 6000),
      maxOrders: 400,
      duplicateRate: 0.03,
      reorderRate: 0.08,
    },
    log: (line) => console.log(`  [shop] ${line}`),
  });
  let app: AppProcess | null = null;
  cleanup = async () => {
    await emulator.stop();
    await app?.stop();
    await mail.stop();
    const c = emulator.counters();
    console.log(
      `\nStopped. ${c["webhooks delivered"]} webhooks delivered, ${c["non-200 answers"]} non-200 answers, ${c["Admin GraphQL calls"]} Admin GraphQL calls, ${mail.received()} emails caught.`,
    );
  };

  await installDemoShop(appEnv, SHOP, ACCESS_TOKEN, SCOPES);
  console.log(`• Installed on ${SHOP}: offline session stored, backfill queued.`);

  app = startApp(ROOT, appEnv, path.join(ROOT, "data", "demo-app.log"));
  void app.exited.then((code) => {
    if (stopping) return;
    console.error(`The app exited unexpectedly (exit ${code}); see data/demo-app.log.`);
    void shutdown(1);
  });
  await waitUntilUp(`http://127.0.0.1:${appPort}/`, app);

  emulator.startStream();
  console.log(`
  Parcelwise demo is running (seed ${seed}).

    Shopify admin (emulated), the app embedded:  ${emulator.origin}/admin
    Shop emulator: orders, scenarios, webhooks:  ${emulator.origin}/
    Emails the app sent to shoppers:             ${emulator.origin}/mail
    The shop's tracking page (storefront):       ${emulator.origin}/storefront/track
    The app's own tracking page + chat (proxy):  ${emulator.origin}/apps/parcelwise
    The app's own server (plain http):           ${servedUrl}

  Sending the last days' orders as webhooks; new orders follow every few seconds. Ctrl-C stops.
`);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await emulator.idle();
  const c = emulator.counters();
  console.log(
    `• History delivered: ${c.orders} orders, ${c["webhooks delivered"]} webhooks, ${c["non-200 answers"]} non-200 answers, ${mail.received()} emails so far. Live webhooks and emails follow:`,
  );
  emulator.setVerbose(true);
  printMail = true;
}

/** Stops whatever main() started (emulator, app child), once. */
let cleanup: (() => Promise<void>) | null = null;
let stopping = false;
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await cleanup?.().catch((error: unknown) => console.error(`Cleanup failed: ${String(error)}`));
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

main().catch((error: unknown) => {
  console.error(`\nnpm run demo failed: ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});
