import type { MessageVariables, Milestone } from "../notifications/milestones";
import { SendError, httpSendError, networkSendError, retryAfterMs } from "./send-error";

/**
 * Klaviyo's dated API revision (the `revision` header) this client is written against: the stable
 * Create Event spec of 2026-07-15 (klaviyo/openapi, openapi/stable/apis/create_event.json). Revisions
 * are supported for two years; move it forward deliberately, re-reading the changelog.
 */
export const KLAVIYO_REVISION = "2026-07-15";
const DEFAULT_API_BASE = "https://a.klaviyo.com";
const TIMEOUT_MS = 15_000;

/** A JSON value Klaviyo stores as an event property. */
export type KlaviyoValue =
  string | number | boolean | null | KlaviyoValue[] | { [key: string]: KlaviyoValue };

/** The profile an event belongs to; Klaviyo needs an email or a phone number to find or create it. */
export interface KlaviyoProfile {
  email?: string;
  /** E.164; anything else is left out, since Klaviyo refuses the whole event for a bad number. */
  phoneNumber?: string;
  firstName?: string;
  lastName?: string;
}

/** One event for the merchant's Klaviyo account, in our terms (turned into JSON:API when sent). */
export interface KlaviyoEvent {
  /** The metric (event type) name flows trigger on. */
  metric: string;
  /** Klaviyo records only the first event with a given unique_id per profile and metric. */
  uniqueId: string;
  /** ISO 8601: when it happened (not when we sent it). */
  time: string;
  profile: KlaviyoProfile;
  properties: Record<string, KlaviyoValue>;
}

/**
 * Sends one event (POST /api/events, JSON:API). Klaviyo answers 202 once it has validated and queued
 * the event; the providerMessageId is our unique_id, which is what Klaviyo dedupes on.
 */
export async function sendKlaviyoEvent(
  account: { apiKey: string; apiBase?: string },
  event: KlaviyoEvent,
  options: { timeoutMs?: number } = {},
): Promise<{ providerMessageId: string }> {
  const profile = profileAttributes(event.profile);
  if (!profile.email && !profile.phone_number) {
    throw new SendError("Klaviyo needs an email address or a phone number for the profile", {
      provider: "klaviyo",
      permanent: true,
      code: "invalid-recipient",
    });
  }
  const body = {
    data: {
      type: "event",
      attributes: {
        properties: event.properties,
        time: event.time,
        unique_id: event.uniqueId,
        metric: { data: { type: "metric", attributes: { name: event.metric } } },
        profile: { data: { type: "profile", attributes: profile } },
      },
    },
  };
  const base = (account.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, "");
  let response: Response;
  try {
    response = await fetch(`${base}/api/events`, {
      method: "POST",
      headers: {
        Authorization: `Klaviyo-API-Key ${account.apiKey}`,
        revision: KLAVIYO_REVISION,
        "Content-Type": "application/vnd.api+json",
        Accept: "application/vnd.api+json",
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
    });
  } catch (error) {
    throw networkSendError("klaviyo", error);
  }
  if (response.ok) return { providerMessageId: event.uniqueId };
  const first = await firstError(response);
  // 401/403 (key revoked, scope missing) stay transient: the merchant can fix them and the event then
  // goes; other 4xx say the event itself is wrong and is permanent (see httpSendError).
  throw httpSendError("klaviyo", response.status, first.detail, {
    providerCode: first.code,
    retryAfterMs: retryAfterMs(response.headers),
  });
}

const E164 = /^\+[1-9]\d{6,14}$/;

function profileAttributes(profile: KlaviyoProfile): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (profile.email?.trim()) attributes.email = profile.email.trim();
  if (profile.phoneNumber && E164.test(profile.phoneNumber)) attributes.phone_number = profile.phoneNumber;
  if (profile.firstName?.trim()) attributes.first_name = profile.firstName.trim();
  if (profile.lastName?.trim()) attributes.last_name = profile.lastName.trim();
  return attributes;
}

/** Klaviyo errors are JSON:API: `{ errors: [{ id, code, title, detail, source }] }`. */
async function firstError(response: Response): Promise<{ code?: string; detail: string }> {
  try {
    const payload = (await response.json()) as {
      errors?: Array<{ code?: string; title?: string; detail?: string }>;
    };
    const error = payload.errors?.[0];
    if (error) return { code: error.code, detail: error.detail || error.title || response.statusText };
  } catch {
    // Not JSON (a gateway's error page): the status says enough.
  }
  return { detail: response.statusText || "no details" };
}

