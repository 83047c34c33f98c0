import { z } from "zod";

/**
 * The parts of 17TRACK Tracking API v2.2 the app reads (https://api.17track.net/track/v2.2/): `register`,
 * `gettrackinfo` and the TRACKING_UPDATED / TRACKING_STOPPED pushes, whose `data` has the shape of one
 * gettrackinfo record. Lenient where 17TRACK is (nulls, missing blocks), strict on the number.
 */

const text = z
  .string()
  .nullish()
  .transform((v) => (v == null || v.trim() === "" ? null : v));
/** 17TRACK sends coordinates as strings ("114.085947"), sometimes numbers. */
const coordinate = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v == null || v === "" || !Number.isFinite(Number(v)) ? null : Number(v)));

const address = z
  .object({
    country: text,
    state: text,
    city: text,
    street: text,
    postal_code: text,
    coordinates: z.object({ longitude: coordinate, latitude: coordinate }).nullish(),
  })
  .partial()
  .nullish();

export const trackEvent = z.object({
  time_iso: text,
  time_utc: text,
  description: text,
  location: text,
  /** A sub-status ("InTransit_PickedUp") or a key stage ("PickedUp"); sometimes null. */
  stage: text,
  sub_status: text,
  address,
});
export type TrackEvent = z.infer<typeof trackEvent>;

export const trackInfo = z.object({
  latest_status: z.object({ status: text, sub_status: text }).nullish(),
  latest_event: trackEvent.nullish(),
  time_metrics: z.object({ estimated_delivery_date: z.object({ from: text, to: text }).nullish() }).nullish(),
  tracking: z
    .object({
      providers: z
        .array(
          z.object({
            provider: z.object({ key: z.number().nullish(), name: text }).nullish(),
            events: z.array(trackEvent).nullish(),
          }),
        )
        .nullish(),
    })
    .nullish(),
});
export type TrackInfo = z.infer<typeof trackInfo>;

const number = z.string().trim().min(1).max(64);

/** One number as gettrackinfo answers it and a push carries it. */
export const trackedNumber = z.object({
  number,
  carrier: z.number().int().nullish(),
  tag: text,
  track_info: trackInfo.nullish(),
});
export type TrackedNumber = z.infer<typeof trackedNumber>;

/** A webhook push. Other event names may come; they are acknowledged and ignored. */
export const pushPayload = z.object({
  event: z.string().min(1),
  data: z.object({ number, carrier: z.number().int().nullish() }).loose(),
});

const rejection = z.object({
  number,
  error: z.object({ code: z.number().int(), message: text }),
});

/**
 * Every answer: `code` 0 and `data.accepted` / `data.rejected` per number, or a non-zero `code` with
 * `data.errors` when the call as a whole failed (bad key, rate limit, too many numbers).
 */
function envelope<T extends z.ZodType>(accepted: T) {
  return z.object({
    code: z.number().int(),
    data: z
      .object({
        accepted: z.array(accepted).nullish(),
        rejected: z.array(rejection).nullish(),
        errors: z.array(z.object({ code: z.number().int(), message: text })).nullish(),
      })
      .nullish(),
  });
}

export const registerResponse = envelope(
  z.object({ number, carrier: z.number().int().nullish(), origin: z.number().int().nullish() }),
);
export const trackInfoResponse = envelope(trackedNumber);
