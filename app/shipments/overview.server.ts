import type { Db } from "../db.server";
import { NEEDS_ATTENTION, SHIPMENT_STATUSES, type ShipmentStatus } from "./status";

export interface ShipmentRow {
  id: string;
  orderName: string | null;
  name: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  status: ShipmentStatus;
  statusAt: string | null;
  estimatedDeliveryAt: string | null;
}

export interface ShipmentOverview {
  counts: Record<ShipmentStatus, number>;
  total: number;
  shipments: ShipmentRow[];
}

/**
 * The home page's data for one shop: how many shipments are in each status, and the most recent ones
 * with those that need attention (delayed, failed attempt, exception) first.
 */
export async function shipmentOverview(db: Db, shopDomain: string, limit = 50): Promise<ShipmentOverview> {
  const counts = Object.fromEntries(SHIPMENT_STATUSES.map((s) => [s, 0])) as Record<ShipmentStatus, number>;
  const shop = await db.shop.findUnique({ where: { domain: shopDomain }, select: { id: true } });
  if (!shop) return { counts, total: 0, shipments: [] };

  const grouped = await db.shipment.groupBy({ by: ["status"], where: { shopId: shop.id }, _count: true });
  for (const group of grouped) counts[group.status as ShipmentStatus] = group._count;

  const select = {
    id: true,
    name: true,
    carrier: true,
    trackingNumbers: true,
    status: true,
    statusAt: true,
    estimatedDeliveryAt: true,
    order: { select: { name: true } },
  } as const;
  const attention = await db.shipment.findMany({
    where: { shopId: shop.id, status: { in: [...NEEDS_ATTENTION] } },
    orderBy: { statusAt: "asc" },
    take: limit,
    select,
  });
  const recent = await db.shipment.findMany({
    where: { shopId: shop.id, status: { notIn: [...NEEDS_ATTENTION] } },
    orderBy: { shippedAt: "desc" },
    take: Math.max(limit - attention.length, 0),
    select,
  });
  return {
    counts,
    total: grouped.reduce((sum, g) => sum + g._count, 0),
    shipments: [...attention, ...recent].map((s) => ({
      id: s.id,
      orderName: s.order?.name ?? null,
      name: s.name,
      carrier: s.carrier,
      trackingNumber: (JSON.parse(s.trackingNumbers) as string[])[0] ?? null,
      status: s.status as ShipmentStatus,
      statusAt: s.statusAt?.toISOString() ?? null,
      estimatedDeliveryAt: s.estimatedDeliveryAt?.toISOString() ?? null,
    })),
  };
}
