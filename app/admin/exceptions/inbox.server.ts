import type { Db } from "../../db.server";
import type { Channel } from "../../notifications/milestones";
import { plannedDeliveries } from "../../notifications/rules";
import { loadNotificationSettings } from "../../notifications/settings.server";
import { isShipmentStatus, type ShipmentStatus } from "../../shipments/status";
import type { Tx } from "../../types.server";
import { exceptionWhere } from "../dashboard/exceptions.server";
import { EXCEPTION_KINDS, type ExceptionKind } from "../dashboard/exception-kinds";
import { parseList } from "../shipments/list.server";
import { encodeInboxCursor } from "./cursor";
import { addDays, localDay, safeZone } from "./estimate-dates.server";
import { inboxPageKeys, problemSince } from "./keys.server";
import type { InboxParams } from "./params";
import { MAX_ESTIMATE_DAYS } from "./result";

export interface InboxRow {
  id: string;
  kind: ExceptionKind;
  /** The order's name ("#1001"), or the fulfillment's while the order has not arrived. */
  orderName: string | null;
  customer: string | null;
  status: ShipmentStatus;
  carrier: string | null;
  trackingNumber: string | null;
  /** The carrier's own tracking page for it, when Shopify has a web link. */
  trackingUrl: string | null;
  moreTrackingNumbers: number;
  /** When the problem began (keys.server.ts, problemSince): the list's order. */
  since: string;
  /** The carrier's newest scan. */
  lastEvent: { status: string | null; message: string | null; at: string; place: string | null } | null;
  destinationCity: string | null;
  destinationCountry: string | null;
  estimatedDelivery: { earliest: string; latest: string } | null;
}

export interface InboxPage {
  kind: ExceptionKind;
  /** When the page was read: "3 days ago" is counted from it, so the server's text and the browser's agree. */
  now: string;
  /** The shop's zone: dates are shown, and new estimates read, in it. */
  timeZone: string;
  /** Open problems per kind: the home's "Needs attention" counts. */
  counts: Record<ExceptionKind, number>;
  rows: InboxRow[];
  page: { hasNext: boolean; hasPrevious: boolean; startCursor: string | null; endCursor: string | null };
  /** The days a new estimate may take ("YYYY-MM-DD", the shop's), for the date fields. */
  estimateDays: { min: string; max: string };
  /** Where a NEW_ESTIMATE message goes by the shop's rules; empty: nowhere, and the form says so. */
  newEstimateChannels: Channel[];
}

const NO_COUNTS = Object.fromEntries(EXCEPTION_KINDS.map((k) => [k, 0])) as Record<ExceptionKind, number>;

/**
 * The exceptions inbox for the shop of the session: the open problems of one kind, oldest first, a page
 * at a time, with every kind's count. The kinds, counts and rows are the home's (exceptionWhere), so a
 * tab lists exactly what the home's "View all" counted. Without `kind`: the first kind with problems.
 */
export async function exceptionsInbox(
  db: Db,
  shopDomain: string,
  params: InboxParams,
  now = new Date(),
): Promise<InboxPage> {
  const shop = await db.shop.findUnique({
    where: { domain: shopDomain },
    select: { id: true, timezone: true, uninstalledAt: true },
  });
  const zone = safeZone(shop?.timezone ?? "UTC");
  const today = localDay(now, zone);
  const empty: InboxPage = {
    kind: params.kind ?? "exception",
    now: now.toISOString(),
    timeZone: zone,
    counts: NO_COUNTS,
    rows: [],
    page: { hasNext: false, hasPrevious: false, startCursor: null, endCursor: null },
    estimateDays: { min: today, max: addDays(today, MAX_ESTIMATE_DAYS) },
    newEstimateChannels: [],
  };
  if (!shop) return empty;

  const [counts, settings] = await Promise.all([
    kindCounts(db, shop.id, now),
    loadNotificationSettings(db, shop.id),
  ]);
  const kind = params.kind ?? EXCEPTION_KINDS.find((k) => counts[k] > 0) ?? "exception";
  const { keys, hasNext, hasPrevious } = await inboxPageKeys(db, shop.id, kind, params, now);
  const rows = keys.length
    ? await loadRows(
        db,
        shop.id,
        kind,
        keys.map((k) => k.id),
      )
    : [];
  return {
    ...empty,
    kind,
    counts,
    rows,
    page: {
      hasNext,
      hasPrevious,
      startCursor: keys.length ? encodeInboxCursor(keys[0]) : null,
      endCursor: keys.length ? encodeInboxCursor(keys[keys.length - 1]) : null,
    },
    newEstimateChannels: shop.uninstalledAt
      ? []
      : plannedDeliveries(settings.rules.NEW_ESTIMATE).map((p) => p.channel),
  };
}

