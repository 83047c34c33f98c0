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

export interface ShipmentView {
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
  destination: { city: string | null; country: string | null };
  items: Array<{ title: string; variantTitle: string | null; quantity: number }>;
  events: Array<{
    status: string | null;
    message: string | null;
    at: string;
    city: string | null;
    country: string | null;
  }>;
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

const shipmentSelect = {
  status: true,
  statusAt: true,
  estimatedDeliveryAt: true,
  lateSince: true,
  deliveredAt: true,
  carrier: true,
  trackingNumbers: true,
  trackingUrls: true,
  destinationCity: true,
  destinationCountry: true,
  lineItems: true,
  events: {
    where: { deletedAt: null },
    orderBy: { happenedAt: "desc" as const },
    take: 50,
    select: { status: true, message: true, happenedAt: true, city: true, country: true },
  },
} satisfies Prisma.ShipmentSelect;

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

type StoredShipment = Prisma.ShipmentGetPayload<{ select: typeof shipmentSelect }>;

function toView(s: StoredShipment): ShipmentView {
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
    destination: { city: s.destinationCity, country: s.destinationCountry },
    items: parseItems(s.lineItems),
    events: s.events.map((e) => ({
      status: e.status,
      message: e.message,
      at: e.happenedAt.toISOString(),
      city: e.city,
      country: e.country,
    })),
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
