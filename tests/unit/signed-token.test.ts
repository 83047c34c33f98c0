import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  readTrackingLinkToken,
  readUnsubscribeToken,
  signToken,
  trackingLinkToken,
  unsubscribeToken,
  verifyToken,
} from "~/security/signed-token.server";

const SECRET = "3f9c0b1e7d2a4c58b6e1f0a9d8c7b6a5";
const OTHER_SECRET = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
const NOW = new Date("2026-11-20T12:00:00Z");

/** Changes one character of a token segment while keeping it valid base64url. */
function flipCharacter(segment: string, index: number): string {
  const swapped = segment[index] === "A" ? "B" : "A";
  return segment.slice(0, index) + swapped + segment.slice(index + 1);
}

describe("signToken / verifyToken", () => {
  it("round-trips a payload in a compact, URL-safe, versioned token", () => {
    // given
    const payload = { shop: "shop_1", order: "order_42", n: 7 };

    // when
    const token = signToken("tracking", payload, SECRET);

    // then
    expect(token).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/); // 22 characters = 16 bytes of MAC
    expect(encodeURIComponent(token)).toBe(token);
    expect(verifyToken("tracking", token, SECRET, NOW)).toEqual(payload);
  });

  it("refuses a token whose payload or signature was changed", () => {
    // given
    const token = signToken("tracking", { order: "order_42" }, SECRET);
    const [version, body, tag] = token.split(".");
    const forgedBody = Buffer.from(JSON.stringify({ order: "order_43" })).toString("base64url");

    // when / then
    expect(verifyToken("tracking", `${version}.${forgedBody}.${tag}`, SECRET, NOW)).toBeNull();
    expect(verifyToken("tracking", `${version}.${body}.${flipCharacter(tag, 0)}`, SECRET, NOW)).toBeNull();
    expect(verifyToken("tracking", `${version}.${flipCharacter(body, 2)}.${tag}`, SECRET, NOW)).toBeNull();
    expect(verifyToken("tracking", `${version}.${body}.${tag.slice(0, -1)}`, SECRET, NOW)).toBeNull();
    expect(verifyToken("tracking", `v2.${body}.${tag}`, SECRET, NOW)).toBeNull();
  });

  it("refuses a MAC computed without the per-purpose key, e.g. keyed with the raw secret", () => {
    // given
    const body = Buffer.from(JSON.stringify({ order: "order_42" })).toString("base64url");
    const naiveTag = createHmac("sha256", SECRET)
      .update(`v1.${body}`)
      .digest()
      .subarray(0, 16)
      .toString("base64url");

    // when / then
    expect(verifyToken("tracking", `v1.${body}.${naiveTag}`, SECRET, NOW)).toBeNull();
  });

  it("refuses a token signed for another purpose, even with an identical payload", () => {
    // given
    const token = signToken("purpose-a", { id: "1" }, SECRET);

    // when / then
    expect(verifyToken("purpose-a", token, SECRET, NOW)).toEqual({ id: "1" });
    expect(verifyToken("purpose-b", token, SECRET, NOW)).toBeNull();
  });

  it("refuses a token signed with another secret", () => {
    // given
    const token = signToken("tracking", { id: "1" }, OTHER_SECRET);

    // when / then
    expect(verifyToken("tracking", token, SECRET, NOW)).toBeNull();
  });

  it("honours an expiry: valid before, refused at and after it", () => {
    // given
    const expiresAt = new Date("2026-11-21T00:00:00Z");
    const token = signToken("tracking", { id: "1" }, SECRET, { expiresAt });

    // when / then
    expect(verifyToken("tracking", token, SECRET, new Date("2026-11-20T23:59:59Z"))).toEqual({ id: "1" });
    expect(verifyToken("tracking", token, SECRET, expiresAt)).toBeNull();
    expect(verifyToken("tracking", token, SECRET, new Date("2027-01-01T00:00:00Z"))).toBeNull();
  });

  it("does not let a holder extend an expiry by removing it", () => {
    // given
    const token = signToken("tracking", { id: "1" }, SECRET, { expiresAt: new Date("2026-01-01T00:00:00Z") });
    const [, , tag] = token.split(".");
    const withoutExpiry = Buffer.from(JSON.stringify({ id: "1" })).toString("base64url");

    // when / then
    expect(verifyToken("tracking", `v1.${withoutExpiry}.${tag}`, SECRET, NOW)).toBeNull();
  });

  it.each([
    ["empty", ""],
    ["no dots", "v1abc"],
    ["too many parts", "v1.a.b.c"],
    ["not base64url", "v1.eyJ+Ig==.AAAAAAAAAAAAAAAAAAAAAA"],
    ["oversized", `v1.${"A".repeat(1100)}.AAAAAAAAAAAAAAAAAAAAAA`],
  ])("returns null for a malformed token (%s)", (_case, token) => {
    expect(verifyToken("tracking", token, SECRET, NOW)).toBeNull();
  });

  it("is unguessable: tokens differ per payload and show neither the secret nor the key", () => {
    // given
    const a = signToken("tracking", { order: "order_1" }, SECRET);
    const b = signToken("tracking", { order: "order_2" }, SECRET);

    // then
    expect(a.split(".")[2]).not.toBe(b.split(".")[2]);
    for (const token of [a, b]) {
      const decoded = token
        .split(".")
        .map((part) => Buffer.from(part, "base64url").toString("latin1"))
        .join(".");
      expect(token).not.toContain(SECRET);
      expect(decoded).not.toContain(SECRET);
    }
  });

  it("refuses to sign what it could never verify", () => {
    expect(() => signToken("tracking", { exp: 1 }, SECRET)).toThrow(/reserved/);
    expect(() => signToken("tracking", { n: Number.NaN }, SECRET)).toThrow(TypeError);
    expect(() => signToken("tracking", { big: "x".repeat(2000) }, SECRET)).toThrow(RangeError);
    expect(() => signToken("tracking", { id: "1" }, "")).toThrow(/secret/);
  });
});

