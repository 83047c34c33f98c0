import type { Db } from "../db.server";
import { enqueue, type ClaimedJob } from "../jobs/queue.server";
import { logger } from "../logger.server";
import type { AdminGraphql } from "../shopify-admin/admin-graphql.server";
import { syncShopDetails } from "../shops/sync-details.server";
import type { ShopRef } from "../types.server";
import { variantImagesJobKey } from "../variant-images/request.server";
import { importOrders } from "./import-orders.server";

export interface SyncDeps {
  db: Db;
  /** An Admin API client for the shop's offline token; null when the shop has none (uninstalled). */
  graphqlFor: (shop: string) => Promise<AdminGraphql | null>;
  /** How far back the first import reaches. Shopify serves 60 days without read_all_orders. */
  backfillDays: number;
  reconcileIntervalMs: number;
  now?: () => Date;
}

/** Reconciliation re-reads a little before its high-water mark: Shopify's clocks and ours differ. */
const RECONCILE_OVERLAP_MS = 5 * 60_000;

/** The first import after install: the shop's recent orders, with fulfillments and tracking events. */
export async function runBackfill(deps: SyncDeps, shopDomain: string): Promise<void> {
  const shop = await deps.db.shop.findUnique({ where: { domain: shopDomain } });
  const graphql = shop && !shop.uninstalledAt ? await deps.graphqlFor(shopDomain) : null;
  if (!shop || !graphql) {
    logger.info("Backfill skipped: shop not installed", { shop: shopDomain });
    return;
  }
  await refreshShopDetails(deps, shop, graphql);
  const now = deps.now?.() ?? new Date();
  const since = new Date(now.getTime() - deps.backfillDays * 86_400_000);
  const result = await importOrders(deps.db, shop, graphql, `created_at:>='${since.toISOString()}'`);
  await deps.db.shop.update({
    where: { id: shop.id },
    data: { backfilledAt: now, reconciledUntil: result.newestUpdatedAt ?? now },
  });
  logger.info("Backfill finished", { shop: shopDomain, orders: result.orders, pages: result.pages });
}

/**
 * Catches webhooks Shopify gave up on: re-reads orders updated since the last pass and ingests them
 * (ingestion is idempotent and ordered, so what webhooks already brought changes nothing). Then
 * schedules the next pass, once per run of this job even if the job is retried.
 */
export async function runReconcile(deps: SyncDeps, shopDomain: string, job: ClaimedJob): Promise<void> {
  const shop = await deps.db.shop.findUnique({ where: { domain: shopDomain } });
  const graphql = shop && !shop.uninstalledAt ? await deps.graphqlFor(shopDomain) : null;
  if (!shop || !graphql) return; // Uninstalled: the cycle ends here.
  await refreshShopDetails(deps, shop, graphql);
  const now = deps.now?.() ?? new Date();
  const from = shop.reconciledUntil ?? new Date(now.getTime() - deps.reconcileIntervalMs);
  const since = new Date(from.getTime() - RECONCILE_OVERLAP_MS);
  const result = await importOrders(deps.db, shop, graphql, `updated_at:>='${since.toISOString()}'`);
  await deps.db.$transaction(async (tx) => {
    if (result.newestUpdatedAt && result.newestUpdatedAt > from) {
      await tx.shop.update({ where: { id: shop.id }, data: { reconciledUntil: result.newestUpdatedAt } });
    }
    await enqueue(
      tx,
      "reconcile",
      { shop: shopDomain },
      { uniqueKey: `reconcile-after:${job.id}`, runAt: new Date(now.getTime() + deps.reconcileIntervalMs) },
    );
    // Variants that began waiting while a fetch job was finishing had no job of their own: now they do.
    const waiting = await tx.variantImage.findFirst({
      where: { shopId: shop.id, fetchedAt: null },
      select: { variantId: true },
    });
    if (waiting) {
      await enqueue(
        tx,
        "fetch-variant-images",
        { shop: shopDomain },
        { uniqueKey: variantImagesJobKey(shop) },
      );
    }
  });
  if (result.orders) logger.info("Reconciled", { shop: shopDomain, orders: result.orders });
}

/**
 * The shop's name, email and time zone, read again on every pass so a change in the Shopify admin
 * arrives within one reconcile interval. Nice to have next to the orders, so a failure is logged and the
 * import goes on with what the row already holds.
 */
async function refreshShopDetails(deps: SyncDeps, shop: ShopRef, graphql: AdminGraphql): Promise<void> {
  try {
    await syncShopDetails(deps.db, shop, graphql);
  } catch (error) {
    logger.warn("Shop details not refreshed", {
      shop: shop.domain,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
