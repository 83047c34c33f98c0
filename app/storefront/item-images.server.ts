import type { Tx } from "../types.server";

/** The tracking block shows items at 64 CSS pixels (assets/order-tracking.css): twice that for dense screens. */
const THUMBNAIL_WIDTH = 128;
/** Hosts of Shopify's image CDN, which resizes by a `width` parameter (as Hydrogen's image loader does). */
const SHOPIFY_CDN_HOSTS = ["cdn.shopify.com", "cdn.shopifycdn.net", "shopify-assets.shopifycdn.com"];

/**
 * An image URL as the storefront may show it: https only (anything else, or a URL with credentials, is
 * dropped), and sized for the thumbnail when Shopify's CDN serves it.
 */
export function thumbnailUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" || parsed.username || parsed.password) return null;
  const host = parsed.hostname;
  if (SHOPIFY_CDN_HOSTS.some((cdn) => host === cdn || host.endsWith(`.${cdn}`))) {
    parsed.searchParams.set("width", String(THUMBNAIL_WIDTH));
  }
  return parsed.toString();
}

/** The cached images of one shop's variants (app/variant-images/), in one query; none asked, none read. */
export async function variantImageUrls(
  tx: Tx,
  shopId: string,
  variantIds: string[],
): Promise<Map<string, string>> {
  if (!variantIds.length) return new Map();
  const rows = await tx.variantImage.findMany({
    where: { shopId, variantId: { in: [...new Set(variantIds)] }, url: { not: null } },
    select: { variantId: true, url: true },
  });
  return new Map(rows.flatMap((row) => (row.url ? [[row.variantId, row.url] as const] : [])));
}
