import { normalizeTrackingNumber } from "../../shipments/tracking-numbers.server";
import type { Tx } from "../../types.server";

/** More matches than a merchant reads; also what keeps a search's `id IN (…)` small. */
const MAX_MATCHES = 200;

/**
 * The shipments a search box entry names, in one shop: by customer email when it has an "@", otherwise
 * by order name ("1001" finds "#1001") or tracking number (spaces and case ignored, as the storefront
 * lookup does). Exact matches only, each on an index: Order(shopId, email), Order(shopId, name) and
 * TrackingNumber's key (shopId, number). Returns shipment ids, at most MAX_MATCHES.
 */
export async function searchShipmentIds(tx: Tx, shopId: string, query: string): Promise<string[]> {
  const text = query.trim();
  if (!text) return [];
  if (text.includes("@")) {
    // Shopify keeps the address as typed at checkout; most are lower case.
    return shipmentsOfOrders(tx, shopId, { email: { in: unique([text, text.toLowerCase()]) } });
  }
  const number = normalizeTrackingNumber(text);
  const [byOrder, byNumber] = await Promise.all([
    shipmentsOfOrders(tx, shopId, {
      name: { in: unique([text, text.startsWith("#") ? text : `#${text}`]) },
    }),
    number
      ? tx.trackingNumber.findMany({
          where: { shopId, number },
          select: { shipmentId: true },
          take: MAX_MATCHES,
        })
      : [],
  ]);
  return unique([...byOrder, ...byNumber.map((row) => row.shipmentId)]).slice(0, MAX_MATCHES);
}

async function shipmentsOfOrders(
  tx: Tx,
  shopId: string,
  where: { email: { in: string[] } } | { name: { in: string[] } },
): Promise<string[]> {
  const orders = await tx.order.findMany({
    where: { shopId, ...where },
    select: { id: true },
    take: MAX_MATCHES,
  });
  if (!orders.length) return [];
  const shipments = await tx.shipment.findMany({
    where: { shopId, orderId: { in: orders.map((o) => o.id) } },
    select: { id: true },
    take: MAX_MATCHES,
  });
  return shipments.map((s) => s.id);
}

const unique = <T>(values: T[]) => [...new Set(values)];
