import type { Db } from "../db.server";
import { readUnsubscribeToken } from "../security/signed-token.server";
import { maskEmail, maskPhone } from "./phone";
import { isSuppressed, suppress } from "./suppression.server";

export type UnsubscribeView =
  { valid: true; shopName: string; address: string; unsubscribed: boolean } | { valid: false };

/** What the unsubscribe page shows for a link: whose messages, to which (masked) address, and whether done. */
export async function describeUnsubscribe(db: Db, secret: string, token: string): Promise<UnsubscribeView> {
  const claims = readUnsubscribeToken(secret, token);
  if (!claims) return { valid: false };
  const shop = await db.shop.findUnique({
    where: { id: claims.shopId },
    select: { name: true, domain: true },
  });
  if (!shop) return { valid: false };
  return {
    valid: true,
    shopName: shop.name ?? shop.domain,
    address: claims.channel === "email" ? maskEmail(claims.address) : maskPhone(claims.address),
    unsubscribed: await isSuppressed(db, claims.shopId, claims.channel, claims.address),
  };
}

/**
 * Stops shipping notifications from one shop to the link's address (one click, RFC 8058). Safe to
 * repeat; a forged or altered link changes nothing.
 */
export async function confirmUnsubscribe(db: Db, secret: string, token: string): Promise<UnsubscribeView> {
  const claims = readUnsubscribeToken(secret, token);
  if (!claims) return { valid: false };
  const shop = await db.shop.findUnique({ where: { id: claims.shopId }, select: { id: true } });
  if (!shop) return { valid: false };
  await suppress(db, claims.shopId, claims.channel, claims.address, "unsubscribe-link");
  return describeUnsubscribe(db, secret, token);
}
