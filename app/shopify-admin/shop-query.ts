/**
 * The shop's own details, read with the scopes the app already has (read_orders, read_fulfillments,
 * write_app_proxy): every field below is on the `Shop` object, which needs no access scope.
 *
 * - `contactEmail`, not `email`: both exist in 2026-07, but `email` is the owner's address that Shopify
 *   writes to; `contactEmail` is the public one shoppers are told to write to, so it is the reply-to.
 * - `shopAddress`, not `billingAddress`: the same address, renamed in 2026-01 (billingAddress is
 *   deprecated). Only its country is read: the origin of the shop's delivery lanes (app/estimates).
 * - The primary locale is not read. Shopify exposes it only as `shopLocales { locale primary }`, which
 *   requires `read_locales` (or `read_markets_home`); `Shop` has no locale field. The nearest scope-free
 *   field, `primaryDomain.localization.defaultLocale`, is the default language of one domain's market,
 *   not the shop's primary locale. So `Shop.primaryLocale` keeps its default until the app asks for
 *   `read_locales`.
 *
 * Types are written by hand, as for orders-query.ts: codegen cannot reach the Admin schema here
 * (docs/decisions/0004-jobs-and-admin-api.md).
 */
export const SHOP_QUERY = `#graphql
  query ParcelwiseShop {
    shop {
      name
      contactEmail
      ianaTimezone
      currencyCode
      shopAddress {
        countryCodeV2
      }
    }
  }
`;

/** `Shop` as ParcelwiseShop reads it. The schema says non-null; nullable here so a gap is handled, not trusted. */
export interface GqlShopDetails {
  name: string | null;
  contactEmail: string | null;
  /** e.g. "Europe/Berlin". */
  ianaTimezone: string | null;
  /** ISO 4217, e.g. "EUR". */
  currencyCode: string | null;
  /** The shop's address; only its country (ISO 3166-1 alpha-2, e.g. "FR") is read. */
  shopAddress?: { countryCodeV2: string | null } | null;
}

export interface ShopQueryResult {
  shop: GqlShopDetails;
}
