import type { Db } from "../db.server";
import { enqueue, hasPendingJob } from "../jobs/queue.server";

/**
 * After OAuth / token exchange: the shop row exists and is marked installed, and the first backfill and
 * the reconciliation cycle are queued — once each, however often Shopify re-runs auth.
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
    const needsBackfill = !existing?.backfilledAt || existing.uninstalledAt;
    if (needsBackfill && !(await hasPendingJob(tx, domain, "backfill"))) {
      await enqueue(tx, "backfill", { shop: domain });
    }
    // The reconciliation cycle re-queues itself; start it only if no pass is waiting.
    if (!(await hasPendingJob(tx, domain, "reconcile"))) {
      await enqueue(tx, "reconcile", { shop: domain }, { runAt: new Date(Date.now() + 60_000) });
    }
  });
}
