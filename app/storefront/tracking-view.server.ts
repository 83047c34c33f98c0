import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../types.server";
import { SHIPMENT_STATUSES, type ShipmentStatus } from "../shipments/status";
import { thumbnailUrl, variantImageUrls } from "./item-images.server";

/**
 * What a shopper may see of an order on the storefront: statuses, times, places (city and country),
 * carrier and tracking numbers, items with their pictures. Never the email, phone or street address — a
 * tracking page is opened by whoever has the link or the order number and email. Read from the
 * database alone (no Admin API call): items' images come with the line items or from the shop's
 * VariantImage cache, in at most one more query.
 */
export interface TrackingView {
  order: { name: string } | null;
  shipments: ShipmentView[];
}

/**
 * What a tracking number alone shows: the parcel's status, never the order behind it (no order name,
 * items or destination). A tracking number is printed on the label and passed around; it is no proof of
 * being the buyer.
 */
export interface TrackingNumberView {
  shipments: ShipmentStatusView[];
}

/** One parcel's progress, as both lookups show it. */
export interface ShipmentStatusView {
  status: ShipmentStatus;
  /** Position of the status on the progress bar: 0 label created … 3 delivered; null off the happy path. */
  progress: number | null;
  statusAt: string | null;
  /** The start of `estimatedDelivery`, for clients that read a single date. */
  estimatedDeliveryAt: string | null;
  /**
   * When the parcel should arrive, as ISO times: earliest = latest for a single date (all carriers give
   * today). Null once delivered, or without an estimate.
   */
  estimatedDelivery: { earliest: string; latest: string } | null;
  /** The estimate passed without delivery, or the carrier reported a delay. */
  late: boolean;
  deliveredAt: string | null;
  carrier: string | null;
  trackingNumbers: string[];
  trackingUrls: string[];
  events: Array<{
    status: string | null;
    message: string | null;
    at: string;
    city: string | null;
    country: string | null;
  }>;
}

/** A shipment as the order's buyer sees it: its status plus where it goes and what is in it. */
export interface ShipmentView extends ShipmentStatusView {
  destination: { city: string | null; country: string | null };
  items: ItemView[];
}

/** One line of a shipment. */
export interface ItemView {
  title: string;
  variantTitle: string | null;
  quantity: number;
  /** https only, sized for the thumbnail on Shopify's CDN; null when no image is known (yet). */
  imageUrl: string | null;
}

const PROGRESS: Partial<Record<ShipmentStatus, number>> = {
  PENDING: 0,
  IN_TRANSIT: 1,
  DELAYED: 1,
  OUT_FOR_DELIVERY: 2,
  ATTEMPTED_DELIVERY: 2,
  READY_FOR_PICKUP: 2,
  DELIVERED: 3,
};

const statusSelect = {
  status: true,
  statusAt: true,
  estimatedDeliveryAt: true,
  estimatedDeliveryLatestAt: true,
  lateSince: true,
  deliveredAt: true,
  carrier: true,
  trackingNumbers: true,
  trackingUrls: true,
  events: {
    where: { deletedAt: null },
    orderBy: { happenedAt: "desc" as const },
    take: 50,
    select: { status: true, message: true, happenedAt: true, city: true, country: true },
  },
} satisfies Prisma.ShipmentSelect;

const shipmentSelect = {
  ...statusSelect,
  destinationCity: true,
  destinationCountry: true,
  lineItems: true,
} satisfies Prisma.ShipmentSelect;

/** At most this many parcels answer one tracking number (a number reused across a split order). */
const MAX_SHIPMENTS_PER_NUMBER = 10;

/** The view of one order's shipments (a split order has several), newest first. */
export async function orderTrackingView(
  tx: Tx,
  shopId: string,
  orderId: string,
  orderName: string,
): Promise<TrackingView> {
  const shipments = await tx.shipment.findMany({
    where: { shopId, orderId, fulfillmentStatus: { not: "cancelled" } },
    orderBy: { shippedAt: "desc" },
    select: shipmentSelect,
  });
  const items = shipments.map((s) => parseItems(s.lineItems));
  // The line item's own image (from the Admin API) first, else the variant's from the cache.
  const cached = await variantImageUrls(
    tx,
    shopId,
    items.flat().flatMap((item) => (!item.imageUrl && item.variantId ? [item.variantId] : [])),
  );
  return {
    order: { name: orderName },
    shipments: shipments.map((s, k) =>
      toView(
        s,
        items[k].map(({ variantId, imageUrl, ...item }) => ({
          ...item,
          imageUrl: imageUrl ?? thumbnailUrl(variantId ? cached.get(variantId) : null),
        })),
      ),
    ),
  };
}

