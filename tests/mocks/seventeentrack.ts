import { createHash } from "node:crypto";
import { http, HttpResponse, type JsonBodyType } from "msw";
import { TEST_APP_URL } from "../setup/test-env";

/**
 * 17TRACK Tracking API v2.2, as documented: POST {apiBase}/register and {apiBase}/gettrackinfo with the
 * `17token` header and a JSON array of `{ number, carrier? }` (at most 40). HTTP 200 with
 * `{ code: 0, data: { accepted: [...], rejected: [{ number, error: { code, message } }] } }` per number;
 * a failed call as a whole (bad key, too many numbers) answers `{ code, data: { errors: [...] } }`, with
 * HTTP 401 for a bad key. Registration returns no events: they come by push or gettrackinfo later.
 */
export const SEVENTEENTRACK_API = "https://api.17track.net/track/v2.2";

/** A canned failure for the next call: an HTTP status (5xx, 429) or a dropped connection. */
export type SeventeenTrackFailure = { status: number } | { network: true };

export interface SeventeenTrackState {
  apiBase: string;
  apiKey: string;
  /** The account's numbers and the carrier key each was registered under. */
  registered: Map<string, number>;
  /** What gettrackinfo says per number; a registered number without one is NotFound. */
  trackInfo: Map<string, Record<string, unknown>>;
  /** Rejections `register` gives per number, e.g. -18019908 (quota exhausted). */
  rejectOnRegister: Map<string, { code: number; message: string }>;
  /** The carrier key 17TRACK's auto-detection picks when a registration names none (null: cannot tell). */
  detect: (number: string) => number | null;
  failNext: SeventeenTrackFailure[];
  /** Every call that reached the API (failures included), in order. */
  calls: { path: "register" | "gettrackinfo"; body: unknown }[];
}

export function seventeenTrackAccount(overrides: Partial<SeventeenTrackState> = {}): SeventeenTrackState {
  return {
    apiBase: SEVENTEENTRACK_API,
    apiKey: "17track-test-security-key",
    registered: new Map(),
    trackInfo: new Map(),
    rejectOnRegister: new Map(),
    // Auto-detection: Royal Mail (11031) for UPU numbers from GB; some other carrier's key otherwise.
    detect: (number) => (number.endsWith("GB") ? 11031 : 190000),
    failNext: [],
    calls: [],
    ...overrides,
  };
}

const wholeCallError = (status: number, code: number, message: string) =>
  HttpResponse.json({ code, data: { errors: [{ code, message }] } }, { status });

type Item = { number?: unknown; carrier?: unknown };

function endpoint(
  state: SeventeenTrackState,
  path: "register" | "gettrackinfo",
  answer: (items: Item[]) => JsonBodyType,
) {
  return http.post(`${state.apiBase}/${path}`, async ({ request }) => {
    let body: unknown = null;
    try {
      body = await request.json();
    } catch {
      // Answered below like any other invalid body.
    }
    state.calls.push({ path, body });
    const failure = state.failNext.shift();
    if (failure && "network" in failure) return HttpResponse.error();
    if (failure) return wholeCallError(failure.status, failure.status, "Service unavailable.");
    if (request.headers.get("17token") !== state.apiKey) {
      return wholeCallError(401, -18010002, "Invalid security key.");
    }
    if (!Array.isArray(body)) return wholeCallError(200, -18010013, "Invalid submitted data.");
    if (body.length > 40) return wholeCallError(200, -18010014, "The number of tracking numbers exceeds 40.");
    return HttpResponse.json(answer(body as Item[]));
  });
}

export function seventeenTrackHandlers(state: SeventeenTrackState) {
  return [
    endpoint(state, "register", (items) => {
      const accepted: JsonBodyType[] = [];
      const rejected: JsonBodyType[] = [];
      for (const item of items) {
        const number = String(item.number ?? "");
        const reject = (code: number, message: string) => rejected.push({ number, error: { code, message } });
        const carrier = typeof item.carrier === "number" ? item.carrier : state.detect(number);
        if (!/^[A-Za-z0-9-]{5,50}$/.test(number)) reject(-18010012, `The format of '${number}' is invalid.`);
        else if (state.rejectOnRegister.has(number)) {
          const { code, message } = state.rejectOnRegister.get(number)!;
          reject(code, message);
        } else if (state.registered.has(number)) {
          reject(
            -18019901,
            `The tracking number '${number}' has been registered, don't need to repeat registration.`,
          );
        } else if (carrier === null) reject(-18019903, "The carrier can not be detected.");
        else {
          state.registered.set(number, carrier);
          accepted.push({ origin: typeof item.carrier === "number" ? 2 : 1, number, carrier });
        }
      }
      return { code: 0, data: { accepted, rejected } };
    }),
    endpoint(state, "gettrackinfo", (items) => {
      const accepted: JsonBodyType[] = [];
      const rejected: JsonBodyType[] = [];
      for (const item of items) {
        const number = String(item.number ?? "");
        const carrier = state.registered.get(number);
        if (carrier === undefined) {
          rejected.push({
            number,
            error: {
              code: -18019902,
              message: `The tracking number '${number}' does not register, please register first.`,
            },
          });
        } else {
          accepted.push({
            number,
            carrier,
            param: null,
            tag: null,
            track_info: state.trackInfo.get(number) ?? trackInfo({ events: [] }),
          });
        }
      }
      return { code: 0, data: { accepted, rejected } };
    }),
  ];
}

