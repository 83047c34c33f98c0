import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../types.server";
import { SHIPMENT_STATUSES, type ShipmentStatus } from "../shipments/status";

/**
 * What a shopper may see of an order on the storefront: statuses, times, places (city and country),
 * carrier and tracking numbers, items. Never the email, phone or street address — a tracking page is
 * opened by whoever has the link or the order number and email.
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
  estimatedDeliveryAt: string | null;
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
  items: Array<{ title: string; variantTitle: string | null; quantity: number }>;
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
  return { order: { name: orderName }, shipments: shipments.map(toView) };
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
  return {
    status,
    progress: PROGRESS[status] ?? null,
    statusAt: s.statusAt?.toISOString() ?? null,
    estimatedDeliveryAt: status === "DELIVERED" ? null : (s.estimatedDeliveryAt?.toISOString() ?? null),
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

function toView(s: Prisma.ShipmentGetPayload<{ select: typeof shipmentSelect }>): ShipmentView {
  // Same fields in the same order as before the status view was split out: events last.
  const { events, ...status } = toStatusView(s);
  return {
    ...status,
    destination: { city: s.destinationCity, country: s.destinationCountry },
    items: parseItems(s.lineItems),
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

function parseItems(json: string): ShipmentView["items"] {
  try {
    const value = JSON.parse(json) as Array<{
      title?: string;
      variantTitle?: string | null;
      quantity?: number;
    }>;
    return Array.isArray(value)
      ? value.map((i) => ({
          title: i.title ?? "",
          variantTitle: i.variantTitle ?? null,
          quantity: i.quantity ?? 1,
        }))
      : [];
  } catch {
    return [];
  }
}