describe("tracking link tokens", () => {
  it("opens one order of one shop and nothing else", () => {
    // given
    const token = trackingLinkToken(SECRET, { shopId: "shop_1", orderId: "order_42" });

    // when / then
    expect(readTrackingLinkToken(SECRET, token)).toEqual({ shopId: "shop_1", orderId: "order_42" });
    expect(readTrackingLinkToken(OTHER_SECRET, token)).toBeNull();
    expect(readUnsubscribeToken(SECRET, token)).toBeNull();
  });

  it("never expires by default, but can be given an expiry", () => {
    // given
    const forever = trackingLinkToken(SECRET, { shopId: "shop_1", orderId: "order_42" });
    const shortLived = trackingLinkToken(
      SECRET,
      { shopId: "shop_1", orderId: "order_42" },
      { expiresAt: new Date("2026-12-01T00:00:00Z") },
    );
    const later = new Date("2036-01-01T00:00:00Z");

    // when / then
    expect(readTrackingLinkToken(SECRET, forever, later)).not.toBeNull();
    expect(readTrackingLinkToken(SECRET, shortLived, NOW)).not.toBeNull();
    expect(readTrackingLinkToken(SECRET, shortLived, later)).toBeNull();
  });

  it("refuses a generic token with the right purpose but the wrong claims", () => {
    // given
    const token = signToken("tracking-link", { s: "shop_1" }, SECRET);

    // when / then
    expect(readTrackingLinkToken(SECRET, token)).toBeNull();
  });
});

describe("unsubscribe tokens", () => {
  it.each([
    { shopId: "shop_1", channel: "email" as const, address: "jane@example.com" },
    { shopId: "shop_1", channel: "phone" as const, address: "+4915123456789" },
  ])("carries the $channel address it unsubscribes", (claims) => {
    // given
    const token = unsubscribeToken(SECRET, claims);

    // when / then
    expect(readUnsubscribeToken(SECRET, token)).toEqual(claims);
    expect(readTrackingLinkToken(SECRET, token)).toBeNull();
  });

  it("refuses a token whose address was swapped for someone else's", () => {
    // given
    const token = unsubscribeToken(SECRET, { shopId: "shop_1", channel: "email", address: "a@example.com" });
    const [, , tag] = token.split(".");
    const swapped = Buffer.from(JSON.stringify({ s: "shop_1", c: "e", a: "b@example.com" })).toString(
      "base64url",
    );

    // when / then
    expect(readUnsubscribeToken(SECRET, `v1.${swapped}.${tag}`)).toBeNull();
  });
});
