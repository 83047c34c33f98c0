import { createHmac } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readExtensionAsset, renderProxyLiquid, renderTrackingPage, themeLocale } from "./theme-block";

export interface StorefrontOptions {
  shop: string;
  shopName: string;
  appOrigin: string;
  apiSecret: string;
}

/**
 * The demo shop's storefront, as far as the tracking block and the chat need one: a theme page with the
 * block (/storefront/track?locale=de) and, as on every theme page, the chat's app embed, the extension's
 * assets, and Shopify's app proxy — /apps/parcelwise and
 * /apps/parcelwise/* forwarded to the app's /proxy/* with the query Shopify adds and signs, a Liquid
 * answer rendered inside the theme (the app's own tracking page: /apps/parcelwise?locale=de). Returns
 * false for other paths.
 */
export function serveStorefront(
  req: IncomingMessage,
  res: ServerResponse,
  options: StorefrontOptions,
): boolean {
  const url = new URL(req.url ?? "/", "http://emulator.local");
  if (url.pathname === "/storefront/track" && req.method === "GET") {
    const locale = themeLocale(url.searchParams.get("locale"));
    void answer(res, async () => ({
      status: 200,
      type: "text/html; charset=utf-8",
      body: await renderTrackingPage(locale, "/storefront/assets", options.shopName),
    }));
    return true;
  }
  if (url.pathname.startsWith("/storefront/assets/") && req.method === "GET") {
    void answer(res, () => readExtensionAsset(url.pathname));
    return true;
  }
  if (url.pathname === "/apps/parcelwise" || url.pathname.startsWith("/apps/parcelwise/")) {
    void answer(res, async () => {
      const answered = await forward(req, url, options);
      if (!answered.type.startsWith("application/liquid")) return answered;
      const locale = themeLocale(url.searchParams.get("locale"));
      const body = await renderProxyLiquid(
        answered.body.toString("utf8"),
        locale,
        options.shopName,
        "/storefront/assets",
      );
      return { ...answered, type: "text/html; charset=utf-8", body };
    });
    return true;
  }
  return false;
}

/**
 * Adds the query Shopify's app proxy adds to a forwarded request — shop, logged_in_customer_id,
 * path_prefix, timestamp — and its signature: HMAC-SHA256 (hex) over the sorted `key=value` pairs joined
 * without separators, as Shopify documents. Used by the demo's storefront and the tests.
 */
export function signAppProxyUrl(
  url: URL,
  shop: string,
  secret: string,
  timestamp = Math.floor(Date.now() / 1000),
  pathPrefix = "/apps/parcelwise",
  customerId = "",
): URL {
  url.searchParams.set("shop", shop);
  url.searchParams.set("logged_in_customer_id", customerId);
  url.searchParams.set("path_prefix", pathPrefix);
  url.searchParams.set("timestamp", String(timestamp));
  const message = [...url.searchParams.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${value}`)
    .join("");
  url.searchParams.set("signature", createHmac("sha256", secret).update(message).digest("hex"));
  return url;
}

async function forward(req: IncomingMessage, url: URL, options: StorefrontOptions) {
  const target = new URL(`${options.appOrigin}/proxy${url.pathname.slice("/apps/parcelwise".length)}`);
  for (const [key, value] of url.searchParams) target.searchParams.append(key, value);
  signAppProxyUrl(target, options.shop, options.apiSecret);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const response = await fetch(target, {
    method: req.method,
    headers: {
      "Content-Type": req.headers["content-type"] ?? "application/json",
      Accept: req.headers.accept ?? "*/*",
      "X-Forwarded-For": req.socket.remoteAddress ?? "127.0.0.1",
    },
    body: req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks),
  });
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "application/json",
    body: Buffer.from(await response.arrayBuffer()),
    retryAfter: response.headers.get("retry-after"),
  };
}

async function answer(
  res: ServerResponse,
  produce: () => Promise<{ status: number; type: string; body: Buffer | string; retryAfter?: string | null }>,
): Promise<void> {
  try {
    const { status, type, body, retryAfter } = await produce();
    res
      .writeHead(status, { "Content-Type": type, ...(retryAfter ? { "Retry-After": retryAfter } : {}) })
      .end(body);
  } catch (error) {
    if (!res.headersSent) res.writeHead(502, { "Content-Type": "text/plain" }).end(String(error));
  }
}