/**
 * What the dispatcher knows about a shipment when a milestone happens. Empty values are left out of the
 * event, so a flow can test "property is set".
 */
export interface ShipmentFacts {
  /** Stable for (shipment, milestone, occurrence): a retry must not become a second event in Klaviyo. */
  uniqueId: string;
  /** Shopify's order id, so the events line up with the Shopify integration's "Placed Order". */
  orderId: string;
  /** e.g. "#1001". */
  orderName: string;
  email?: string | null;
  phone?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  carrier?: string | null;
  trackingNumber?: string | null;
  /** The carrier's tracking page. */
  trackingUrl?: string | null;
  /** The shop's own tracking page for the order. */
  trackingPageUrl?: string | null;
  /** Canonical shipment status (app/shipments/status.ts), e.g. OUT_FOR_DELIVERY. */
  status: string;
  /** ISO 8601. */
  estimatedDeliveryAt?: string | null;
  /** ISO 8601; for NEW_ESTIMATE, the date it replaces. */
  previousEstimatedDeliveryAt?: string | null;
  delayReason?: string | null;
  items: ReadonlyArray<
    Pick<MessageVariables["items"][number], "title" | "quantity"> & { variant_title?: string }
  >;
  /** When the milestone happened. */
  milestoneAt: Date;
}

/**
 * Metric names. Klaviyo's shipping-platform guide (developers.klaviyo.com, "Integrate a shipping
 * platform") asks for in-transit, out-for-delivery, delayed and delivered events without fixing names in
 * what we could read; we follow the established convention of shipping integrations in Klaviyo, the
 * sender's name as prefix (AfterShip's "AfterShip: Delivered"), so merchants tell them apart from
 * Shopify's own fulfillment metrics in the flow trigger list.
 */
export const KLAVIYO_METRICS: Record<Milestone, string> = {
  SHIPPED: "Parcelwise: Shipped",
  IN_TRANSIT: "Parcelwise: In Transit",
  OUT_FOR_DELIVERY: "Parcelwise: Out for Delivery",
  ATTEMPTED_DELIVERY: "Parcelwise: Delivery Attempted",
  READY_FOR_PICKUP: "Parcelwise: Ready for Pickup",
  DELIVERED: "Parcelwise: Delivered",
  EXCEPTION: "Parcelwise: Delivery Exception",
  DELAYED: "Parcelwise: Delayed",
  STALLED: "Parcelwise: Stalled",
  NEW_ESTIMATE: "Parcelwise: New Delivery Estimate",
};

/**
 * The event for one milestone. Property names follow Klaviyo's ecommerce integration guides:
 * PascalCase, top-level scalars (segmentable in Klaviyo), `ItemNames` as a flat list and `Items` with
 * `ProductName`/`Quantity` like "Placed Order", so the merchant's templates can reuse their loops.
 */
export function buildShipmentEvent(milestone: Milestone, facts: ShipmentFacts): KlaviyoEvent {
  return {
    metric: KLAVIYO_METRICS[milestone],
    uniqueId: facts.uniqueId,
    time: facts.milestoneAt.toISOString(),
    profile: {
      email: facts.email ?? undefined,
      phoneNumber: facts.phone ?? undefined,
      firstName: facts.firstName ?? undefined,
      lastName: facts.lastName ?? undefined,
    },
    properties: {
      Milestone: milestone,
      OrderId: facts.orderId,
      OrderName: facts.orderName,
      ShipmentStatus: facts.status,
      ...optional("Carrier", facts.carrier),
      ...optional("TrackingNumber", facts.trackingNumber),
      ...optional("TrackingUrl", facts.trackingUrl),
      ...optional("TrackingPageUrl", facts.trackingPageUrl),
      ...optional("EstimatedDeliveryDate", facts.estimatedDeliveryAt),
      ...optional("PreviousEstimatedDeliveryDate", facts.previousEstimatedDeliveryAt),
      ...optional("DelayReason", facts.delayReason),
      ItemNames: facts.items.map((item) => item.title),
      ItemCount: facts.items.reduce((sum, item) => sum + item.quantity, 0),
      Items: facts.items.map((item) => ({
        ProductName: item.title,
        ...optional("VariantName", item.variant_title),
        Quantity: item.quantity,
      })),
    },
  };
}

/** A property only when it has a value, so flows can test "is set". */
function optional(name: string, value: string | null | undefined): Record<string, string> {
  return value ? { [name]: value } : {};
}
