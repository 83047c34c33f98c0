import { createHash } from "node:crypto";
import type { FeedEvent, FeedSnapshot } from "../feed";
import type { TrackEvent, TrackedNumber } from "./payloads";
import { fromSeventeenTrack } from "./status";

function parseTime(value: string | null | undefined): Date | null {
  if (!value) return null;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? null : time;
}

/**
 * 17TRACK events carry no id. A scan is the same scan when its moment, wording and place are: that is its
 * key. (Its stage is left out, so a scan 17TRACK re-classifies later updates the row instead of adding one.)
 */
function eventKey(at: Date, event: TrackEvent): string {
  const identity = [at.toISOString(), event.description ?? "", event.location ?? ""].join("|");
  return createHash("sha256").update(identity).digest("hex").slice(0, 32);
}

function toFeedEvent(event: TrackEvent): FeedEvent | null {
  const at = parseTime(event.time_utc) ?? parseTime(event.time_iso);
  if (!at) return null;
  const raw = event.sub_status ?? event.stage;
  const address = event.address;
  return {
    key: eventKey(at, event),
    happenedAt: at,
    rawStatus: raw ?? "",
    status: fromSeventeenTrack(event.sub_status) ?? fromSeventeenTrack(event.stage),
    message: event.description,
    city: address?.city ?? event.location,
    province: address?.state ?? null,
    country: address?.country ?? null,
    zip: address?.postal_code ?? null,
    latitude: address?.coordinates?.latitude ?? null,
    longitude: address?.coordinates?.longitude ?? null,
  };
}

/** What one gettrackinfo record or TRACKING_UPDATED push says, in the feed's terms. */
export function toSnapshot(record: TrackedNumber): FeedSnapshot {
  const info = record.track_info;
  const raw = (info?.tracking?.providers ?? []).flatMap((provider) => provider.events ?? []);
  if (!raw.length && info?.latest_event) raw.push(info.latest_event);
  const events = raw.map(toFeedEvent).filter((event): event is FeedEvent => event !== null);
  events.sort((a, b) => a.happenedAt.getTime() - b.happenedAt.getTime());

  // Some carriers' events have no stage: the overall status then speaks for the newest scan.
  const newest = events[events.length - 1];
  const latest = info?.latest_status;
  if (newest && !newest.status && latest) {
    newest.status = fromSeventeenTrack(latest.sub_status) ?? fromSeventeenTrack(latest.status);
    newest.rawStatus = newest.rawStatus || (latest.sub_status ?? latest.status ?? "");
  }

  const window = info?.time_metrics?.estimated_delivery_date;
  const from = parseTime(window?.from);
  return {
    number: record.number,
    carrierCode: record.carrier ?? null,
    events,
    estimatedDelivery: from ? { from, to: parseTime(window?.to) } : null,
  };
}
