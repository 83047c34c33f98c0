import type { Db } from "../../db.server";
import { isResend, type Milestone } from "../../notifications/milestones";
import { storedReason, type StoredReason } from "../../notifications/reasons";
import { isShipmentStatus, type ShipmentStatus } from "../../shipments/status";
import { thumbnailUrl, variantImageUrls } from "../../storefront/item-images.server";
import { openProblem, type ProblemKind } from "./attention";
import { isLate } from "./late";
import { parseList } from "./list.server";
import { resendableMilestones } from "./resendable";
import { scanTimeZone } from "./scan-zone.server";

/** The newest scans and messages shown; a parcel has a few dozen at most. */
const MAX_EVENTS = 200;
const MAX_NOTIFICATIONS = 100;

export interface ShipmentDetail {
  id: string;
  title: string | null;
  /** Opens the order in the Shopify admin from inside the embedded app (App Bridge). */
  orderAdminUrl: string;
  customer: string | null;
  timeZone: string;
  status: ShipmentStatus;
  statusAt: string | null;
  late: boolean;
  lateSince: string | null;
  stalledSince: string | null;
  shippedAt: string;
  deliveredAt: string | null;
  lastEventAt: string | null;
  estimatedDelivery: { earliest: string; latest: string } | null;
  /**
   * Where the estimate comes from (app/estimates/source.ts): the carrier, the merchant, or the shop's own
   * deliveries in the lane, with the share of such parcels that arrived within the range.
   */
  estimateSource: { kind: "CARRIER" | "MERCHANT" | "LEARNED"; confidence: number | null } | null;
  carrier: string | null;
  /** The carrier the tracking number's format names, when Shopify names none, "Other" or an unknown one. */
  detectedCarrier: string | null;
  tracking: Array<{ number: string; url: string | null }>;
  destination: { city: string | null; country: string | null };
  items: Array<{
    title: string;
    variantTitle: string | null;
    sku: string | null;
    quantity: number;
    imageUrl: string | null;
  }>;
  /** Newest first; `timeZone` is the scan's place's, so times read as the carrier's local times. */
  events: Array<{
    id: string;
    status: string | null;
    message: string | null;
    at: string;
    place: string | null;
    timeZone: string;
  }>;
  notifications: Array<{
    id: string;
    milestone: string;
    channel: string;
    status: string;
    recipient: string | null;
    detail: string | null;
    /** Why it was skipped or held, as a code the admin words in the merchant's language (0019). */
    reason: StoredReason | null;
    attempts: number;
    resent: boolean;
    at: string;
  }>;
  problem: { kind: ProblemKind; since: string; handled: boolean } | null;
  handling: { at: string; note: string | null } | null;
  resendable: Milestone[];
}

