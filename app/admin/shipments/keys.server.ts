import type { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../types.server";
import { beyond, decodeCursor, newestFirst, type Key } from "./cursor";
import { endOfDay, startOfDay } from "./dates.server";
import { CAN_BE_LATE } from "./late";
import type { ShipmentListParams } from "./params";
import { searchShipmentIds } from "./search.server";

/** Shipments per page. */
export const PAGE_SIZE = 50;
/** Every lateSince is after this: a range the database can use, where IS NOT NULL may not be. */
const EPOCH = new Date(0);

export interface PageKeys {
  /** The page's rows, newest first. */
  keys: Key[];
  hasNext: boolean;
  hasPrevious: boolean;
}

/**
 * Which shipments are on the requested page: their keys only, read from the list indexes (schema.prisma,
 * Shipment) without touching the rows. A status filter runs one keyset query per chosen status and
 * merges them: each is an equality on (shopId, status[, carrier]) ordered by (shippedAt, id), which one
 * index answers in order, where a single `status IN (…)` query would read every matching row and sort.
 * "Late" is a status filter too: the statuses a shipment can be late in, each with its own condition.
 */
export async function pageKeys(
  tx: Tx,
  shopId: string,
  params: ShipmentListParams,
  timeZone: string,
): Promise<PageKeys> {
  const none = { keys: [], hasNext: false, hasPrevious: false };
  const cursor = decodeCursor(params.after ?? params.before);
  const direction = cursor && params.before ? "before" : "after";
  const filters: Prisma.ShipmentWhereInput[] = [];
  if (params.carrier) filters.push({ carrier: params.carrier });
  if (params.shippedFrom) filters.push({ shippedAt: { gte: startOfDay(params.shippedFrom, timeZone) } });
  if (params.shippedTo) filters.push({ shippedAt: { lt: endOfDay(params.shippedTo, timeZone) } });
  if (cursor) filters.push(...beyond(cursor, direction));

  const branches = statusBranches(params);
  if (!branches.length) return none;
  const order = direction === "after" ? "desc" : "asc";
  let found: Array<Key & { shopId: string }>;
  if (params.q) {
    const ids = await searchShipmentIds(tx, shopId, params.q);
    if (!ids.length) return none;
    // A handful of rows by primary key, whatever the statuses. The ids come from the shop's own indexes;
    // the shop is checked on the rows rather than in the query, where SQLite (no statistics) would walk
    // the shop's whole (shopId, …) index instead of looking the ids up.
    found = await tx.shipment.findMany({
      where: { id: { in: ids }, AND: [...filters, { OR: branches }] },
      orderBy: [{ shippedAt: order }, { id: order }],
      take: PAGE_SIZE + 1,
      select: { id: true, shopId: true, shippedAt: true },
    });
  } else {
    const pages = await Promise.all(
      branches.map((branch) =>
        tx.shipment.findMany({
          where: { shopId, AND: [...filters, branch] },
          orderBy: [{ shippedAt: order }, { id: order }],
          take: PAGE_SIZE + 1,
          select: { id: true, shopId: true, shippedAt: true },
        }),
      ),
    );
    found = pages.flat();
  }
  const merged = found.filter((key) => key.shopId === shopId).sort(newestFirst);
  if (direction === "after") {
    return {
      keys: merged.slice(0, PAGE_SIZE),
      hasNext: merged.length > PAGE_SIZE,
      hasPrevious: cursor !== null,
    };
  }
  // Going back: the PAGE_SIZE rows just before the cursor, i.e. the oldest ones of the newest-first merge.
  return {
    keys: merged.slice(Math.max(merged.length - PAGE_SIZE, 0)),
    hasNext: true,
    hasPrevious: merged.length > PAGE_SIZE,
  };
}

/** One where-clause per status to read ([{}]: no status condition); [] when nothing can match. */
function statusBranches(params: ShipmentListParams): Prisma.ShipmentWhereInput[] {
  const chosen = params.statuses.length ? params.statuses : params.late ? CAN_BE_LATE : null;
  if (!chosen) return [{}];
  const statuses = params.late ? chosen.filter((status) => CAN_BE_LATE.includes(status)) : chosen;
  return statuses.map((status) =>
    params.late && status !== "DELAYED" ? { status, lateSince: { gt: EPOCH } } : { status },
  );
}
