import type { LoaderFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { proxyTrackingPage } from "../storefront/proxy-page.server";
import { verifyProxyRequest } from "../storefront/proxy-request.server";

/**
 * GET /apps/parcelwise: the shop's tracking page, inside its theme, for shops that have not placed the
 * "Order tracking" block on a page of their own.
 */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const proxy = await verifyProxyRequest(request);
  const page = await proxyTrackingPage(db, { shopDomain: proxy.shop, pathPrefix: proxy.pathPrefix ?? "" });
  return proxy.liquid(page, { headers: { "Cache-Control": "no-store" } });
};
