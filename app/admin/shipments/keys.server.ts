import { exceptionWhere } from "../dashboard/exceptions.server";
import type { Prisma } from "../../generated/prisma/client";
import { SHIPMENT_STATUSES, type ShipmentStatus } from "../../shipments/status";
import type { Tx } from "../../types.server";
import { beyond, decodeCursor, newestFirst, type Key } from "./cursor";
import { endOfDay, startOfDay } from "./dates.server";
import { attentionKinds, type ShipmentListParams } from "./params";
import { searchShipmentIds } from "./search.server";

/** Shipments per page. */
export const PAGE_SIZE = 50;

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
 * The problem filters (late, stalled, not picked up) are the home's "Needs attention" kinds with its own
 * where-clauses (exceptionWhere), so "View all" lists exactly the shipments the home counted; each is
 * split by the statuses its clause allows, into the same one-index keyset queries.
 */
export async function pageKeys(
  tx: Tx,
  shopId: string,
  params: ShipmentListParams,
  timeZone: string,
  now = new Date(),
): Promise<PageKeys> {
  const none = { keys: [], hasNext: false, hasPrevious: false };
  const cursor = decodeCursor(params.after ?? params.before);
  const direction = cursor && params.before ? "before" : "after";
  const filters: Prisma.ShipmentWhereInput[] = [];
  if (params.carrier) filters.push({ carrier: params.carrier });
  if (params.shippedFrom) filters.push({ shippedAt: { gte: startOfDay(params.shippedFrom, timeZone) } });
  if (params.shippedTo) filters.push({ shippedAt: { lt: endOfDay(params.shippedTo, timeZone) } });
  if (cursor) filters.push(...beyond(cursor, direction));

  const branches = statusBranches(params, now, tx.shipment.fields);
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
  // The home's kinds exclude one another, so no shipment is in two branches; deduplicated all the same.
  const unique = new Map(found.filter((key) => key.shopId === shopId).map((key) => [key.id, key]));
  const merged = [...unique.values()].sort(newestFirst);
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

/**
 * One where-clause per status to read ([{}]: no status condition); [] when nothing can match. With
 * problem filters: each chosen kind's clause, once per status it allows (and the status filter keeps).
 */
function statusBranches(
  params: ShipmentListParams,
  now: Date,
  fields: Tx["shipment"]["fields"],
): Prisma.ShipmentWhereInput[] {
  const chosen = params.statuses.length ? params.statuses : null;
  const kinds = attentionKinds(params);
  if (!kinds.length) return chosen ? chosen.map((status) => ({ status })) : [{}];
  return kinds.flatMap((kind) => {
    const where = exceptionWhere(kind, now, fields);
    return statusesOf(where)
      .filter((status) => !chosen || chosen.includes(status))
      .map((status) => ({ status, AND: [where] }));
  });
}

/**
 * The statuses a where-clause allows, read off its `status` conditions (at the top and in AND): an
 * equality per status lets each branch seek the (shopId, status, shippedAt, id) index and read it in
 * order, where the clause's own `status IN (…)` would read every match and sort. A condition this does
 * not understand allows every status (the clause itself still decides), so the result is never too narrow.
 */
export function statusesOf(where: Prisma.ShipmentWhereInput): ShipmentStatus[] {
  let allowed: ShipmentStatus[] = [...SHIPMENT_STATUSES];
  const visit = (clause: Prisma.ShipmentWhereInput) => {
    const status = clause.status;
    if (typeof status === "string") allowed = allowed.filter((s) => s === status);
    else if (status && typeof status === "object" && "in" in status && Array.isArray(status.in)) {
      const list: readonly string[] = status.in;
      allowed = allowed.filter((s) => list.includes(s));
    }
    const and = clause.AND;
    for (const part of Array.isArray(and) ? and : and ? [and] : []) visit(part);
  };
  visit(where);
  return allowed;
}
