import type { Prisma } from "../../generated/prisma/client";
import type { ShipmentStatus } from "../../shipments/status";
import type { Tx } from "../../types.server";
import { exceptionWhere } from "../dashboard/exceptions.server";
import type { ExceptionKind } from "../dashboard/exception-kinds";
import { decodeInboxCursor, oldestFirst, type InboxKey } from "./cursor";
import { statusesOf } from "../shipments/keys.server";

/** Problems per page. */
export const INBOX_PAGE_SIZE = 50;

/** The columns a problem's start is read from. */
type SinceColumn = "statusAt" | "shippedAt" | "lateSince" | "stalledSince";

export interface ProblemTimes {
  statusAt: Date | null;
  shippedAt: Date;
  lateSince: Date | null;
  stalledSince: Date | null;
}

/**
 * When a kind's problem began, as the shipment page dates it (attention.ts): the status's time for an
 * exception or failed attempt, the label's for one never scanned, detection's flag for lateness and
 * silence (a carrier's "delayed" without one: its status time). The inbox sorts and pages by it.
 */
export function problemSince(kind: ExceptionKind, s: ProblemTimes): Date {
  switch (kind) {
    case "exception":
    case "attempted":
      return s.statusAt ?? s.shippedAt;
    case "notPickedUp":
      return s.shippedAt;
    case "late":
      return s.lateSince ?? s.statusAt ?? s.shippedAt;
    case "stalled":
      return s.stalledSince ?? s.shippedAt;
  }
}

export interface InboxPageKeys {
  keys: InboxKey[];
  hasNext: boolean;
  hasPrevious: boolean;
}

/** One keyset query: a status, and the rows of it whose problemSince is `column`. */
interface Branch {
  status: ShipmentStatus;
  where: Prisma.ShipmentWhereInput;
  column: SinceColumn;
}

/** "Not null", written as a range: SQLite does not seek an index on IS NOT NULL. */
const SET = { gt: new Date(0) };

/**
 * The page of a kind's open problems, oldest first: the home's own where-clause (exceptionWhere, so the
 * inbox lists exactly what the home counts) split into one query per status and per column the start is
 * read from. Each is an equality on (shopId, status) ordered by (column, id), which one index answers in
 * order from the cursor on: (shopId, status, statusAt | shippedAt | lateSince | stalledSince, id). Each reads at most a page and one row;
 * the pages are merged. Handled problems in between are read and skipped (the handling is not indexed):
 * as many as the merchant handled of that status while it stayed in it.
 */
export async function inboxPageKeys(
  tx: Tx,
  shopId: string,
  kind: ExceptionKind,
  cursors: { after: string | null; before: string | null },
  now: Date,
): Promise<InboxPageKeys> {
  const cursor = decodeInboxCursor(cursors.after ?? cursors.before);
  const direction = cursor && cursors.before ? "before" : "after";
  const order = direction === "after" ? "asc" : "desc";
  const rows = await Promise.all(
    branches(kind, now, tx.shipment.fields).map((branch) =>
      tx.shipment.findMany({
        where: {
          shopId,
          status: branch.status,
          AND: [branch.where, ...(cursor ? beyond(branch.column, cursor, direction) : [])],
        },
        orderBy: [orderOn(branch.column, order), { id: order }],
        take: INBOX_PAGE_SIZE + 1,
        select: {
          id: true,
          shopId: true,
          statusAt: true,
          shippedAt: true,
          lateSince: true,
          stalledSince: true,
        },
      }),
    ),
  );
  const unique = new Map(
    rows
      .flat()
      .filter((row) => row.shopId === shopId)
      .map((row) => [row.id, { id: row.id, since: problemSince(kind, row) }]),
  );
  const merged = [...unique.values()].sort(oldestFirst);
  if (direction === "after") {
    return {
      keys: merged.slice(0, INBOX_PAGE_SIZE),
      hasNext: merged.length > INBOX_PAGE_SIZE,
      hasPrevious: cursor !== null,
    };
  }
  // Going back: the page just before the cursor, i.e. the newest of what lies before it.
  return {
    keys: merged.slice(Math.max(merged.length - INBOX_PAGE_SIZE, 0)),
    hasNext: true,
    hasPrevious: merged.length > INBOX_PAGE_SIZE,
  };
}

/** A kind's queries: its where-clause once per status it allows and per column its start comes from. */
function branches(kind: ExceptionKind, now: Date, fields: Tx["shipment"]["fields"]): Branch[] {
  const where = exceptionWhere(kind, now, fields);
  return statusesOf(where).flatMap((status): Branch[] => {
    const branch = (extra: Prisma.ShipmentWhereInput, column: SinceColumn): Branch => ({
      status,
      where: { ...extra, AND: [where] },
      column,
    });
    switch (kind) {
      case "exception":
      case "attempted":
        return [branch({ statusAt: SET }, "statusAt"), branch({ statusAt: null }, "shippedAt")];
      case "notPickedUp":
        return [branch({}, "shippedAt")];
      case "late":
        // Late by detection's flag; the carrier's own "delayed" may have no flag (yet).
        return [
          branch({ lateSince: SET }, "lateSince"),
          ...(status === "DELAYED"
            ? [
                branch({ lateSince: null, statusAt: SET }, "statusAt"),
                branch({ lateSince: null, statusAt: null }, "shippedAt"),
              ]
            : []),
        ];
      case "stalled":
        return [branch({ stalledSince: SET }, "stalledSince")];
    }
  });
}

/** Rows beyond the cursor: `column >= t AND (column > t OR id > i)`, so the first term seeks the index. */
function beyond(
  column: SinceColumn,
  key: InboxKey,
  direction: "after" | "before",
): Prisma.ShipmentWhereInput[] {
  const t = key.since;
  return direction === "after"
    ? [on(column, { gte: t }), { OR: [on(column, { gt: t }), { id: { gt: key.id } }] }]
    : [on(column, { lte: t }), { OR: [on(column, { lt: t }), { id: { lt: key.id } }] }];
}

function on(column: SinceColumn, filter: Prisma.DateTimeFilter): Prisma.ShipmentWhereInput {
  switch (column) {
    case "statusAt":
      return { statusAt: filter };
    case "shippedAt":
      return { shippedAt: filter };
    case "lateSince":
      return { lateSince: filter };
    case "stalledSince":
      return { stalledSince: filter };
  }
}

function orderOn(column: SinceColumn, order: "asc" | "desc"): Prisma.ShipmentOrderByWithRelationInput {
  switch (column) {
    case "statusAt":
      return { statusAt: order };
    case "shippedAt":
      return { shippedAt: order };
    case "lateSince":
      return { lateSince: order };
    case "stalledSince":
      return { stalledSince: order };
  }
}
