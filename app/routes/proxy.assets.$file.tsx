import type { LoaderFunctionArgs } from "@remix-run/node";
import { extensionAsset } from "../storefront/proxy-page.server";
import { verifyProxyRequest } from "../storefront/proxy-request.server";

/**
 * GET /apps/parcelwise/assets/<file>: the tracking block's stylesheet and script for the app's own
 * tracking page (the theme serves them from Shopify's CDN where the block is placed). A request for the
 * current version (?v=<content hash>) may be cached for good; anything else only briefly.
 */
export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  await verifyProxyRequest(request);
  const asset = await extensionAsset(params.file ?? "");
  if (!asset) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const current = new URL(request.url).searchParams.get("v") === asset.version;
  return new Response(new Uint8Array(asset.body), {
    headers: {
      "Content-Type": asset.type,
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
};
