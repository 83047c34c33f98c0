import type { ActionFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { lookupByTrackingNumber, trackingNumberInput } from "../storefront/lookup.server";
import {
  limitLookups,
  readLookupFields,
  storefrontJson,
  verifyProxyRequest,
} from "../storefront/proxy-request.server";

/**
 * POST /apps/parcelwise/tracking (through Shopify's app proxy): a tracking number → the status of the
 * parcel(s) carrying it, never the order behind them. JSON only, with the same signature check and rate
 * limits as the order lookup (one shopper's budget covers both).
 */
export const action = async ({ request }: ActionFunctionArgs) => {
  const shop = await verifyProxyRequest(request);
  if (request.method !== "POST") return storefrontJson({ error: "Use POST." }, 405);
  limitLookups(request, shop);
  const parsed = trackingNumberInput.safeParse(await readLookupFields(request));
  if (!parsed.success) {
    return storefrontJson({ error: parsed.error.issues[0]?.message ?? "Check your tracking number." }, 400);
  }
  const result = await lookupByTrackingNumber(db, shop, parsed.data);
  return result.found
    ? storefrontJson(result.view)
    : storefrontJson({ error: "We could not find a shipment with that tracking number." }, 404);
};
