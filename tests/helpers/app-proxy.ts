import { signAppProxyUrl } from "../../scripts/emulator/storefront";
import type { ActionFunctionArgs } from "@remix-run/node";
import { TEST_API_SECRET, TEST_APP_URL } from "../setup/test-env";
import { DEFAULT_SHOP } from "./webhooks";

/**
 * A request as Shopify's app proxy forwards it: the storefront path under /proxy, with `shop`,
 * `logged_in_customer_id`, `path_prefix` and `timestamp` added and signed (HMAC-SHA256, hex, over the
 * sorted `key=value` pairs joined without separators, as Shopify documents for app proxies).
 */
export function proxyRequest(
  path: string,
  init: RequestInit & {
    shop?: string;
    secret?: string;
    timestamp?: number;
    clientIp?: string;
    pathPrefix?: string;
    /** Shopify's logged_in_customer_id: the shopper is logged in as this customer. */
    customerId?: string;
  } = {},
): Request {
  const {
    shop = DEFAULT_SHOP,
    secret = TEST_API_SECRET,
    timestamp,
    clientIp = "203.0.113.7",
    pathPrefix,
    customerId,
    ...rest
  } = init;
  const url = new URL(`${TEST_APP_URL}/proxy${path}`);
  signAppProxyUrl(url, shop, secret, timestamp, pathPrefix, customerId);
  return new Request(url, { ...rest, headers: { "X-Forwarded-For": clientIp, ...rest.headers } });
}

/** POSTs a lookup to the proxy route and returns the status and JSON body. */
export async function lookup(
  fields: Record<string, string>,
  options: Parameters<typeof proxyRequest>[1] = {},
): Promise<{ status: number; body: Record<string, unknown>; response: Response }> {
  const { action } = await import("~/routes/proxy.lookup");
  return post(action, "/lookup", fields, options);
}

/** POSTs a tracking-number lookup to the proxy route and returns the status and JSON body. */
export async function lookupTrackingNumber(
  fields: Record<string, unknown>,
  options: Parameters<typeof proxyRequest>[1] = {},
): Promise<{ status: number; body: Record<string, unknown>; response: Response }> {
  const { action } = await import("~/routes/proxy.tracking");
  return post(action, "/tracking", fields, options);
}

async function post(
  action: (args: ActionFunctionArgs) => Promise<Response>,
  path: string,
  fields: Record<string, unknown>,
  options: Parameters<typeof proxyRequest>[1],
) {
  const request = proxyRequest(path, {
    method: "POST",
    body: JSON.stringify(fields),
    headers: { "Content-Type": "application/json" },
    ...options,
  });
  const response = await call(() => action({ request, params: {}, context: {} }));
  return {
    status: response.status,
    body: (await response.clone().json()) as Record<string, unknown>,
    response,
  };
}

/** Runs a route function, treating a thrown Response (Remix's way to stop early) as the answer. */
export async function call(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** POSTs one chat message to the proxy's chat route and returns the status and JSON body. */
export async function chat(
  fields: Record<string, unknown>,
  options: Parameters<typeof proxyRequest>[1] = {},
): Promise<{ status: number; body: Record<string, unknown>; response: Response }> {
  const { action } = await import("~/routes/proxy.chat");
  return post(action, "/chat", fields, options);
}
