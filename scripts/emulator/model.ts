import type { Place } from "./carriers";
import type { Random } from "./random";

/**
 * The emulated shop's records: the one truth both the webhook payloads (payloads.ts) and the Admin
 * GraphQL answers (graphql.ts) are rendered from, so backfill and reconciliation agree with the stream.
 */
export interface ShopLineItem {
  id: number;
  productId: number;
  variantId: number;
  title: string;
  variantTitle: string;
  sku: string;
  quantity: number;
  price: string;
}

export interface ShopEvent {
  id: number;
  status: string;
  message: string;
  happenedAt: Date;
  createdAt: Date;
  place: Place;
  address1: string | null;
  estimatedDeliveryAt: Date | null;
}

export interface ShopFulfillment {
  id: number;
  name: string;
  status: "success" | "cancelled";
  createdAt: Date;
  updatedAt: Date;
  company: string;
  trackingNumber: string;
  trackingUrl: string;
  /** Shopify's snapshot of the latest event's status on the fulfillment. */
  shipmentStatus: string | null;
  lineItems: ShopLineItem[];
  events: ShopEvent[];
}

export interface ShopAddress {
  firstName: string;
  lastName: string;
  address1: string;
  address2: string | null;
  city: string;
  province: string | null;
  provinceCode: string | null;
  zip: string;
  countryCode: string;
  countryName: string;
  phone: string;
  lat: number;
  lng: number;
}

export interface ShopOrder {
  id: number;
  name: string;
  number: number;
  createdAt: Date;
  updatedAt: Date;
  email: string;
  phone: string;
  locale: string;
  currency: string;
  customerId: number;
  address: ShopAddress;
  lineItems: ShopLineItem[];
  fulfillments: ShopFulfillment[];
}

/** The emulator's bookkeeping about an order, shown on its status page. */
export interface OrderStory {
  order: ShopOrder;
  scenario: string;
  /** "backfill": existed before install, the app learns it from GraphQL; "webhooks": streamed. */
  source: "backfill" | "webhooks";
  /** Whether Admin GraphQL shows the order yet (its orders/create moment has come). */
  visible: boolean;
  notes: string[];
  lastWebhook: { topic: string; status: number | null; at: Date } | null;
}

/** The latest event, by event time (what the shipment's status should be). */
export function latestEvent(fulfillment: ShopFulfillment): ShopEvent | null {
  return fulfillment.events.reduce<ShopEvent | null>(
    (latest, e) => (!latest || e.happenedAt > latest.happenedAt ? e : latest),
    null,
  );
}

/** Monotonic Shopify-sized ids: each resource type has its own range, as in a real shop. */
export class IdSequence {
  constructor(
    private current: number,
    private readonly random: Random,
  ) {}
  next(): number {
    this.current += this.random.int(1, 40);
    return this.current;
  }
}
