import type { ActionFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { lookupByTrackingNumber, trackingNumberInput } from "../storefront/lookup.server";
import { answerLookup } from "../storefront/proxy-request.server";

/**
 * POST /apps/parcelwise/tracking (through Shopify's app proxy): a tracking number → the status of the
 * parcel(s) carrying it, never the order behind them. JSON only, with the same signature check and rate
 * limits as the order lookup (one shopper's budget covers both).
 */
export const action = async ({ request }: ActionFunctionArgs) =>
  answerLookup(
    request,
    trackingNumberInput,
    (shop, data) => lookupByTrackingNumber(db, shop, data),
    "We could not find a shipment with that tracking number.",
  );
