import { randomBytes } from "node:crypto";
import { delay, http, HttpResponse } from "msw";

/**
 * Twilio Programmable Messaging, as documented: POST {apiBase}/2010-04-01/Accounts/{AccountSid}/Messages.json
 * with HTTP Basic auth (AccountSid:AuthToken) and a form body (To, From or MessagingServiceSid, Body).
 * 201 with the Message resource on success; errors are JSON `{ code, message, more_info, status }`.
 */
export interface TwilioMessageRecord {
  sid: string;
  to: string;
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
}

/** A canned failure for the next request: an HTTP answer, a dropped connection, or a slow answer. */
export type TwilioFailure =
  | { status: number; code?: number; message?: string; retryAfterSeconds?: number }
  | { network: true }
  | { delayMs: number };

export interface TwilioState {
  apiBase: string;
  accountSid: string;
  authToken: string;
  /** Every message Twilio accepted, in order. */
  messages: TwilioMessageRecord[];
  /** Consumed one per request, before anything else. */
  failNext: TwilioFailure[];
  /** E.164 numbers that replied STOP: 21610. */
  unsubscribed: Set<string>;
  /** E.164 numbers Twilio calls invalid: 21211. */
  invalidNumbers: Set<string>;
  /** E.164 numbers without WhatsApp: 63003 (in reality often reported later, by status callback). */
  notOnWhatsApp: Set<string>;
  /** The Account resource's `status` (GET …/Accounts/{AccountSid}.json); "active" unless a test says so. */
  accountStatus?: "active" | "suspended" | "closed";
  /** The Account resource's `friendly_name`. */
  friendlyName?: string;
}

export function twilioAccount(overrides: Partial<TwilioState> = {}): TwilioState {
  return {
    apiBase: "https://api.twilio.com",
    accountSid: `AC${"1".repeat(32)}`,
    authToken: "twilio-test-auth-token",
    messages: [],
    failNext: [],
    unsubscribed: new Set(),
    invalidNumbers: new Set(),
    notOnWhatsApp: new Set(),
    accountStatus: "active",
    friendlyName: "My first Twilio account",
    ...overrides,
  };
}

const ERROR_MESSAGES: Record<number, string> = {
  20003: "Authenticate",
  20429: "Too Many Requests",
  21211: "The 'To' number {to} is not a valid phone number.",
  21602: "Message body is required.",
  21603: "A 'From' or 'MessagingServiceSid' parameter is required to send a message.",
  21604: "A 'To' phone number is required.",
  21610: "Attempt to send to unsubscribed recipient",
  21910: "Invalid 'From' and 'To' pair. 'From' and 'To' should be of the same channel.",
  63003: "Channel could not find To address",
};

function twilioError(status: number, code: number, to = "", retryAfterSeconds?: number) {
  const message = (ERROR_MESSAGES[code] ?? "Error").replace("{to}", to);
  return HttpResponse.json(
    { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
    { status, headers: retryAfterSeconds ? { "Retry-After": String(retryAfterSeconds) } : undefined },
  );
}

/**
 * What every Twilio endpoint here does first: the next canned failure (a slow one then carries on), then
 * HTTP Basic auth against the account (401, 20003). Undefined when the request goes through.
 */
async function failureOrWrongAuth(
  state: TwilioState,
  request: Request,
  accountSid: string | readonly string[] | undefined,
): Promise<Response | undefined> {
  const failure = state.failNext.shift();
  if (failure && "network" in failure) return HttpResponse.error();
  if (failure && "delayMs" in failure) await delay(failure.delayMs);
  if (failure && "status" in failure) {
    if (failure.code) return twilioError(failure.status, failure.code, "", failure.retryAfterSeconds);
    return new HttpResponse(failure.message ?? "Service Unavailable", { status: failure.status });
  }
  const expected = `Basic ${Buffer.from(`${state.accountSid}:${state.authToken}`).toString("base64")}`;
  if (accountSid !== state.accountSid || request.headers.get("Authorization") !== expected) {
    return twilioError(401, 20003);
  }
  return undefined;
}

/**
 * Fetch an Account, as documented: GET {apiBase}/2010-04-01/Accounts/{AccountSid}.json with HTTP Basic
 * auth; 200 with the Account resource, 401 (20003) for a wrong SID or token. What a connection test reads.
 */
function accountHandler(state: TwilioState) {
  return http.get(`${state.apiBase}/2010-04-01/Accounts/:accountSid.json`, async ({ request, params }) => {
    const refused = await failureOrWrongAuth(state, request, params.accountSid);
    if (refused) return refused;
    const created = new Date(Date.UTC(2024, 0, 15, 9, 30)).toUTCString();
    const uri = `/2010-04-01/Accounts/${state.accountSid}`;
    return HttpResponse.json({
      auth_token: state.authToken,
      date_created: created,
      date_updated: created,
      friendly_name: state.friendlyName ?? "My first Twilio account",
      owner_account_sid: state.accountSid,
      sid: state.accountSid,
      status: state.accountStatus ?? "active",
      subresource_uris: { messages: `${uri}/Messages.json`, balance: `${uri}/Balance.json` },
      type: "Full",
      uri: `${uri}.json`,
    });
  });
}

export function twilioHandlers(state: TwilioState) {
  return [
    accountHandler(state),
    http.post(
      `${state.apiBase}/2010-04-01/Accounts/:accountSid/Messages.json`,
      async ({ request, params }) => {
        const refused = await failureOrWrongAuth(state, request, params.accountSid);
        if (refused) return refused;

        // Twilio reads only form bodies: a JSON body looks to it like a request without a 'To'.
        const isForm = request.headers.get("Content-Type")?.startsWith("application/x-www-form-urlencoded");
        const form = new URLSearchParams(isForm ? await request.text() : "");
        const to = form.get("To");
        const from = form.get("From");
        const messagingServiceSid = form.get("MessagingServiceSid");
        const body = form.get("Body");
        if (!to) return twilioError(400, 21604);
        if (!from && !messagingServiceSid) return twilioError(400, 21603);
        if (!body) return twilioError(400, 21602);
        const whatsapp = to.startsWith("whatsapp:");
        if (from && from.startsWith("whatsapp:") !== whatsapp) return twilioError(400, 21910);
        const number = to.replace(/^whatsapp:/, "");
        if (!/^\+[1-9]\d{6,14}$/.test(number) || state.invalidNumbers.has(number)) {
          return twilioError(400, 21211, number);
        }
        if (!whatsapp && state.unsubscribed.has(number)) return twilioError(400, 21610);
        if (whatsapp && state.notOnWhatsApp.has(number)) return twilioError(400, 63003);

        const sid = `SM${randomBytes(16).toString("hex")}`;
        state.messages.push({ sid, to, from, messagingServiceSid, body });
        const now = new Date().toUTCString();
        return HttpResponse.json(
          {
            sid,
            account_sid: state.accountSid,
            messaging_service_sid: messagingServiceSid,
            to,
            from,
            body,
            status: messagingServiceSid ? "accepted" : "queued",
            direction: "outbound-api",
            api_version: "2010-04-01",
            num_segments: "1",
            num_media: "0",
            price: null,
            price_unit: null,
            error_code: null,
            error_message: null,
            date_created: now,
            date_updated: now,
            date_sent: null,
            uri: `/2010-04-01/Accounts/${state.accountSid}/Messages/${sid}.json`,
          },
          { status: 201 },
        );
      },
    ),
  ];
}
