import type { LoaderFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { env } from "../env.server";
import { lookupByToken } from "../storefront/lookup.server";
import { limitLookups, storefrontJson, verifyProxyRequest } from "../storefront/proxy-request.server";

/**
 * GET /apps/parcelwise/track/<token>: the signed link in every notification opens the order's tracking
 * data without the shopper typing anything. The token names one order of one shop and is only honoured
 * on that shop's storefront.
 */
export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const shop = await verifyProxyRequest(request);
  limitLookups(request, shop);
  const result = await lookupByToken(db, env.SHOPIFY_API_SECRET, shop, params.token ?? "");
  return result.found
    ? storefrontJson(result.view)
    : storefrontJson({ error: "This tracking link is not valid for this shop." }, 404);
};
