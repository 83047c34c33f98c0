import type { DispatchConfig } from "~/notifications/dispatch.server";
import { TEST_API_SECRET, TEST_APP_URL } from "../setup/test-env";
import { testDb } from "./db";
import { DEFAULT_SHOP } from "./webhooks";

/** An ISO time `hours` before now (negative: after); notifications only go out for recent milestones. */
export function hoursAgo(hours: number, from = Date.now()): string {
  return new Date(from - hours * 3_600_000).toISOString();
}

/** The dispatcher as the worker runs it, sending email to `smtpUrl`. */
export function dispatchConfig(
  smtpUrl: string | undefined,
  overrides: Partial<DispatchConfig> = {},
): DispatchConfig {
  return {
    smtpUrl,
    emailFrom: "notifications@parcelwise.test",
    appUrl: TEST_APP_URL,
    secret: TEST_API_SECRET,
    encryptionKey: Buffer.from(process.env.ENCRYPTION_KEY ?? "", "base64"),
    ...overrides,
  };
}

/** Runs the dispatcher until nothing is due at `now`. */
export async function dispatch(config: DispatchConfig, now?: Date) {
  const { dispatchNotifications } = await import("~/notifications/dispatch.server");
  return dispatchNotifications(await testDb(), now ? { ...config, now: () => now } : config, {
    workerId: "test-dispatch",
  });
}

/** Every outbox row of a shop, oldest first. */
export async function outbox(shop = DEFAULT_SHOP) {
  const db = await testDb();
  return db.notification.findMany({ where: { shop: { domain: shop } }, orderBy: { createdAt: "asc" } });
}

export async function shopId(shop = DEFAULT_SHOP): Promise<string> {
  const db = await testDb();
  return (await db.shop.findUniqueOrThrow({ where: { domain: shop }, select: { id: true } })).id;
}

/** Saves notification settings for a shop the way the admin does; throws on a validation error. */
export async function configureShop(input: Record<string, unknown>, shop = DEFAULT_SHOP) {
  const { saveNotificationSettings } = await import("~/notifications/settings.server");
  const db = await testDb();
  const id = await shopId(shop);
  const result = await saveNotificationSettings(
    db,
    id,
    input,
    Buffer.from(process.env.ENCRYPTION_KEY ?? "", "base64"),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
}
