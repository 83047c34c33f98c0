import type { ActionFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { lookupByOrder, orderLookupInput } from "../storefront/lookup.server";
import { answerLookup } from "../storefront/proxy-request.server";

/**
 * POST /apps/parcelwise/lookup (through Shopify's app proxy): order number + email or phone → the
 * order's shipments. JSON only: the storefront block renders it, so nothing a shopper typed is ever
 * sent back as HTML.
 */
export const action = async ({ request }: ActionFunctionArgs) =>
  answerLookup(
    request,
    orderLookupInput,
    (shop, data) => lookupByOrder(db, shop, data),
    "We could not find an order with that number and email address or phone number.",
  );
