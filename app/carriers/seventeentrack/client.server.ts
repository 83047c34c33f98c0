import type { z } from "zod";
import { CARRIERS } from "../carriers";
import type {
  CarrierFeedProvider,
  FeedNumber,
  FeedSnapshot,
  PushMessage,
  RegistrationOutcome,
} from "../feed";
import { pushPayload, registerResponse, trackedNumber, trackInfoResponse } from "./payloads";
import { verifySeventeenTrackSign } from "./signature.server";
import { toSnapshot } from "./snapshot";

export const SEVENTEENTRACK_API = "https://api.17track.net/track/v2.2";

export interface SeventeenTrackConfig {
  /** The account's security key, sent as the `17token` header. */
  apiKey: string;
  /** The key pushes are signed with (17TRACK uses the security key). */
  webhookSecret: string;
  apiBase?: string;
  timeoutMs?: number;
}

/** 17TRACK takes at most 40 numbers per call. */
const BATCH = 40;

/** Rejections that pass: the account's quota or daily limit, 17TRACK's own trouble. */
const RETRYABLE = new Set([-18010003, -18019907, -18019908, -18019911]);
/** "Already registered": by an earlier run of the job, or by another shop on this account. */
const ALREADY_REGISTERED = -18019901;

/** 17TRACK Tracking API v2.2 as a carrier feed. */
export function seventeenTrack(config: SeventeenTrackConfig): CarrierFeedProvider {
  const call = <S extends z.ZodType<{ code: number; data?: { errors?: ErrorList } | null }>>(
    path: string,
    body: unknown,
    schema: S,
  ) => post(config, path, body, schema);
  return {
    name: "17track",
    async register(items) {
      const outcomes: RegistrationOutcome[] = [];
      for (const batch of chunks(items)) {
        const answer = await call("register", batch.map(requestItem), registerResponse);
        for (const row of answer.data?.accepted ?? []) {
          outcomes.push({ number: row.number, accepted: true, carrierCode: row.carrier ?? null });
        }
        for (const row of answer.data?.rejected ?? []) {
          const sent = batch.find((item) => item.number === row.number);
          outcomes.push(
            row.error.code === ALREADY_REGISTERED
              ? {
                  number: row.number,
                  accepted: true,
                  carrierCode: (sent && requestItem(sent).carrier) ?? null,
                }
              : {
                  number: row.number,
                  accepted: false,
                  retryable: RETRYABLE.has(row.error.code),
                  error: `${row.error.code} ${row.error.message ?? ""}`.trim(),
                },
          );
        }
      }
      return outcomes;
    },
    async fetch(items) {
      const snapshots: FeedSnapshot[] = [];
      for (const batch of chunks(items)) {
        const answer = await call("gettrackinfo", batch.map(requestItem), trackInfoResponse);
        snapshots.push(...(answer.data?.accepted ?? []).map(toSnapshot));
      }
      return snapshots;
    },
    verifyPush: (headers, rawBody) =>
      verifySeventeenTrackSign(rawBody, headers.get("sign"), config.webhookSecret),
    parsePush,
  };
}

function parsePush(body: unknown): PushMessage {
  const push = pushPayload.safeParse(body);
  if (!push.success) return { kind: "invalid", error: issue(push.error) };
  const { event, data } = push.data;
  if (event === "TRACKING_STOPPED") {
    return { kind: "stopped", number: data.number, carrierCode: data.carrier ?? null };
  }
  if (event !== "TRACKING_UPDATED") return { kind: "ignored", reason: `event ${event.slice(0, 40)}` };
  const record = trackedNumber.safeParse(data);
  if (!record.success) return { kind: "invalid", error: issue(record.error) };
  return { kind: "updated", snapshot: toSnapshot(record.data) };
}

type ErrorList = { code: number; message: string | null }[] | null;

async function post<S extends z.ZodType<{ code: number; data?: { errors?: ErrorList } | null }>>(
  config: SeventeenTrackConfig,
  path: string,
  body: unknown,
  schema: S,
): Promise<z.infer<S>> {
  const response = await fetch(`${config.apiBase ?? SEVENTEENTRACK_API}/${path}`, {
    method: "POST",
    headers: { "17token": config.apiKey, "Content-Type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(config.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Reported below with the status.
  }
  const parsed = schema.safeParse(json);
  // A whole-call failure (bad key, rate limit, 5xx) is thrown: the job that made the call is retried.
  if (!response.ok || !parsed.success || parsed.data.code !== 0) {
    const error = parsed.success ? parsed.data.data?.errors?.[0] : undefined;
    const detail = error
      ? `: ${error.code} ${error.message ?? ""}`
      : parsed.success
        ? ""
        : ": unexpected answer";
    throw new Error(`17TRACK ${path} failed (HTTP ${response.status})${detail}`.trim());
  }
  return parsed.data;
}

/** Without a carrier code 17TRACK detects the carrier itself (`auto_detection` is on by default). */
function requestItem(item: FeedNumber) {
  const carrier = item.carrierCode ?? (item.carrier ? CARRIERS[item.carrier].seventeenTrack : undefined);
  return carrier ? { number: item.number, carrier } : { number: item.number };
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function issue(error: z.ZodError): string {
  const first = error.issues[0];
  return `${first.path.join(".") || "body"}: ${first.message}`;
}
