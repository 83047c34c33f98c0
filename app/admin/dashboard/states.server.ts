import type { Db } from "../../db.server";
import { SHIPMENT_STATUSES, type ShipmentStatus } from "../../shipments/status";

export interface ShipmentStates {
  counts: Record<ShipmentStatus, number>;
  total: number;
}

/** How many of the shop's shipments are in each status now (one GROUP BY over the status index). */
export async function shipmentStates(db: Db, shopId: string): Promise<ShipmentStates> {
  const counts = Object.fromEntries(SHIPMENT_STATUSES.map((s) => [s, 0])) as Record<ShipmentStatus, number>;
  const grouped = await db.shipment.groupBy({ by: ["status"], where: { shopId }, _count: { _all: true } });
  let total = 0;
  for (const group of grouped) {
    if (group.status in counts) counts[group.status as ShipmentStatus] = group._count._all;
    total += group._count._all;
  }
  return { counts, total };
}
