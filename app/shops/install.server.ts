import type { Db } from "../db.server";
import { enqueue } from "../jobs/queue.server";

/**
 * After OAuth / token exchange: the shop row exists and is marked installed, and the first backfill and
 * the reconciliation cycle are queued (once each, however often Shopify re-runs auth).
 */
export async function onShopAuthenticated(db: Db, domain: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const existing = await tx.shop.findUnique({
      where: { domain },
      select: { uninstalledAt: true, backfilledAt: true },
    });
    if (!existing) {
      await tx.shop.create({ data: { domain } });
    } else if (existing.uninstalledAt) {
      await tx.shop.update({ where: { domain }, data: { uninstalledAt: null, installedAt: new Date() } });
    }
    if (!existing?.backfilledAt || existing.uninstalledAt) {
      await enqueue(tx, "backfill", { shop: domain }, { uniqueKey: `backfill:${domain}` });
    }
    await enqueue(
      tx,
      "reconcile",
      { shop: domain },
      { uniqueKey: `reconcile:${domain}`, runAt: new Date(Date.now() + 60_000) },
    );
  });
}