/** One shipment of the session's shop, for its admin page; null for an id the shop does not have. */
export async function shipmentDetail(db: Db, shopDomain: string, id: string): Promise<ShipmentDetail | null> {
  const shop = await db.shop.findUnique({
    where: { domain: shopDomain },
    select: { id: true, timezone: true },
  });
  if (!shop) return null;
  const s = await db.shipment.findFirst({
    where: { id, shopId: shop.id },
    include: {
      order: {
        select: { name: true, customerFirstName: true, customerLastName: true, shippingName: true },
      },
      events: { where: { deletedAt: null }, orderBy: { happenedAt: "desc" }, take: MAX_EVENTS },
      notifications: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: MAX_NOTIFICATIONS },
    },
  });
  if (!s) return null;
  const status = isShipmentStatus(s.status) ? s.status : "PENDING";
  const numbers = parseList(s.trackingNumbers);
  const urls = parseList(s.trackingUrls);
  const items = parseItems(s.lineItems);
  const cached = await variantImageUrls(
    db,
    shop.id,
    items.flatMap((item) => (!item.imageUrl && item.variantId ? [item.variantId] : [])),
  );
  const problem = openProblem({ ...s, status });
  const name = s.order ? [s.order.customerFirstName, s.order.customerLastName].filter(Boolean).join(" ") : "";
  return {
    id: s.id,
    title: s.order?.name ?? s.name,
    orderAdminUrl: `shopify://admin/orders/${s.orderShopifyId}`,
    customer: name || s.order?.shippingName || null,
    timeZone: shop.timezone,
    status,
    statusAt: iso(s.statusAt),
    late: isLate(status, s.lateSince),
    lateSince: iso(s.lateSince),
    stalledSince: iso(s.stalledSince),
    shippedAt: s.shippedAt.toISOString(),
    deliveredAt: iso(s.deliveredAt),
    lastEventAt: iso(s.lastEventAt),
    estimatedDelivery: s.estimatedDeliveryAt
      ? {
          earliest: s.estimatedDeliveryAt.toISOString(),
          latest: (s.estimatedDeliveryLatestAt && s.estimatedDeliveryLatestAt > s.estimatedDeliveryAt
            ? s.estimatedDeliveryLatestAt
            : s.estimatedDeliveryAt
          ).toISOString(),
        }
      : null,
    estimateSource: estimateSourceOf(s),
    carrier: s.carrier,
    detectedCarrier: s.detectedCarrier,
    // Carriers' tracking links, paired with their numbers; only web links are offered.
    tracking: numbers.map((number, k) => ({
      number,
      url: /^https?:\/\//i.test(urls[k] ?? "") ? urls[k] : null,
    })),
    destination: { city: s.destinationCity, country: s.destinationCountry },
    items: items.map(({ variantId, imageUrl, ...item }) => ({
      ...item,
      imageUrl: imageUrl ?? thumbnailUrl(variantId ? cached.get(variantId) : null),
    })),
    events: s.events.map((e) => ({
      id: e.id,
      status: e.status,
      message: e.message,
      at: e.happenedAt.toISOString(),
      place: [e.city, e.province, e.country].filter(Boolean).join(", ") || null,
      timeZone: scanTimeZone(e.country, e.province, shop.timezone),
    })),
    notifications: s.notifications.map((n) => ({
      id: n.id,
      milestone: n.milestone,
      channel: n.channel,
      status: n.status,
      recipient: n.recipient,
      detail: n.skipReason ?? n.lastError,
      reason: storedReason(n.reasonCode, n.reasonParams),
      attempts: n.attempts,
      resent: isResend(n.occurrence),
      at: (n.sentAt ?? n.failedAt ?? (n.status === "PENDING" ? n.dueAt : n.updatedAt)).toISOString(),
    })),
    problem: problem && { ...problem, since: problem.since.toISOString() },
    handling: s.exceptionHandledAt ? { at: s.exceptionHandledAt.toISOString(), note: s.exceptionNote } : null,
    resendable: resendableMilestones({ ...s, status }),
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

function parseItems(json: string) {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.map((raw: Record<string, unknown>) => ({
    title: typeof raw.title === "string" ? raw.title : "",
    variantTitle: typeof raw.variantTitle === "string" ? raw.variantTitle : null,
    sku: typeof raw.sku === "string" && raw.sku ? raw.sku : null,
    quantity: typeof raw.quantity === "number" ? raw.quantity : 1,
    variantId: typeof raw.variantId === "string" ? raw.variantId : null,
    imageUrl: thumbnailUrl(typeof raw.imageUrl === "string" ? raw.imageUrl : null),
  }));
}

const SOURCES = new Set(["CARRIER", "MERCHANT", "LEARNED"]);

function estimateSourceOf(s: {
  estimatedDeliveryAt: Date | null;
  estimateSource: string | null;
  estimateConfidence: number | null;
}): ShipmentDetail["estimateSource"] {
  if (!s.estimatedDeliveryAt || !s.estimateSource || !SOURCES.has(s.estimateSource)) return null;
  return {
    kind: s.estimateSource as "CARRIER" | "MERCHANT" | "LEARNED",
    confidence: s.estimateSource === "LEARNED" ? s.estimateConfidence : null,
  };
}
