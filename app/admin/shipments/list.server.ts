import type { Db } from "../../db.server";
import { isShipmentStatus, type ShipmentStatus } from "../../shipments/status";
import type { Tx } from "../../types.server";
import { encodeCursor } from "./cursor";
import { pageKeys } from "./keys.server";
import { isLate } from "./late";
import type { ShipmentListParams } from "./params";

/** The carrier filter offers at most this many names. */
const MAX_CARRIERS = 50;

export interface ShipmentListRow {
  id: string;
  /** The order's name ("#1001"), or the fulfillment's while the order has not arrived. */
  orderName: string | null;
  /** The customer's name, as on the order (Shopify's own order list shows it too); null once erased. */
  customer: string | null;
  status: ShipmentStatus;
  late: boolean;
  carrier: string | null;
  /** The carrier the tracking number's format names, when Shopify names none, "Other" or an unknown one. */
  detectedCarrier: string | null;
  trackingNumber: string | null;
  /** Further tracking numbers of a multi-parcel shipment. */
  moreTrackingNumbers: number;
  destinationCity: string | null;
  destinationCountry: string | null;
  shippedAt: string;
  estimatedDeliveryAt: string | null;
  /** The end of the estimate's range; the same as its start for a single day. */
  estimatedDeliveryLatestAt: string | null;
  deliveredAt: string | null;
  /** The newest sign of the parcel: its last scan or status change. */
  lastUpdateAt: string;
}

export interface ShipmentListPage {
  params: ShipmentListParams;
  /** The shop's zone: dates are shown and filtered in it. */
  timeZone: string;
  rows: ShipmentListRow[];
  carriers: string[];
  page: { hasNext: boolean; hasPrevious: boolean; startCursor: string | null; endCursor: string | null };
  /** False while the shop has no shipment at all (the page then explains where they come from). */
  shopHasShipments: boolean;
}

/** One page of the admin's shipments list for the shop of the session, filtered as the URL says. */
export async function listShipments(
  db: Db,
  shopDomain: string,
  params: ShipmentListParams,
): Promise<ShipmentListPage> {
  const shop = await db.shop.findUnique({
    where: { domain: shopDomain },
    select: { id: true, timezone: true },
  });
  const empty = { hasNext: false, hasPrevious: false, startCursor: null, endCursor: null };
  if (!shop) {
    return { params, timeZone: "UTC", rows: [], carriers: [], page: empty, shopHasShipments: false };
  }
  const [{ keys, hasNext, hasPrevious }, carriers] = await Promise.all([
    pageKeys(db, shop.id, params, shop.timezone),
    carrierNames(db, shop.id),
  ]);
  const rows = keys.length
    ? await loadRows(
        db,
        shop.id,
        keys.map((k) => k.id),
      )
    : [];
  const shopHasShipments =
    rows.length > 0 ||
    (await db.shipment.findFirst({ where: { shopId: shop.id }, select: { id: true } })) !== null;
  return {
    params,
    timeZone: shop.timezone,
    rows,
    carriers,
    page: {
      hasNext,
      hasPrevious,
      startCursor: keys.length ? encodeCursor(keys[0]) : null,
      endCursor: keys.length ? encodeCursor(keys[keys.length - 1]) : null,
    },
    shopHasShipments,
  };
}

/**
 * The page's rows by id, in the order of `ids`. Looked up by primary key alone and checked for the shop
 * on each row: with `shopId` in the query, SQLite (which keeps no statistics) walks the shop's whole
 * (shopId, …) index instead of looking up fifty ids (10 ms instead of 0.3 ms at 100,000 shipments).
 */
async function loadRows(tx: Tx, shopId: string, ids: string[]): Promise<ShipmentListRow[]> {
  const found = await tx.shipment.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      shopId: true,
      name: true,
      status: true,
      statusAt: true,
      lateSince: true,
      carrier: true,
      detectedCarrier: true,
      trackingNumbers: true,
      destinationCity: true,
      destinationCountry: true,
      shippedAt: true,
      estimatedDeliveryAt: true,
      estimatedDeliveryLatestAt: true,
      deliveredAt: true,
      lastEventAt: true,
      order: {
        select: { name: true, customerFirstName: true, customerLastName: true, shippingName: true },
      },
    },
  });
  const byId = new Map(found.filter((s) => s.shopId === shopId).map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const s = byId.get(id);
    if (!s) return [];
    const status = isShipmentStatus(s.status) ? s.status : "PENDING";
    const numbers = parseList(s.trackingNumbers);
    const customer = s.order
      ? [s.order.customerFirstName, s.order.customerLastName].filter(Boolean).join(" ") ||
        s.order.shippingName
      : null;
    const updates = [s.lastEventAt, s.statusAt, s.shippedAt].filter((d): d is Date => d !== null);
    return [
      {
        id: s.id,
        orderName: s.order?.name ?? s.name,
        customer: customer || null,
        status,
        late: isLate(status, s.lateSince),
        carrier: s.carrier,
        detectedCarrier: s.detectedCarrier,
        trackingNumber: numbers[0] ?? null,
        moreTrackingNumbers: Math.max(numbers.length - 1, 0),
        destinationCity: s.destinationCity,
        destinationCountry: s.destinationCountry,
        shippedAt: s.shippedAt.toISOString(),
        estimatedDeliveryAt: s.estimatedDeliveryAt?.toISOString() ?? null,
        estimatedDeliveryLatestAt: latestOf(s.estimatedDeliveryAt, s.estimatedDeliveryLatestAt),
        deliveredAt: s.deliveredAt?.toISOString() ?? null,
        lastUpdateAt: new Date(Math.max(...updates.map((d) => d.getTime()))).toISOString(),
      },
    ];
  });
}

/**
 * The shop's carriers, for the filter: a skip scan over the (shopId, carrier, …) index, one short
 * query per distinct name, instead of reading every shipment of the shop to group them.
 */
async function carrierNames(tx: Tx, shopId: string): Promise<string[]> {
  const names: string[] = [];
  let last = "";
  while (names.length < MAX_CARRIERS) {
    const next = await tx.shipment.findFirst({
      where: { shopId, carrier: { gt: last } },
      orderBy: { carrier: "asc" },
      select: { carrier: true },
    });
    if (!next?.carrier) break;
    names.push(next.carrier);
    last = next.carrier;
  }
  return names;
}

export function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

/** An estimate's last day as ISO; its first when it has no (later) end. */
function latestOf(earliest: Date | null, latest: Date | null): string | null {
  if (!earliest) return null;
  return (latest && latest > earliest ? latest : earliest).toISOString();
}
