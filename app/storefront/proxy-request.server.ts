import type { z } from "zod";
import { BodyTooLargeError, readBodyWithLimit } from "../ingest/read-body.server";
import { authenticate } from "../shopify.server";
import { takeToken, type RateLimit } from "./rate-limit.server";

/** A shopper's lookups: a few tries a minute is plenty for a typo, far too few for guessing. */
export const PER_CLIENT: RateLimit = { limit: 10, windowMs: 60_000 };
/** All lookups of one shop through this instance: a ceiling against a distributed guess. */
export const PER_SHOP: RateLimit = { limit: 600, windowMs: 60_000 };
const MAX_BODY_BYTES = 4096;

/** Storefront answers are personal and must not be cached by the shop's CDN or the browser. */
export function storefrontJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, {
    status,
    headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...headers },
  });
}

export interface ProxyRequest {
  /** The shop the proxy signed for: the only shop whose data this request may read. */
  shop: string;
  /** Where the shop mounts the proxy (`/apps/parcelwise` unless the merchant changed it). */
  pathPrefix: string | null;
  /** A Liquid answer, which Shopify renders inside the shop's theme. */
  liquid: (body: string, init?: ResponseInit & { layout?: boolean }) => Response;
}

/**
 * Checks Shopify's app-proxy signature (authenticate.public.appProxy: HMAC of the query, timestamp within
 * 90 s). A forged, altered or stale signature is a 401.
 */
export async function verifyProxyRequest(request: Request): Promise<ProxyRequest> {
  let context: Awaited<ReturnType<typeof authenticate.public.appProxy>>;
  try {
    context = await authenticate.public.appProxy(request);
  } catch (error) {
    if (error instanceof Response) {
      throw storefrontJson({ error: "This request did not come through the shop." }, 401);
    }
    throw error;
  }
  const query = new URL(request.url).searchParams;
  return {
    shop: query.get("shop") ?? "",
    pathPrefix: query.get("path_prefix"),
    liquid: (body, init) => context.liquid(body, init ?? {}),
  };
}

/** A chat's messages: a conversation's pace, well above a shopper's typing, far below a script's. */
export const CHAT_PER_CLIENT: RateLimit = { limit: 30, windowMs: 60_000 };
export const CHAT_PER_SHOP: RateLimit = { limit: 1200, windowMs: 60_000 };

/** One lookup's share of the client's and the shop's limits; a 429 with Retry-After when spent. */
export function limitLookups(request: Request, shop: string): void {
  const retryAfter = spend(request, shop, "lookup", PER_CLIENT, PER_SHOP);
  if (retryAfter !== null) {
    throw storefrontJson({ error: "Too many lookups. Please wait a moment and try again." }, 429, {
      "Retry-After": String(retryAfter),
    });
  }
}

/** The same share for a chat's verification, as a yes or no (the chat answers a no in words). */
export function lookupAllowed(request: Request, shop: string): boolean {
  return spend(request, shop, "lookup", PER_CLIENT, PER_SHOP) === null;
}

/** One chat message's share of the client's and the shop's chat limits; a 429 when spent. */
export function limitChatMessages(request: Request, shop: string): void {
  const retryAfter = spend(request, shop, "chat", CHAT_PER_CLIENT, CHAT_PER_SHOP);
  if (retryAfter !== null) {
    throw storefrontJson({ error: "Too many messages. Please wait a moment and try again." }, 429, {
      "Retry-After": String(retryAfter),
    });
  }
}

/** Takes a token from the client's and the shop's bucket; the seconds to wait when either is empty. */
function spend(request: Request, shop: string, kind: string, perClient: RateLimit, perShop: RateLimit) {
  // Shopify's proxy passes the shopper's address on in X-Forwarded-For (first entry).
  const client = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
  for (const [key, rule] of [
    [`${kind}:client:${shop}:${client}`, perClient],
    [`${kind}:shop:${shop}`, perShop],
  ] as const) {
    const decision = takeToken(key, rule);
    if (!decision.allowed) return decision.retryAfterSeconds;
  }
  return null;
}

/** The form or JSON a lookup posts, as plain fields; bodies over 4 KB are a 413, malformed JSON a 400. */
export async function readLookupFields(
  request: Request,
  maxBytes = MAX_BODY_BYTES,
): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readBodyWithLimit(request, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw storefrontJson({ error: "The request is too large." }, 413);
    throw error;
  }
  if ((request.headers.get("content-type") ?? "").includes("application/json")) {
    try {
      const value = JSON.parse(text) as unknown;
      if (value && typeof value === "object" && !Array.isArray(value))
        return value as Record<string, unknown>;
    } catch {
      // Falls through to the same answer as any other unreadable body.
    }
    throw storefrontJson({ error: "The request could not be read." }, 400);
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/**
 * The whole of a storefront lookup: signature, method, rate limits, input checked by `input` (its first
 * message is the 400's), then `find` for the shop the proxy signed for — 200 with the view, or one 404.
 */
export async function answerLookup<T, V>(
  request: Request,
  input: z.ZodType<T>,
  find: (shop: string, data: T) => Promise<{ found: true; view: V } | { found: false }>,
  notFound: string,
): Promise<Response> {
  const { shop } = await verifyProxyRequest(request);
  if (request.method !== "POST") return storefrontJson({ error: "Use POST." }, 405);
  limitLookups(request, shop);
  const parsed = input.safeParse(await readLookupFields(request));
  if (!parsed.success) {
    return storefrontJson({ error: parsed.error.issues[0]?.message ?? "Check what you entered." }, 400);
  }
  const result = await find(shop, parsed.data);
  return result.found ? storefrontJson(result.view) : storefrontJson({ error: notFound }, 404);
}
