import type { SyncDeps } from "../backfill/jobs.server";
import { enqueue, type ClaimedJob } from "../jobs/queue.server";
import {
  VARIANT_IMAGES_QUERY,
  type GqlVariantImage,
  type VariantImagesQueryResult,
} from "../shopify-admin/variant-images-query";

/** Variants per Admin API call (the query's cost stays under Shopify's single-query ceiling). */
export const VARIANT_IMAGES_BATCH = 100;
/** Calls per run; a shop with more waiting continues in a new job, so one run never holds its lease long. */
const MAX_BATCHES = 10;

/**
 * The fetch-variant-images job: reads the images of one shop's waiting variants (request.server.ts) from
 * the Admin API, a batch per call, and stores each with the time it was read. A variant without an
 * image, or deleted, is stored as none, so it is not asked for again until its refresh is due. Safe to
 * run twice: it only fills in rows that still wait. A failed call fails the job (retried with backoff);
 * the orders themselves were written long before.
 */
export async function fetchVariantImages(deps: SyncDeps, shopDomain: string, job: ClaimedJob): Promise<void> {
  const shop = await deps.db.shop.findUnique({
    where: { domain: shopDomain },
    select: { id: true, domain: true, uninstalledAt: true },
  });
  const graphql = shop && !shop.uninstalledAt ? await deps.graphqlFor(shopDomain) : null;
  if (!shop || !graphql) return;

  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const waiting = await deps.db.variantImage.findMany({
      where: { shopId: shop.id, fetchedAt: null },
      orderBy: { variantId: "asc" },
      take: VARIANT_IMAGES_BATCH,
      select: { variantId: true },
    });
    if (!waiting.length) return;
    const ids = waiting.map((row) => row.variantId);
    const result = await graphql<VariantImagesQueryResult>(VARIANT_IMAGES_QUERY, {
      ids: ids.map((id) => `gid://shopify/ProductVariant/${id}`),
    });
    const found = imagesByVariant(result);
    const fetchedAt = deps.now?.() ?? new Date();
    await deps.db.$transaction(async (tx) => {
      const none = ids.filter((id) => !found.has(id));
      if (none.length) {
        await tx.variantImage.updateMany({
          where: { shopId: shop.id, variantId: { in: none } },
          data: { url: null, fetchedAt },
        });
      }
      for (const [variantId, url] of found) {
        await tx.variantImage.updateMany({
          where: { shopId: shop.id, variantId },
          data: { url, fetchedAt },
        });
      }
    });
  }
  await enqueue(
    deps.db,
    "fetch-variant-images",
    { shop: shopDomain },
    { uniqueKey: `variant-images-after:${job.id}` },
  );
}

/** Legacy variant id → image URL, for the variants that have one. */
function imagesByVariant(result: VariantImagesQueryResult): Map<string, string> {
  const images = new Map<string, string>();
  for (const node of result.nodes) {
    if (!node || !("id" in node)) continue;
    const variant = node as GqlVariantImage;
    const id = /^gid:\/\/shopify\/ProductVariant\/(\d+)$/.exec(variant.id)?.[1];
    const url = variant.image?.url ?? variant.product?.featuredMedia?.preview?.image?.url;
    if (id && url) images.set(id, url);
  }
  return images;
}
