import type { Db } from "../../db.server";
import type { Prisma } from "../../generated/prisma/client";
import { NEEDS_ATTENTION, type ShipmentStatus } from "../../shipments/status";
import { EXCEPTION_KINDS, NOT_PICKED_UP_DAYS, type ExceptionKind } from "./exception-kinds";

const DAY_MS = 86_400_000;
/** Rows in the dashboard's list; the rest are behind "View all". */
export const EXCEPTION_LIST_SIZE = 10;

type Fields = Db["shipment"]["fields"];

const statuses = (...list: ShipmentStatus[]) => ({ in: list });
const hasTracking: Prisma.ShipmentWhereInput = { trackingNumbers: { not: "[]" } };

/**
 * Not marked as handled by the merchant — or marked before the problem's newest part began, as the
 * shipment page decides (app/admin/shipments/attention.ts, openProblem): a handling counts for the
 * problem of that moment only. The problem's parts: an attention status since it was set, lateness,
 * silence.
 */
function unhandled(fields: Fields): Prisma.ShipmentWhereInput {
  const handledAt = fields.exceptionHandledAt;
  const attention = statuses(...NEEDS_ATTENTION);
  return {
    OR: [
      { exceptionHandledAt: null },
      { status: attention, statusAt: { gt: handledAt } },
      { status: attention, statusAt: null, shippedAt: { gt: handledAt } },
      { lateSince: { gt: handledAt } },
      { stalledSince: { gt: handledAt } },
    ],
  };
}

/**
 * A label with no carrier scan for NOT_PICKED_UP_DAYS: the last sign of life (the newest scan, else
 * the moment it shipped) is older than that.
 */
function notPickedUp(now: Date): Prisma.ShipmentWhereInput {
  const cutoff = new Date(now.getTime() - NOT_PICKED_UP_DAYS * DAY_MS);
  return {
    status: "PENDING",
    AND: [
      hasTracking,
      { shippedAt: { lt: cutoff } },
      { OR: [{ lastEventAt: null }, { lastEventAt: { lt: cutoff } }] },
    ],
  };
}

/** Late as everywhere else in the app (storefront, shipments list): the carrier said so, or detection did. */
const late: Prisma.ShipmentWhereInput = { OR: [{ status: "DELAYED" }, { lateSince: { not: null } }] };
/**
 * Statuses that can be late or stalled and are not a kind of their own (exception, failed attempt) or
 * over. Listed, not excluded: IN reads the (shopId, status, …) index for the parcels in flight only,
 * where NOT IN would read every shipment the shop ever had.
 */
const MOVING: ShipmentStatus[] = ["PENDING", "IN_TRANSIT", "DELAYED", "OUT_FOR_DELIVERY", "READY_FOR_PICKUP"];

/**
 * One kind's shipments, without the shop. Lateness and silence are detection's flags (lateSince,
 * stalledSince: app/notifications/detect.server.ts with the shop's stall period and time zone), the same
 * the shopper was notified of and the shipment page shows; "not picked up" is read from the scans.
 * Written so that a shipment matches one kind at most (EXCEPTION_KINDS gives the order), and shipments
 * whose problem the merchant marked as handled are left out.
 */
export function exceptionWhere(kind: ExceptionKind, now: Date, fields: Fields): Prisma.ShipmentWhereInput {
  const open = unhandled(fields);
  switch (kind) {
    case "exception":
      return { status: "EXCEPTION", AND: [open] };
    case "attempted":
      return { status: "ATTEMPTED_DELIVERY", AND: [open] };
    case "notPickedUp":
      return { AND: [notPickedUp(now), open] };
    case "late":
      return { status: { in: MOVING }, AND: [late, { NOT: notPickedUp(now) }, open] };
    case "stalled":
      return {
        status: { in: MOVING.filter((s) => s !== "DELAYED") },
        lateSince: null,
        stalledSince: { not: null },
        AND: [{ NOT: notPickedUp(now) }, open],
      };
  }
}

/** Longest-waiting first within a kind. */
const ORDER: Record<ExceptionKind, Prisma.ShipmentOrderByWithRelationInput[]> = {
  exception: [{ statusAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  attempted: [{ statusAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  notPickedUp: [{ shippedAt: "asc" }, { id: "asc" }],
  late: [{ lateSince: { sort: "asc", nulls: "last" } }, { statusAt: "asc" }, { id: "asc" }],
  stalled: [{ stalledSince: "asc" }, { id: "asc" }],
};

export interface ExceptionItem {
  id: string;
  kind: ExceptionKind;
  orderName: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  status: ShipmentStatus;
  /** When it went wrong: the status's time, the label's, the last sign of life, or when it became late. */
  since: string | null;
  estimatedDeliveryAt: string | null;
}

export interface Exceptions {
  counts: Record<ExceptionKind, number>;
  total: number;
  /** The EXCEPTION_LIST_SIZE most urgent: by kind, then longest-waiting. */
  items: ExceptionItem[];
}

const SELECT = {
  id: true,
  name: true,
  carrier: true,
  trackingNumbers: true,
  status: true,
  statusAt: true,
  shippedAt: true,
  lastEventAt: true,
  lateSince: true,
  estimatedDeliveryAt: true,
  order: { select: { name: true } },
} as const;

type Row = Prisma.ShipmentGetPayload<{ select: typeof SELECT }>;

function since(kind: ExceptionKind, row: Row): Date | null {
  switch (kind) {
    case "exception":
    case "attempted":
      return row.statusAt;
    case "late":
      return row.lateSince ?? row.statusAt;
    case "notPickedUp":
    case "stalled":
      return row.lastEventAt && row.lastEventAt > row.shippedAt ? row.lastEventAt : row.shippedAt;
  }
}

/** Shipments needing the merchant now: a count per kind and the most urgent few. */
export async function shipmentExceptions(db: Db, shopId: string, now: Date): Promise<Exceptions> {
  const where = (kind: ExceptionKind) => ({ shopId, ...exceptionWhere(kind, now, db.shipment.fields) });
  const counted = await Promise.all(EXCEPTION_KINDS.map((kind) => db.shipment.count({ where: where(kind) })));
  const counts = Object.fromEntries(EXCEPTION_KINDS.map((kind, i) => [kind, counted[i]])) as Record<
    ExceptionKind,
    number
  >;
  const items: ExceptionItem[] = [];
  for (const kind of EXCEPTION_KINDS) {
    const room = EXCEPTION_LIST_SIZE - items.length;
    if (room <= 0) break;
    if (!counts[kind]) continue;
    const rows = await db.shipment.findMany({
      where: where(kind),
      orderBy: ORDER[kind],
      take: room,
      select: SELECT,
    });
    for (const row of rows) {
      items.push({
        id: row.id,
        kind,
        orderName: row.order?.name ?? row.name,
        carrier: row.carrier,
        trackingNumber: (JSON.parse(row.trackingNumbers) as string[])[0] ?? null,
        status: row.status as ShipmentStatus,
        since: since(kind, row)?.toISOString() ?? null,
        estimatedDeliveryAt: row.estimatedDeliveryAt?.toISOString() ?? null,
      });
    }
  }
  return { counts, total: counted.reduce((a, b) => a + b, 0), items };
}
