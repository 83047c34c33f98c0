import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db.server";
import { toE164 } from "../notifications/phone";
import { readTrackingLinkToken } from "../security/signed-token.server";
import { normalizeTrackingNumber } from "../shipments/tracking-numbers.server";
import {
  orderTrackingView,
  trackingNumberView,
  type TrackingNumberView,
  type TrackingView,
} from "./tracking-view.server";

export type LookupResult<View = TrackingView> = { found: true; view: View } | { found: false };

/** What a shopper types: an order number and the email or phone on the order. */
export const orderLookupInput = z.object({
  orderNumber: z
    .string()
    .trim()
    .min(1, "Enter your order number")
    .max(40, "That order number is too long")
    .regex(/^#?[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, "Enter the order number as it appears in your confirmation"),
  contact: z
    .string()
    .trim()
    .min(3, "Enter the email address or phone number you ordered with")
    .max(254, "That email address or phone number is too long"),
});

/** A tracking number as printed on the label: letters, digits, spaces and dashes. */
export const trackingNumberInput = z.object({
  trackingNumber: z
    .string({ error: "Enter your tracking number" })
    .trim()
    .min(4, "Enter the whole tracking number")
    .max(40, "That tracking number is too long")
    .regex(/^[A-Za-z0-9 -]+$/, "A tracking number has only letters, digits, spaces and dashes"),
});

/**
 * Finds a parcel by its tracking number, in the one shop the app proxy signed for, ignoring case and
 * spaces. Shows the shipment's status only: whoever holds a label is not necessarily the buyer.
 */
export async function lookupByTrackingNumber(
  db: Db,
  shopDomain: string,
  input: z.infer<typeof trackingNumberInput>,
): Promise<LookupResult<TrackingNumberView>> {
  const shop = await db.shop.findUnique({
    where: { domain: shopDomain },
    select: { id: true, uninstalledAt: true },
  });
  if (!shop || shop.uninstalledAt) return { found: false };
  const view = await trackingNumberView(db, shop.id, normalizeTrackingNumber(input.trackingNumber));
  return view.shipments.length ? { found: true, view } : { found: false };
}

/**
 * Finds an order by its number and the shopper's email or phone, in the one shop the app proxy signed
 * for. A wrong number and a wrong email give the same answer after the same work (one read, one
 * constant-time comparison), so the form cannot be used to learn which order numbers exist. The chat
 * verifies shoppers with the same function.
 */
export async function findOrderByContact(
  db: Db,
  shopDomain: string,
  input: z.infer<typeof orderLookupInput>,
): Promise<{ shopId: string; order: { id: string; name: string } } | null> {
  const shop = await db.shop.findUnique({
    where: { domain: shopDomain },
    select: { id: true, uninstalledAt: true },
  });
  const bare = input.orderNumber.replace(/^#/, "");
  const order = await db.order.findFirst({
    where: { shopId: shop?.id ?? "", name: { in: [`#${bare}`, bare] }, redactedAt: null },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      shippingPhone: true,
      shippingCountryCode: true,
    },
  });
  const candidates = order
    ? [
        order.email?.trim().toLowerCase(),
        toE164(order.phone, order.shippingCountryCode),
        toE164(order.shippingPhone, order.shippingCountryCode),
      ]
    : [];
  const given = input.contact.includes("@")
    ? input.contact.toLowerCase()
    : toE164(input.contact, order?.shippingCountryCode ?? null);
  // Compared as hashes of equal length, always against as many candidates, found or not.
  let match = false;
  for (let i = 0; i < 3; i++) match = sameSecret(given ?? "", candidates[i] ?? null) || match;
  if (!shop || shop.uninstalledAt || !order || !match) return null;
  return { shopId: shop.id, order: { id: order.id, name: order.name } };
}

/** The tracking page's order lookup: the order's shipments, or one "not found" for every failure. */
export async function lookupByOrder(
  db: Db,
  shopDomain: string,
  input: z.infer<typeof orderLookupInput>,
): Promise<LookupResult> {
  const found = await findOrderByContact(db, shopDomain, input);
  if (!found) return { found: false };
  return {
    found: true,
    view: await orderTrackingView(db, found.shopId, found.order.id, found.order.name),
  };
}

/** Opens the order a notification's signed link names, if the link was made for this shop. */
export async function lookupByToken(
  db: Db,
  secret: string,
  shopDomain: string,
  token: string,
): Promise<LookupResult> {
  const claims = token.length <= 1024 ? readTrackingLinkToken(secret, token) : null;
  if (!claims) return { found: false };
  const order = await db.order.findFirst({
    where: { id: claims.orderId, shopId: claims.shopId, shop: { domain: shopDomain, uninstalledAt: null } },
    select: { id: true, name: true, redactedAt: true },
  });
  if (!order || order.redactedAt) return { found: false };
  return { found: true, view: await orderTrackingView(db, claims.shopId, order.id, order.name) };
}

function sameSecret(given: string, stored: string | null | undefined): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256")
    .update(stored ?? "\u0000no value")
    .digest();
  return timingSafeEqual(a, b) && !!stored && !!given;
}
