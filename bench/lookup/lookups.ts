/**
 * The storefront lookups, as Shopify's app proxy forwards them: a real signed request (HMAC over the
 * sorted query, as tests/helpers/app-proxy.ts builds it) handed to the route's own action or loader in
 * this process. Timed from the call to the last byte of the JSON body; building and signing the request
 * is the proxy's work and is not timed.
 */
import { performance } from "node:perf_hooks";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { signAppProxyUrl } from "../../scripts/emulator/storefront";
import { shopId } from "../notifications/seed";
import { orderEmail, orderId, orderName, shopDomain, trackingNumber, type StorePlan } from "./seed";

export const KINDS = ["order", "token", "tracking"] as const;
export type Kind = (typeof KINDS)[number];

export interface Sample {
  kind: Kind;
  hit: boolean;
  ms: number;
  status: number;
  expected: number;
}

interface Lookup {
  kind: Kind;
  hit: boolean;
  expected: number;
  run(): Promise<Response>;
}

export interface LookupOptions {
  plan: StorePlan;
  secret: string;
  appUrl: string;
  perKind: number;
  hitRatio: number;
  warmup: number;
  /** The rate limiter is reset after this many lookups (below the per-shop limit of 600 a minute). */
  round: number;
}

/** Deterministic, so two runs ask the same questions (mulberry32). */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function signedRequest(
  appUrl: string,
  secret: string,
  path: string,
  shop: string,
  ip: string,
  init: RequestInit,
) {
  const url = signAppProxyUrl(new URL(`${appUrl}/proxy${path}`), shop, secret);
  return new Request(url, { ...init, headers: { ...init.headers, "X-Forwarded-For": ip } });
}

/** A thrown Response (Remix's early exit: 401, 429, 400) is the answer. */
export async function call(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

const json = (body: unknown) => ({
  method: "POST",
  body: JSON.stringify(body),
  headers: { "Content-Type": "application/json" },
});

/** Groups of four, lower-case: how a shopper copies a number off a label. */
const typed = (number: string) => number.toLowerCase().replace(/(.{4})/g, "$1 ");

export async function runLookups(options: LookupOptions, log: (m: string) => void): Promise<Sample[]> {
  const { plan, secret, appUrl } = options;
  const { action: orderAction } = await import("../../app/routes/proxy.lookup");
  const { action: trackingAction } = await import("../../app/routes/proxy.tracking");
  const { loader: tokenLoader } = await import("../../app/routes/proxy.track.$token");
  const { resetRateLimits } = await import("../../app/storefront/rate-limit.server");
  const { trackingLinkToken } = await import("../../app/security/signed-token.server");

  const rand = random(20261122);
  const pick = (n: number) => Math.floor(rand() * n);
  /** A shipment that is not cancelled (a cancelled one is not found by its number, by design). */
  const live = () => {
    for (;;) {
      const i = pick(plan.shipments);
      if (i % 97 !== 0) return i;
    }
  };
  let ipCounter = 0;
  // A client address of its own for every lookup: the per-client limit (10 a minute) never applies.
  const ip = () => {
    const n = ipCounter++;
    return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  };
  const post = (
    action: (args: ActionFunctionArgs) => Promise<Response>,
    path: string,
    shop: number,
    body: unknown,
  ) => {
    const request = signedRequest(appUrl, secret, path, shopDomain(shop), ip(), json(body));
    return () => call(() => action({ request, params: {}, context: {} }));
  };
  const open = (loader: (args: LoaderFunctionArgs) => Promise<Response>, shop: number, token: string) => {
    // As the tracking page's script asks: JSON (a browser opening the link gets the page instead).
    const request = signedRequest(appUrl, secret, `/track/${token}`, shopDomain(shop), ip(), {
      headers: { Accept: "application/json" },
    });
    return () => call(() => loader({ request, params: { token }, context: {} }));
  };

  const build = (kind: Kind): Lookup => {
    const hit = rand() < options.hitRatio;
    const i = live();
    const shop = i % plan.shops;
    const otherShop = (shop + 1 + pick(plan.shops - 1)) % plan.shops;
    const half = rand() < 0.5;
    const expected = hit ? 200 : 404;
    if (kind === "order") {
      const name = orderName(i, plan.shops);
      const fields = hit
        ? {
            orderNumber: half ? name : name.slice(1),
            contact: half ? orderEmail(i).toUpperCase() : orderEmail(i),
          }
        : half
          ? { orderNumber: name, contact: orderEmail(i + 1) } // the right order, someone else's email
          : { orderNumber: `#${90_000_000 + i}`, contact: orderEmail(i) }; // no such order
      return { kind, hit, expected, run: post(orderAction, "/lookup", shop, fields) };
    }
    if (kind === "token") {
      const token = trackingLinkToken(secret, { shopId: shopId(shop), orderId: orderId(i) });
      if (hit) return { kind, hit, expected, run: open(tokenLoader, shop, token) };
      return half
        ? { kind, hit, expected, run: open(tokenLoader, otherShop, token) } // another shop's storefront
        : { kind, hit, expected, run: open(tokenLoader, shop, `${token.slice(0, -2)}xx`) }; // tampered
    }
    const number = hit
      ? typed(trackingNumber(i))
      : half
        ? trackingNumber(plan.shipments + i) // nobody's
        : trackingNumber(i); // another shop's parcel
    const asked = !hit && !half ? otherShop : shop;
    return { kind, hit, expected, run: post(trackingAction, "/tracking", asked, { trackingNumber: number }) };
  };

  // Exactly perKind of each, interleaved at random so no kind runs on a warmer cache than another.
  const order = KINDS.flatMap((kind) => Array<Kind>(options.perKind).fill(kind));
  for (let k = order.length - 1; k > 0; k--) {
    const j = pick(k + 1);
    [order[k], order[j]] = [order[j], order[k]];
  }
  const warmup = Array.from({ length: options.warmup }, () => KINDS[pick(KINDS.length)]);
  const all = [...warmup, ...order];
  const samples: Sample[] = [];
  for (const [n, kind] of all.entries()) {
    if (n % options.round === 0) resetRateLimits();
    // Built and signed just before it is sent: Shopify's timestamp must be within 90 s.
    const lookup = build(kind);
    const start = performance.now();
    const response = await lookup.run();
    await response.text();
    const ms = performance.now() - start;
    if (n >= warmup.length) {
      samples.push({ kind, hit: lookup.hit, ms, status: response.status, expected: lookup.expected });
    }
    if ((n + 1) % 2000 === 0) log(`lookups: ${n + 1} of ${all.length}`);
  }
  return samples;
}
