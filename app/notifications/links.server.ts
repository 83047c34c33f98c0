import { trackingLinkToken, unsubscribeToken } from "../security/signed-token.server";

/** The app proxy's path on the storefront (shopify.app.toml [app_proxy]: prefix "apps", subpath "parcelwise"). */
export const PROXY_PATH = "/apps/parcelwise";

/**
 * The shop's tracking page for one order, opened by a signed token so the shopper is not asked for their
 * email again. On the myshopify domain, which Shopify redirects to the shop's primary domain.
 */
export function trackingPageUrl(
  secret: string,
  shop: { id: string; domain: string },
  orderId: string,
): string {
  return `https://${shop.domain}${PROXY_PATH}/track/${trackingLinkToken(secret, { shopId: shop.id, orderId })}`;
}

/** The one-click unsubscribe page for one address (app/routes/unsubscribe.$token.tsx). */
export function unsubscribeUrl(secret: string, appUrl: string, shopId: string, address: string): string {
  const token = unsubscribeToken(secret, { shopId, channel: "email", address });
  return `${appUrl.replace(/\/$/, "")}/unsubscribe/${token}`;
}
