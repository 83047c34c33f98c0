import type { Db } from "../db.server";
import type { Prisma } from "../generated/prisma/client";
import { logger } from "../logger.server";
import type { AdminGraphql } from "../shopify-admin/admin-graphql.server";
import { SHOP_QUERY, type ShopQueryResult } from "../shopify-admin/shop-query";
import type { ShopRef } from "../types.server";

/**
 * Copies the shop's name, contact email, time zone, currency and country from the Admin API onto its
 * row, so emails come from the shop's name with its reply-to address, lateness is judged on the shop's
 * own days, and its delivery lanes start from its country (app/estimates). A value that is missing, empty or unusable leaves the stored one as it was: the row keeps its
 * defaults rather than taking a blank. Throws only when the Admin API call (or the write) fails.
 */
export async function syncShopDetails(db: Db, shop: ShopRef, graphql: AdminGraphql): Promise<void> {
  const result = await graphql<ShopQueryResult | null>(SHOP_QUERY);
  const details = result?.shop;
  const data: Prisma.ShopUpdateInput = {};

  const name = text(details?.name);
  if (name) data.name = name;
  const email = text(details?.contactEmail);
  if (email && /^[^\s@]+@[^\s@]+$/.test(email)) data.email = email;
  const currency = text(details?.currencyCode)?.toUpperCase();
  if (currency && /^[A-Z]{3}$/.test(currency)) data.currency = currency;
  const country = text(details?.shopAddress?.countryCodeV2)?.toUpperCase();
  if (country && /^[A-Z]{2}$/.test(country)) data.countryCode = country;
  const timezone = text(details?.ianaTimezone);
  if (timezone && isTimeZone(timezone)) {
    data.timezone = timezone;
  } else if (timezone) {
    logger.warn("Shop time zone unknown to Intl; the stored one is kept", { shop: shop.domain, timezone });
  }

  if (Object.keys(data).length === 0) return;
  await db.shop.update({ where: { id: shop.id }, data });
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/** Whether this runtime's Intl knows the zone: everything that later reads `Shop.timezone` uses Intl. */
function isTimeZone(zone: string): boolean {
  try {
    return Boolean(new Intl.DateTimeFormat("en", { timeZone: zone }));
  } catch {
    return false;
  }
}
