import { createHash, timingSafeEqual } from "node:crypto";

/**
 * 17TRACK's push signature (v2 / v2.2): the `sign` header holds the hex SHA-256 of the raw body, a "/"
 * and the account's security key — a plain hash, not an HMAC. Scheme as described in
 * docs/decisions/0017-carrier-feeds.md (17TRACK's own page could not be consulted offline).
 */
export function seventeenTrackSign(rawBody: string, key: string): string {
  return createHash("sha256").update(`${rawBody}/${key}`, "utf8").digest("hex");
}

/** Constant-time check of the `sign` header; false when it is absent or malformed. */
export function verifySeventeenTrackSign(rawBody: string, sign: string | null, key: string): boolean {
  const given = sign?.trim().toLowerCase() ?? "";
  if (!/^[0-9a-f]{64}$/.test(given)) return false;
  return timingSafeEqual(Buffer.from(seventeenTrackSign(rawBody, key), "hex"), Buffer.from(given, "hex"));
}