/** The home's counts, with its own where-clauses (app/admin/dashboard/exceptions.server.ts). */
async function kindCounts(tx: Tx, shopId: string, now: Date): Promise<Record<ExceptionKind, number>> {
  const counted = await Promise.all(
    EXCEPTION_KINDS.map((kind) =>
      tx.shipment.count({ where: { shopId, ...exceptionWhere(kind, now, tx.shipment.fields) } }),
    ),
  );
  return Object.fromEntries(EXCEPTION_KINDS.map((kind, i) => [kind, counted[i]])) as Record<
    ExceptionKind,
    number
  >;
}

/**
 * The page's rows in the order of `ids`, by primary key and checked for the shop on each row (as the
 * shipments list does: with shopId in the query SQLite walks the shop's index instead), then each one's
 * newest scan in one query: the event at the shipment's lastEventAt, a point in its (shipmentId,
 * happenedAt) index, instead of a query per row.
 */
async function loadRows(tx: Tx, shopId: string, kind: ExceptionKind, ids: string[]): Promise<InboxRow[]> {
  const found = await tx.shipment.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      shopId: true,
      name: true,
      status: true,
      statusAt: true,
      shippedAt: true,
      lateSince: true,
      stalledSince: true,
      lastEventAt: true,
      carrier: true,
      trackingNumbers: true,
      trackingUrls: true,
      destinationCity: true,
      destinationCountry: true,
      estimatedDeliveryAt: true,
      estimatedDeliveryLatestAt: true,
      order: {
        select: { name: true, customerFirstName: true, customerLastName: true, shippingName: true },
      },
    },
  });
  const scanned = found.flatMap((s) =>
    s.shopId === shopId && s.lastEventAt ? [{ shipmentId: s.id, happenedAt: s.lastEventAt }] : [],
  );
  const lastEvents = scanned.length
    ? await tx.trackingEvent.findMany({
        where: { OR: scanned, shopId, deletedAt: null },
        orderBy: [{ happenedAt: "asc" }, { id: "asc" }],
        select: {
          shipmentId: true,
          status: true,
          message: true,
          happenedAt: true,
          city: true,
          province: true,
          country: true,
        },
      })
    : [];
  // Two scans at the very same moment: either says what the carrier last said; the later id wins.
  const eventOf = new Map(lastEvents.map((e) => [e.shipmentId, e]));
  const byId = new Map(found.filter((s) => s.shopId === shopId).map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const s = byId.get(id);
    if (!s) return [];
    const numbers = parseList(s.trackingNumbers);
    const url = parseList(s.trackingUrls)[0] ?? "";
    const customer = s.order
      ? [s.order.customerFirstName, s.order.customerLastName].filter(Boolean).join(" ") ||
        s.order.shippingName
      : null;
    const event = eventOf.get(id);
    const estimate = s.estimatedDeliveryAt;
    const latest = s.estimatedDeliveryLatestAt;
    return [
      {
        id: s.id,
        kind,
        orderName: s.order?.name ?? s.name,
        customer: customer || null,
        status: isShipmentStatus(s.status) ? s.status : "PENDING",
        carrier: s.carrier,
        trackingNumber: numbers[0] ?? null,
        trackingUrl: /^https:\/\//i.test(url) ? url : null,
        moreTrackingNumbers: Math.max(numbers.length - 1, 0),
        since: problemSince(kind, s).toISOString(),
        lastEvent: event
          ? {
              status: event.status,
              message: event.message,
              at: event.happenedAt.toISOString(),
              place: [event.city, event.province, event.country].filter(Boolean).join(", ") || null,
            }
          : null,
        destinationCity: s.destinationCity,
        destinationCountry: s.destinationCountry,
        estimatedDelivery: estimate
          ? {
              earliest: estimate.toISOString(),
              latest: (latest && latest > estimate ? latest : estimate).toISOString(),
            }
          : null,
      },
    ];
  });
}
