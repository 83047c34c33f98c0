import type { ShipmentStatus } from "../shipments/status";
import type { CarrierId } from "./carriers";

/**
 * A carrier feed: a tracking provider (an aggregator such as 17TRACK, or a carrier's own API) that follows
 * tracking numbers for shipments Shopify does not track. The app registers a number, then receives pushes
 * (verified, parsed) and polls when pushes stop. Whatever the provider, its events are written as
 * TrackingEvent rows (source = provider name) and the shipment's status is re-derived from all of them
 * (app/carriers/apply-snapshot.server.ts), exactly as Shopify's fulfillment events are.
 */
export interface CarrierFeedProvider {
  /** Stored as CarrierFeed.provider and TrackingEvent.source, e.g. "17track". */
  name: string;
  /** Asks the provider to follow these numbers. Throws when the call as a whole failed (retry later). */
  register(items: FeedNumber[]): Promise<RegistrationOutcome[]>;
  /** The provider's current account of these numbers (polling). Throws when the call failed. */
  fetch(items: FeedNumber[]): Promise<FeedSnapshot[]>;
  /** Whether a push request really comes from the provider (signature over the raw body). */
  verifyPush(headers: Headers, rawBody: string): boolean;
  /** What a verified push says; `invalid` for a body of the wrong shape. */
  parsePush(body: unknown): PushMessage;
}

/**
 * A number to register or poll: with the provider's own carrier code once it gave one, otherwise the
 * carrier we believe it is (Shopify's or the detected one), which the provider may translate.
 */
export interface FeedNumber {
  number: string;
  carrier: CarrierId | null;
  carrierCode: number | null;
}

export type RegistrationOutcome =
  | { number: string; accepted: true; carrierCode: number | null }
  | {
      number: string;
      accepted: false;
      /** Temporary (quota, daily limit, provider error): registration is tried again later. */
      retryable: boolean;
      error: string;
    };

export type PushMessage =
  | { kind: "updated"; snapshot: FeedSnapshot }
  | { kind: "stopped"; number: string; carrierCode: number | null }
  | { kind: "ignored"; reason: string }
  | { kind: "invalid"; error: string };

/** Everything a provider currently says about one number. */
export interface FeedSnapshot {
  number: string;
  carrierCode: number | null;
  /** In any order; the same scan in two snapshots has the same `key`. */
  events: FeedEvent[];
  /** The carrier's estimated delivery window, when it gives one. */
  estimatedDelivery: { from: Date; to: Date | null } | null;
}

/** One scan, mapped to the canonical status model (app/shipments/status.ts). */
export interface FeedEvent {
  /** The provider's identity of the scan: the dedupe key across pushes and polls. */
  key: string;
  happenedAt: Date;
  /** The provider's own status words, as received. */
  rawStatus: string;
  /** Null: recorded on the timeline, but moves no status (e.g. "NotFound"). */
  status: ShipmentStatus | null;
  message: string | null;
  city: string | null;
  province: string | null;
  country: string | null;
  zip: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** How long without a push before the feed is polled (also the first poll after registering). */
export const POLL_AFTER_SILENCE_MS = 12 * 3_600_000;
/** Polls that bring nothing new back off exponentially up to this. */
export const MAX_POLL_INTERVAL_MS = 4 * 24 * 3_600_000;
/** A number is followed at most this long after it was registered. */
export const MAX_FOLLOW_MS = 60 * 24 * 3_600_000;

/** When to poll after `quietPolls` polls in a row brought nothing new (or failed): 12 h, 24 h, 48 h, 96 h. */
export function pollDelay(quietPolls: number): number {
  return Math.min(POLL_AFTER_SILENCE_MS * 2 ** Math.max(quietPolls, 0), MAX_POLL_INTERVAL_MS);
}
