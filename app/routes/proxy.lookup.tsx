import type { ActionFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { lookupByOrder, orderLookupInput } from "../storefront/lookup.server";
import {
  limitLookups,
  readLookupFields,
  storefrontJson,
  verifyProxyRequest,
} from "../storefront/proxy-request.server";

/**
 * POST /apps/parcelwise/lookup (through Shopify's app proxy): order number + email or phone → the
 * order's shipments. JSON only: the storefront block renders it, so nothing a shopper typed is ever
 * sent back as HTML.
 */
export const action = async ({ request }: ActionFunctionArgs) => {
  const shop = await verifyProxyRequest(request);
  if (request.method !== "POST") return storefrontJson({ error: "Use POST." }, 405);
  limitLookups(request, shop);
  const parsed = orderLookupInput.safeParse(await readLookupFields(request));
  if (!parsed.success) {
    return storefrontJson(
      { error: parsed.error.issues[0]?.message ?? "Check your order number and email." },
      400,
    );
  }
  const result = await lookupByOrder(db, shop, parsed.data);
  return result.found
    ? storefrontJson(result.view)
    : storefrontJson(
        { error: "We could not find an order with that number and email address or phone number." },
        404,
      );
};
