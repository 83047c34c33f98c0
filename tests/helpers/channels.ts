import { http, HttpResponse } from "msw";
import type { DispatchConfig, DispatchResult } from "~/notifications/dispatch.server";
import { server } from "../mocks/server";
import type { TwilioState } from "../mocks/twilio";
import { dispatch } from "./notifications";

const MINUTE = 60_000;

/** The wall clock in `timeZone` at `at`, "2026-11-20 08:00". */
export function localClock(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

/** The first instant after `after` at which the clock in `timeZone` reads `hour`:00. */
export function nextLocalTime(timeZone: string, hour: number, after = Date.now()): Date {
  const wanted = `${String(hour).padStart(2, "0")}:00`;
  // Every zone's offset is a multiple of 15 minutes, so quarter hours hit the full hour.
  let at = Math.ceil((after + 1) / (15 * MINUTE)) * 15 * MINUTE;
  for (let i = 0; i < 4 * 48; i++, at += 15 * MINUTE) {
    if (localClock(new Date(at), timeZone).endsWith(wanted)) return new Date(at);
  }
  throw new Error(`${timeZone} never reads ${wanted}`);
}

/**
 * Dispatches at `now` until a pass finds nothing due. One pass stops after a short batch, so a row it
 * writes itself (the next channel of a fallback chain) waits for the next pass, as in the worker's loop.
 */
export async function dispatchUntilIdle(config: DispatchConfig, now?: Date): Promise<DispatchResult> {
  const total: DispatchResult = { sent: 0, skipped: 0, failed: 0, retried: 0, deferred: 0 };
  for (let pass = 0; pass < 10; pass++) {
    const result = await dispatch(config, now);
    for (const key of Object.keys(total) as (keyof DispatchResult)[]) total[key] += result[key];
    if (Object.values(result).every((n) => n === 0)) return total;
  }
  throw new Error("The dispatcher still found work after 10 passes");
}

/** A request the app made to an upstream, as the upstream received it. */
export interface SeenRequest {
  url: string;
  authorization: string | null;
  body: string;
}

/** Records every request to `origin` (whatever the handlers answer) until the returned function is called. */
export function watchRequests(origin: string): { requests: SeenRequest[]; stop: () => void } {
  const requests: SeenRequest[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (!request.url.startsWith(origin)) return;
    const seen: SeenRequest = {
      url: request.url,
      authorization: request.headers.get("Authorization"),
      body: "",
    };
    requests.push(seen);
    void request
      .clone()
      .text()
      .then((body) => (seen.body = body));
  };
  server.events.on("request:start", listener);
  return { requests, stop: () => server.events.removeListener("request:start", listener) };
}

const TWILIO_API = "https://api.twilio.com";

/**
 * Several merchants' Twilio accounts behind Twilio's one API origin. Each account's mock
 * (tests/mocks/twilio.ts) is installed on an origin of its own (`state.apiBase`); this routes a request
 * by the Account SID in its path, so a request signed with another account's token still fails there.
 */
export function twilioAccountsHandler(accounts: TwilioState[]) {
  return http.post(
    `${TWILIO_API}/2010-04-01/Accounts/:accountSid/Messages.json`,
    async ({ request, params }) => {
      const account = accounts.find((a) => a.accountSid === params.accountSid);
      if (!account) {
        return HttpResponse.json({ code: 20003, message: "Authenticate", status: 401 }, { status: 401 });
      }
      return fetch(request.url.replace(TWILIO_API, account.apiBase), {
        method: "POST",
        headers: request.headers,
        body: await request.text(),
      });
    },
  );
}
