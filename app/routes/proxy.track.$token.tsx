import type { LoaderFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { env } from "../env.server";
import { lookupByToken } from "../storefront/lookup.server";
import { proxyTrackingPage } from "../storefront/proxy-page.server";
import { limitLookups, storefrontJson, verifyProxyRequest } from "../storefront/proxy-request.server";

/**
 * /apps/parcelwise/track/<token>: the signed link in every notification. Opened by the shopper, it is the
 * tracking page inside the shop's theme, which shows the order without anything to type; asked for JSON
 * (as that page's script does), it is the order's tracking data. The token names one order of one shop
 * and is only honoured on that shop's storefront.
 */
export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const proxy = await verifyProxyRequest(request);
  const token = params.token ?? "";
  if (!(request.headers.get("accept") ?? "").includes("application/json")) {
    const page = await proxyTrackingPage(db, {
      shopDomain: proxy.shop,
      pathPrefix: proxy.pathPrefix ?? "",
      token,
    });
    return proxy.liquid(page, { headers: { "Cache-Control": "no-store", Vary: "Accept" } });
  }
  limitLookups(request, proxy.shop);
  const result = await lookupByToken(db, env.SHOPIFY_API_SECRET, proxy.shop, token);
  const headers = { Vary: "Accept" };
  return result.found
    ? storefrontJson(result.view, 200, headers)
    : storefrontJson({ error: "This tracking link is not valid for this shop." }, 404, headers);
};
