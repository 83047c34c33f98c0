import type { ShipmentStatus } from "../shipments/status";
import type { Locale, MessageVariables, Milestone } from "./milestones";
import { formatDeliveryDate, formatDeliveryRange, statusLabel } from "./templates/index.server";

/** Everything about one shipment a message can mention, as the dispatcher loaded it. */
export interface ShipmentForMessage {
  status: ShipmentStatus;
  carrier: string | null;
  trackingNumbers: string;
  trackingUrls: string;
  estimatedDeliveryAt: Date | null;
  /** The end of the estimated range (a learned range, a merchant's or a carrier's); absent: one day. */
  estimatedDeliveryLatestAt?: Date | null;
  lastEventAt: Date | null;
  shippedAt: Date;
  destinationCity: string | null;
  destinationCountry: string | null;
  lineItems: string;
}

export interface OrderForMessage {
  name: string;
  customerFirstName: string | null;
  customerLastName: string | null;
  lineItems: string;
}

export interface ShopForMessage {
  domain: string;
  name: string | null;
  email: string | null;
}

export interface MilestoneContext {
  reason?: string | null;
  previousEstimate?: string | null;
}

interface StoredItem {
  title?: string | null;
  variantTitle?: string | null;
  quantity?: number | null;
}

/**
 * Fills the template variables for one message. Every value is present (empty when unknown) so a template
 * that passed validation renders on any shipment.
 */
export function composeVariables(input: {
  milestone: Milestone;
  locale: Locale;
  timeZone: string;
  shop: ShopForMessage;
  order: OrderForMessage;
  shipment: ShipmentForMessage;
  context: MilestoneContext;
  trackingPageUrl: string;
  unsubscribeUrl: string;
}): MessageVariables {
  const { shop, order, shipment, locale, timeZone } = input;
  const shipped = parseItems(shipment.lineItems);
  const items = shipped.length ? shipped : parseItems(order.lineItems);
  const first = order.customerFirstName?.trim() ?? "";
  const last = order.customerLastName?.trim() ?? "";
  const previous = input.context.previousEstimate ? new Date(input.context.previousEstimate) : null;
  return {
    shop: { name: shop.name ?? shop.domain, email: shop.email ?? "", url: `https://${shop.domain}` },
    customer: { first_name: first, last_name: last, name: [first, last].filter(Boolean).join(" ") },
    order: { name: order.name },
    items,
    shipment: {
      status: statusLabel(shipment.status, locale),
      carrier: shipment.carrier ?? "",
      tracking_number: firstOf(shipment.trackingNumbers),
      tracking_url: firstOf(shipment.trackingUrls),
      destination_city: shipment.destinationCity ?? "",
      destination_country: shipment.destinationCountry ?? "",
    },
    tracking_page_url: input.trackingPageUrl,
    estimated_delivery: formatDeliveryRange(
      shipment.estimatedDeliveryAt,
      shipment.estimatedDeliveryLatestAt,
      locale,
      timeZone,
    ),
    previous_estimated_delivery:
      previous && !Number.isNaN(previous.getTime()) ? formatDeliveryDate(previous, locale, timeZone) : "",
    delay_reason: input.context.reason?.trim() ?? "",
    unsubscribe_url: input.unsubscribeUrl,
  };
}

function parseItems(json: string): MessageVariables["items"] {
  try {
    const items = JSON.parse(json) as StoredItem[];
    return Array.isArray(items)
      ? items.map((item) => ({
          title: item.title ?? "",
          variant_title: item.variantTitle ?? "",
          quantity: item.quantity ?? 1,
        }))
      : [];
  } catch {
    return [];
  }
}

function firstOf(json: string): string {
  try {
    const values = JSON.parse(json) as unknown[];
    return Array.isArray(values) && typeof values[0] === "string" ? values[0] : "";
  } catch {
    return "";
  }
}