/** The shipments that carry one (normalized) tracking number in one shop, newest first; status only. */
export async function trackingNumberView(
  tx: Tx,
  shopId: string,
  number: string,
): Promise<TrackingNumberView> {
  // Two steps, so the search starts from the number's index: as one query with a relation filter, Prisma
  // writes a correlated EXISTS that SQLite evaluates for every shipment of the shop.
  const keys = await tx.trackingNumber.findMany({
    where: { shopId, number },
    select: { shipmentId: true },
    take: MAX_SHIPMENTS_PER_NUMBER,
  });
  if (!keys.length) return { shipments: [] };
  const shipments = await tx.shipment.findMany({
    where: { shopId, id: { in: keys.map((k) => k.shipmentId) }, fulfillmentStatus: { not: "cancelled" } },
    orderBy: { shippedAt: "desc" },
    select: statusSelect,
  });
  return { shipments: shipments.map(toStatusView) };
}

function toStatusView(s: Prisma.ShipmentGetPayload<{ select: typeof statusSelect }>): ShipmentStatusView {
  const status = (SHIPMENT_STATUSES as readonly string[]).includes(s.status)
    ? (s.status as ShipmentStatus)
    : "PENDING";
  const eta = status === "DELIVERED" ? null : estimatedDelivery(s);
  return {
    status,
    progress: PROGRESS[status] ?? null,
    statusAt: s.statusAt?.toISOString() ?? null,
    estimatedDeliveryAt: eta?.earliest ?? null,
    estimatedDelivery: eta,
    late: status !== "DELIVERED" && (status === "DELAYED" || !!s.lateSince),
    deliveredAt: s.deliveredAt?.toISOString() ?? null,
    carrier: s.carrier,
    trackingNumbers: parseList(s.trackingNumbers),
    trackingUrls: parseList(s.trackingUrls).filter((url) => /^https?:\/\//i.test(url)),
    events: s.events.map((e) => ({
      status: e.status,
      message: e.message,
      at: e.happenedAt.toISOString(),
      city: e.city,
      country: e.country,
    })),
  };
}

/** Estimates are stored as a start and an optional end (null: the same moment). */
function estimatedDelivery(s: {
  estimatedDeliveryAt: Date | null;
  estimatedDeliveryLatestAt: Date | null;
}): ShipmentStatusView["estimatedDelivery"] {
  if (!s.estimatedDeliveryAt) return null;
  const earliest = s.estimatedDeliveryAt;
  const latest =
    s.estimatedDeliveryLatestAt && s.estimatedDeliveryLatestAt > earliest
      ? s.estimatedDeliveryLatestAt
      : earliest;
  return { earliest: earliest.toISOString(), latest: latest.toISOString() };
}

function toView(
  s: Prisma.ShipmentGetPayload<{ select: typeof shipmentSelect }>,
  items: ItemView[],
): ShipmentView {
  // The order's fields after the status's, events last.
  const { events, ...status } = toStatusView(s);
  return {
    ...status,
    destination: { city: s.destinationCity, country: s.destinationCountry },
    items,
    events,
  };
}

function parseList(json: string): string[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Shipment.lineItems (LineItem in app/ingest/payloads.ts): what is shown, with the line item's own image
 * as a thumbnail, and its variant for the cache.
 */
function parseItems(json: string): Array<ItemView & { variantId: string | null }> {
  try {
    const value = JSON.parse(json) as Array<{
      title?: string | null;
      variantTitle?: string | null;
      quantity?: number;
      variantId?: string | null;
      imageUrl?: string | null;
    }>;
    return Array.isArray(value)
      ? value.map((i) => ({
          title: i.title ?? "",
          variantTitle: i.variantTitle ?? null,
          quantity: i.quantity ?? 1,
          variantId: typeof i.variantId === "string" ? i.variantId : null,
          imageUrl: thumbnailUrl(i.imageUrl),
        }))
      : [];
  } catch {
    return [];
  }
}
