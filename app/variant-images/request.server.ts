import type { LineItem } from "../ingest/payloads";
import { enqueue } from "../jobs/queue.server";
import type { ShopRef, Tx } from "../types.server";

/** A fetched image is asked for again after this long: merchants change product photos now and then. */
export const VARIANT_IMAGE_REFRESH_MS = 7 * 86_400_000;

/** The one fetch-variant-images job a shop may have waiting. */
export const variantImagesJobKey = (shop: ShopRef) => `variant-images:${shop.domain}`;

/**
 * Makes sure the storefront will have an image for each variant of an order's line items, in the
 * transaction that writes the order. Line items from the Admin API bring their image and fill the cache
 * directly; a variant the cache does not know, or fetched too long ago, waits for the
 * fetch-variant-images job (fetch.server.ts), enqueued once per shop. When every variant is known this
 * is one indexed read.
 */
export async function requestVariantImages(
  tx: Tx,
  shop: ShopRef,
  items: LineItem[],
  now = new Date(),
): Promise<void> {
  // Variant → the image its line item brought (https only: the storefront shows nothing else).
  const offered = new Map<string, string | null>();
  for (const item of items) {
    const url = item.imageUrl && /^https:\/\//i.test(item.imageUrl) ? item.imageUrl : null;
    if (item.variantId) offered.set(item.variantId, offered.get(item.variantId) || url);
  }
  if (!offered.size) return;

  const rows = await tx.variantImage.findMany({
    where: { shopId: shop.id, variantId: { in: [...offered.keys()] } },
    select: { variantId: true, fetchedAt: true },
  });
  const fetchedAt = new Map(rows.map((row) => [row.variantId, row.fetchedAt]));
  const staleBefore = now.getTime() - VARIANT_IMAGE_REFRESH_MS;
  const created: Array<{ variantId: string; url: string | null; fetchedAt: Date | null }> = [];
  const stale: string[] = [];
  let waiting = false;
  for (const [variantId, url] of offered) {
    const known = fetchedAt.get(variantId);
    if (known && known.getTime() >= staleBefore) continue;
    if (url && known === undefined) {
      // The Admin API's line item just said: nothing to fetch.
      created.push({ variantId, url, fetchedAt: now });
    } else if (url) {
      await tx.variantImage.update({
        where: { shopId_variantId: { shopId: shop.id, variantId } },
        data: { url, fetchedAt: now },
      });
    } else {
      waiting = true;
      if (known === undefined) created.push({ variantId, url: null, fetchedAt: null });
      else if (known) stale.push(variantId);
    }
  }
  if (created.length) {
    await tx.variantImage.createMany({ data: created.map((row) => ({ shopId: shop.id, ...row })) });
  }
  // A stale row keeps showing its image until the job has read it again.
  if (stale.length) {
    await tx.variantImage.updateMany({
      where: { shopId: shop.id, variantId: { in: stale } },
      data: { fetchedAt: null },
    });
  }
  if (waiting) {
    await enqueue(
      tx,
      "fetch-variant-images",
      { shop: shop.domain },
      { uniqueKey: variantImagesJobKey(shop) },
    );
  }
}
