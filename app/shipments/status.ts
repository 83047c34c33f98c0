/**
 * The canonical shipment status model: every source (Shopify's fulfillment `shipment_status`, its
 * FulfillmentEvent statuses, later carrier feeds) is mapped into this one small set, and a shipment's
 * status is *derived* from all of its observations, never patched by arrival order.
 *
 *   PENDING ──▶ IN_TRANSIT ──▶ OUT_FOR_DELIVERY ──▶ DELIVERED
 *                 │  ▲              │
 *                 ▼  │              ▼
 *              DELAYED         ATTEMPTED_DELIVERY ──▶ READY_FOR_PICKUP ──▶ DELIVERED
 *
 *   EXCEPTION (failure, returned) can follow any non-terminal state; CANCELLED ends everything.
 *
 * Transition rules (implemented by `deriveStatus`):
 * 1. The observation with the latest event time wins (a carrier's `happened_at`, not the time the
 *    webhook arrived), so duplicates and reordered deliveries give the same answer. Ties go to the
 *    status further along (`RANK`).
 * 2. DELIVERED is terminal: once any observation says delivered, later scans cannot move it back
 *    (carriers do send stray "in transit" scans after delivery). Its time is the first delivery scan.
 * 3. A cancelled fulfillment is CANCELLED whatever its events say.
 * 4. Unknown raw values are recorded on the event but move nothing (`toCanonical` returns null).
 */
export const SHIPMENT_STATUSES = [
  "PENDING",
  "IN_TRANSIT",
  "DELAYED",
  "OUT_FOR_DELIVERY",
  "ATTEMPTED_DELIVERY",
  "READY_FOR_PICKUP",
  "EXCEPTION",
  "DELIVERED",
  "CANCELLED",
] as const;

export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** How far along a status is; breaks ties between observations with the same event time. */
export const RANK: Record<ShipmentStatus, number> = {
  PENDING: 0,
  IN_TRANSIT: 1,
  DELAYED: 2,
  OUT_FOR_DELIVERY: 3,
  ATTEMPTED_DELIVERY: 4,
  READY_FOR_PICKUP: 5,
  EXCEPTION: 6,
  DELIVERED: 7,
  CANCELLED: 8,
};

/**
 * Shopify's values, from the REST `shipment_status` / FulfillmentEvent `status` (snake case) and the
 * GraphQL `FulfillmentEventStatus` enum (upper case); both are accepted.
 */
const SHOPIFY_MAP = new Map<string, ShipmentStatus>(
  Object.entries({
    label_printed: "PENDING",
    label_purchased: "PENDING",
    confirmed: "PENDING",
    attempted_delivery: "ATTEMPTED_DELIVERY",
    carrier_picked_up: "IN_TRANSIT",
    in_transit: "IN_TRANSIT",
    out_for_delivery: "OUT_FOR_DELIVERY",
    delayed: "DELAYED",
    ready_for_pickup: "READY_FOR_PICKUP",
    picked_up: "DELIVERED",
    delivered: "DELIVERED",
    failure: "EXCEPTION",
  } satisfies Record<string, ShipmentStatus>),
);

/** Maps a raw Shopify status to the canonical one; null for values this version does not know. */
export function toCanonical(raw: string | null | undefined): ShipmentStatus | null {
  if (!raw) return null;
  // A Map, not an object lookup: "__proto__" or "constructor" from a payload must not match.
  return SHOPIFY_MAP.get(raw.trim().toLowerCase()) ?? null;
}

export function isShipmentStatus(value: string): value is ShipmentStatus {
  return (SHIPMENT_STATUSES as readonly string[]).includes(value);
}

/** One thing a source said about a shipment at a point in time. */
export interface Observation {
  status: ShipmentStatus;
  at: Date;
}

export interface DerivedStatus {
  status: ShipmentStatus;
  /** Event time of the observation that decided the status; null when nothing was observed. */
  statusAt: Date | null;
  deliveredAt: Date | null;
}

/** Applies the transition rules above to every observation of one shipment, in any order. */
export function deriveStatus(observations: Observation[], cancelledAt?: Date | null): DerivedStatus {
  const delivered = observations
    .filter((o) => o.status === "DELIVERED")
    .reduce<Date | null>((first, o) => (first && first <= o.at ? first : o.at), null);

  if (cancelledAt) return { status: "CANCELLED", statusAt: cancelledAt, deliveredAt: delivered };
  if (delivered) return { status: "DELIVERED", statusAt: delivered, deliveredAt: delivered };

  let winner: Observation | null = null;
  for (const o of observations) {
    if (
      !winner ||
      o.at > winner.at ||
      (o.at.getTime() === winner.at.getTime() && RANK[o.status] > RANK[winner.status])
    ) {
      winner = o;
    }
  }
  return winner
    ? { status: winner.status, statusAt: winner.at, deliveredAt: null }
    : { status: "PENDING", statusAt: null, deliveredAt: null };
}

/** Statuses a merchant should look at first: the shipment needs attention. */
export const NEEDS_ATTENTION: ReadonlySet<ShipmentStatus> = new Set([
  "DELAYED",
  "ATTEMPTED_DELIVERY",
  "EXCEPTION",
]);

/** Human label per status (the admin and storefront translate these later). */
export const STATUS_LABEL: Record<ShipmentStatus, string> = {
  PENDING: "Label created",
  IN_TRANSIT: "In transit",
  DELAYED: "Delayed",
  OUT_FOR_DELIVERY: "Out for delivery",
  ATTEMPTED_DELIVERY: "Delivery attempted",
  READY_FOR_PICKUP: "Ready for pickup",
  EXCEPTION: "Exception",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
};