/** One scan as 17TRACK v2.2 reports it (`time_iso` with the carrier's offset, `time_utc`, stage, address). */
export interface ScanInput {
  at: string;
  description: string;
  /** A v2.2 sub-status, e.g. "InTransit_PickedUp", "Delivered_Other"; null for carriers that give none. */
  subStatus: string | null;
  location?: string;
  city?: string;
  country?: string;
}

function scan(input: ScanInput) {
  const utc = new Date(input.at).toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    time_iso: utc.replace("Z", "+00:00"),
    time_utc: utc,
    time_raw: { date: utc.slice(0, 10), time: utc.slice(11, 19), timezone: "+00:00" },
    description: input.description,
    location: input.location ?? input.city ?? null,
    stage: input.subStatus,
    sub_status: input.subStatus,
    address: {
      country: input.country ?? "GB",
      state: null,
      city: input.city ?? null,
      street: null,
      postal_code: null,
      coordinates: { longitude: null, latitude: null },
    },
  };
}

/** A `track_info` block: scans (any order in, newest first out), the latest status, an optional ETA. */
export function trackInfo(options: {
  events: ScanInput[];
  status?: string;
  subStatus?: string;
  eta?: { from: string; to: string };
}) {
  const events = [...options.events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).map(scan);
  const latest = events[0] ?? null;
  const subStatus = options.subStatus ?? latest?.sub_status ?? "NotFound_Other";
  return {
    shipping_info: { shipper_address: {}, recipient_address: {} },
    latest_status: {
      status: options.status ?? subStatus.split("_")[0],
      sub_status: subStatus,
      sub_status_descr: null,
    },
    latest_event: latest,
    time_metrics: {
      days_after_order: 0,
      days_of_transit: 0,
      days_of_transit_done: 0,
      days_after_last_update: 0,
      estimated_delivery_date: {
        source: options.eta ? "Official" : null,
        from: options.eta?.from ?? null,
        to: options.eta?.to ?? null,
      },
    },
    milestone: [],
    misc_info: { risk_factor: 0, service_type: null, weight_kg: null, pieces: null },
    tracking: {
      providers_hash: events.length,
      providers: events.length
        ? [
            {
              provider: {
                key: 11031,
                name: "Royal Mail",
                alias: "Royal Mail",
                tel: null,
                homepage: null,
                country: "GB",
              },
              service_type: null,
              latest_sync_status: "Success",
              latest_sync_time: new Date().toISOString(),
              events_hash: events.length,
              events,
            },
          ]
        : [],
    },
  };
}

/** A push body: TRACKING_UPDATED with the number's track_info, or TRACKING_STOPPED. */
export function pushBody(
  event: "TRACKING_UPDATED" | "TRACKING_STOPPED",
  number: string,
  carrier: number,
  info?: ReturnType<typeof trackInfo>,
) {
  return event === "TRACKING_UPDATED"
    ? { event, data: { number, carrier, param: null, tag: null, track_info: info } }
    : { event, data: { number, carrier, param: null, tag: null } };
}

/** 17TRACK's signature: hex SHA-256 of the raw body, "/" and the security key, in the `sign` header. */
export function sign17(body: string, key: string): string {
  return createHash("sha256").update(`${body}/${key}`).digest("hex");
}

/** A push as 17TRACK delivers it to the app's webhook URL. */
export function pushRequest(body: unknown, options: { key: string; sign?: string | null; rawBody?: string }) {
  const raw = options.rawBody ?? JSON.stringify(body);
  const sign = options.sign === undefined ? sign17(raw, options.key) : options.sign;
  return new Request(`${TEST_APP_URL}/carriers/17track`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(sign === null ? {} : { sign }) },
    body: raw,
  });
}
