import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/**
 * Signed, URL-safe tokens for links we put in shopper messages: `v1.<payload>.<tag>`.
 *
 * - `payload` is base64url(JSON). It is signed, not encrypted: anyone holding the link can read it,
 *   so it must carry nothing the holder may not see.
 * - `tag` is HMAC-SHA256 over `v1.<payload>`, keyed per purpose with HKDF, so a token minted for one
 *   purpose never verifies for another even when the payloads look alike.
 * - The tag is cut to 16 bytes (128 bits). A forger cannot compute tags offline; each guess is a
 *   request to us with a 2^-128 chance, which is the same margin as a random 128-bit id. Truncating
 *   keeps links short enough for SMS, where every character counts.
 * - The same payload always gives the same token, so every message about an order carries one link.
 */

/** Claims a token carries. Values are strings or finite numbers: what survives JSON unchanged. */
export type TokenPayload = Record<string, string | number>;

export interface SignOptions {
  /** The token stops verifying at this instant. Without it the token never expires. */
  expiresAt?: Date;
}

const VERSION = "v1";
/** Verifying longer input would be work for an attacker's benefit only; no token of ours gets there. */
const MAX_TOKEN_LENGTH = 1024;
const TAG_BYTES = 16;
/** Reserved claim for the expiry (seconds since the epoch), as in JWT. */
const EXPIRY_CLAIM = "exp";
const HKDF_SALT = "parcelwise/signed-token";
const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** Signs `payload` for `purpose`. Throws on input that could never verify (a programming error). */
export function signToken(
  purpose: string,
  payload: TokenPayload,
  secret: string,
  options: SignOptions = {},
): string {
  assertKeyInput(purpose, secret);
  if (Object.hasOwn(payload, EXPIRY_CLAIM)) throw new TypeError(`"${EXPIRY_CLAIM}" is a reserved claim`);
  for (const [key, value] of Object.entries(payload)) {
    if (!isClaimValue(value)) throw new TypeError(`Claim "${key}" must be a string or a finite number`);
  }
  const claims: TokenPayload = { ...payload };
  if (options.expiresAt !== undefined) {
    const ms = options.expiresAt.getTime();
    if (Number.isNaN(ms)) throw new RangeError("expiresAt is an invalid Date");
    // Rounded down, so the token never lives longer than asked.
    claims[EXPIRY_CLAIM] = Math.floor(ms / 1000);
  }
  const signed = `${VERSION}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}`;
  const token = `${signed}.${tag(purpose, secret, signed)}`;
  if (token.length > MAX_TOKEN_LENGTH) throw new RangeError("Payload too large for a token");
  return token;
}

/**
 * The payload of a token signed for `purpose` with `secret`, or null for anything wrong: malformed,
 * oversized, tampered, another purpose or secret, expired.
 */
export function verifyToken(
  purpose: string,
  token: string,
  secret: string,
  now: Date = new Date(),
): TokenPayload | null {
  assertKeyInput(purpose, secret);
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [version, body, given] = parts;
  if (version !== VERSION || !SEGMENT.test(body) || !SEGMENT.test(given)) return null;

  // Compare the canonical encoding of the expected tag with what was given, so a token has exactly
  // one valid spelling. The tag's length is public; only its content needs the constant-time compare.
  const expected = Buffer.from(tag(purpose, secret, `${version}.${body}`));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;

  const claims = parseClaims(Buffer.from(body, "base64url").toString("utf8"));
  if (!claims) return null;
  const { [EXPIRY_CLAIM]: expiry, ...payload } = claims;
  if (expiry !== undefined) {
    if (typeof expiry !== "number" || !(now.getTime() < expiry * 1000)) return null;
  }
  return payload;
}

function tag(purpose: string, secret: string, signed: string): string {
  const key = Buffer.from(hkdfSync("sha256", secret, HKDF_SALT, purpose, 32));
  return createHmac("sha256", key).update(signed).digest().subarray(0, TAG_BYTES).toString("base64url");
}

function parseClaims(json: string): TokenPayload | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  if (!entries.every(([, claim]) => isClaimValue(claim))) return null;
  return Object.fromEntries(entries) as TokenPayload;
}

function isClaimValue(value: unknown): value is string | number {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}

function assertKeyInput(purpose: string, secret: string): void {
  // A missing secret is a configuration error; failing loudly beats signing with an empty key.
  if (!secret) throw new TypeError("A signing secret is required");
  if (!purpose) throw new TypeError("A token purpose is required");
}

const TRACKING_LINK = "tracking-link";
const UNSUBSCRIBE = "unsubscribe";

/** Opens the tracking page of one order without asking the shopper for their email. */
export interface TrackingLinkClaims {
  shopId: string;
  orderId: string;
}

/** Never expires unless `expiresAt` is given: it sits in emails shoppers open weeks later. */
export function trackingLinkToken(
  secret: string,
  claims: TrackingLinkClaims,
  options: SignOptions = {},
): string {
  return signToken(TRACKING_LINK, { s: claims.shopId, o: claims.orderId }, secret, options);
}

export function readTrackingLinkToken(
  secret: string,
  token: string,
  now: Date = new Date(),
): TrackingLinkClaims | null {
  const payload = verifyToken(TRACKING_LINK, token, secret, now);
  if (!payload || !isNonEmpty(payload.s) || !isNonEmpty(payload.o)) return null;
  return { shopId: payload.s, orderId: payload.o };
}

/** Stops messages on one channel to one address, for one shop. */
export interface UnsubscribeClaims {
  shopId: string;
  channel: "email" | "phone";
  /** The address as the sender used it (normalised email, E.164 phone), so it matches on the way back. */
  address: string;
}

/**
 * The address is in the token because the unsubscribe page must work without a login or a lookup of
 * who the shopper is. It is signed, not encrypted: the link only ever goes to that address, which
 * already knows it. Keep these URLs out of logs and serve the page with `Referrer-Policy: no-referrer`.
 * No expiry by default: one-click unsubscribe links have to keep working.
 */
export function unsubscribeToken(
  secret: string,
  claims: UnsubscribeClaims,
  options: SignOptions = {},
): string {
  const channel = claims.channel === "email" ? "e" : "p";
  return signToken(UNSUBSCRIBE, { s: claims.shopId, c: channel, a: claims.address }, secret, options);
}

export function readUnsubscribeToken(
  secret: string,
  token: string,
  now: Date = new Date(),
): UnsubscribeClaims | null {
  const payload = verifyToken(UNSUBSCRIBE, token, secret, now);
  if (!payload || !isNonEmpty(payload.s) || !isNonEmpty(payload.a)) return null;
  if (payload.c !== "e" && payload.c !== "p") return null;
  return { shopId: payload.s, channel: payload.c === "e" ? "email" : "phone", address: payload.a };
}

function isNonEmpty(value: string | number | undefined): value is string {
  return typeof value === "string" && value.length > 0;
}
