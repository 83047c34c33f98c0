import nodemailer from "nodemailer";
import { InvalidSmtpUrlError, parseSmtpUrl } from "./email.server";
import { KLAVIYO_REVISION } from "./klaviyo.server";

/**
 * Why a connection test failed, as a code the admin translates:
 * - `invalidUrl`: the SMTP URL cannot be read;
 * - `auth`: the server or API refused the credentials (SMTP 535, HTTP 401);
 * - `permission`: the key is valid but may not read the account (Klaviyo 403: scope missing);
 * - `inactive`: the Twilio account is suspended or closed;
 * - `connection`, `timeout`, `tls`: the server could not be reached, in time, or securely;
 * - `rateLimited`, `serverError`, `unexpected`: the provider's own trouble, or an answer we do not know.
 */
export type ConnectionErrorCode =
  | "invalidUrl"
  | "auth"
  | "permission"
  | "inactive"
  | "connection"
  | "timeout"
  | "tls"
  | "rateLimited"
  | "serverError"
  | "unexpected";

/**
 * A connection test's answer. `detail` names what answered (the mail server's host, the Twilio or Klaviyo
 * account); `message` is English, for logs, and never contains a credential.
 */
export type ConnectionCheck =
  { ok: true; detail: string } | { ok: false; code: ConnectionErrorCode; message: string };

/** A test is something the merchant waits for with the page open: a few seconds, not nodemailer's minutes. */
export const CONNECTION_TEST_TIMEOUT_MS = 8_000;

/**
 * Connects to the SMTP server, says hello and logs in (nodemailer's `verify()`), then hangs up: no
 * message is sent. A fresh, unpooled connection, so the dispatcher's pool is neither used nor disturbed.
 */
export async function checkSmtp(
  smtpUrl: string,
  options: { timeoutMs?: number } = {},
): Promise<ConnectionCheck> {
  let settings: ReturnType<typeof parseSmtpUrl>;
  try {
    settings = parseSmtpUrl(smtpUrl);
  } catch (error) {
    const message = error instanceof InvalidSmtpUrlError ? error.message : "Invalid SMTP URL";
    return { ok: false, code: "invalidUrl", message };
  }
  const timeoutMs = options.timeoutMs ?? CONNECTION_TEST_TIMEOUT_MS;
  const transport = nodemailer.createTransport({
    ...settings,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
  });
  let timer: NodeJS.Timeout | undefined;
  // A server that trickles its replies keeps every socket timeout from firing: the whole test is bounded.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error("Connection test timed out"), { code: "ETIMEDOUT" })),
      timeoutMs,
    );
  });
  try {
    await Promise.race([transport.verify(), deadline]);
    return { ok: true, detail: `${settings.host}:${settings.port}` };
  } catch (error) {
    return { ok: false, ...smtpFailure(error) };
  } finally {
    clearTimeout(timer);
    transport.close();
  }
}

function smtpFailure(error: unknown): { code: ConnectionErrorCode; message: string } {
  const { code, responseCode, message } = (error ?? {}) as {
    code?: string;
    responseCode?: number;
    message?: string;
  };
  const text = message ?? String(error);
  if (code === "EAUTH" || code === "ENOAUTH" || responseCode === 535 || responseCode === 534) {
    return { code: "auth", message: text };
  }
  if (code === "ETIMEDOUT" || /timeout|timed out/i.test(text)) return { code: "timeout", message: text };
  if (code === "ETLS" || /TLS|SSL|certificate/i.test(text)) return { code: "tls", message: text };
  if (
    code === "ECONNECTION" ||
    code === "ESOCKET" ||
    code === "EDNS" ||
    /ECONNREFUSED|ENOTFOUND/.test(text)
  ) {
    return { code: "connection", message: text };
  }
  return { code: "unexpected", message: text };
}

/** Twilio's Account resource, as much of it as the test reads. */
interface TwilioAccountResource {
  sid?: string;
  friendly_name?: string;
  status?: string;
}

/**
 * Fetches the Twilio account (GET /2010-04-01/Accounts/{AccountSid}.json, HTTP Basic auth): 200 with
 * status "active" is a working account; 401 means the SID or the auth token is wrong.
 */
export async function checkTwilio(
  account: { accountSid: string; authToken: string; apiBase?: string },
  options: { timeoutMs?: number } = {},
): Promise<ConnectionCheck> {
  const base = (account.apiBase ?? "https://api.twilio.com").replace(/\/+$/, "");
  const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(account.accountSid)}.json`;
  const answer = await get(url, options.timeoutMs, {
    Authorization: `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString("base64")}`,
    Accept: "application/json",
  });
  if (!("status" in answer)) return answer.failure;
  if (answer.status === 200) {
    const resource = answer.body as TwilioAccountResource;
    const name = resource.friendly_name || resource.sid || account.accountSid;
    if (resource.status && resource.status !== "active") {
      return { ok: false, code: "inactive", message: `The Twilio account is ${resource.status}` };
    }
    return { ok: true, detail: name };
  }
  // Twilio answers a wrong SID like a wrong token (20003), and 404 for a SID its credentials cannot see.
  if (answer.status === 401 || answer.status === 404) {
    return { ok: false, code: "auth", message: `Twilio answered HTTP ${answer.status}: ${answer.detail}` };
  }
  return httpFailure("Twilio", answer.status, answer.detail);
}

/** Klaviyo's Get Accounts answer (JSON:API), as much of it as the test reads. */
interface KlaviyoAccounts {
  data?: Array<{ id?: string; attributes?: { contact_information?: { organization_name?: string } } }>;
}

/**
 * Reads the Klaviyo account the private key belongs to (GET /api/accounts/ with the `revision` our events
 * use): 200 is a working key; 401 a wrong or revoked one; 403 a key without the accounts:read scope.
 */
export async function checkKlaviyo(
  account: { apiKey: string; apiBase?: string },
  options: { timeoutMs?: number } = {},
): Promise<ConnectionCheck> {
  const base = (account.apiBase ?? "https://a.klaviyo.com").replace(/\/+$/, "");
  const answer = await get(`${base}/api/accounts/`, options.timeoutMs, {
    Authorization: `Klaviyo-API-Key ${account.apiKey}`,
    revision: KLAVIYO_REVISION,
    accept: "application/vnd.api+json",
  });
  if (!("status" in answer)) return answer.failure;
  if (answer.status === 200) {
    const first = (answer.body as KlaviyoAccounts).data?.[0];
    return { ok: true, detail: first?.attributes?.contact_information?.organization_name || first?.id || "" };
  }
  if (answer.status === 401) {
    return { ok: false, code: "auth", message: `Klaviyo answered HTTP 401: ${answer.detail}` };
  }
  if (answer.status === 403) {
    return { ok: false, code: "permission", message: `Klaviyo answered HTTP 403: ${answer.detail}` };
  }
  return httpFailure("Klaviyo", answer.status, answer.detail);
}

type HttpAnswer =
  { status: number; body: unknown; detail: string } | { failure: Extract<ConnectionCheck, { ok: false }> };

async function get(
  url: string,
  timeoutMs = CONNECTION_TEST_TIMEOUT_MS,
  headers: Record<string, string>,
): Promise<HttpAnswer> {
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    const message = error instanceof Error ? error.message : String(error);
    return { failure: { ok: false, code: timedOut ? "timeout" : "connection", message } };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A gateway's HTML error page: the status says enough.
  }
  return { status: response.status, body, detail: errorDetail(body) ?? response.statusText };
}

/** Twilio's `{ message }` or Klaviyo's JSON:API `{ errors: [{ detail }] }`. */
function errorDetail(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const { message, errors } = body as { message?: unknown; errors?: Array<{ detail?: unknown }> };
  if (typeof message === "string") return message;
  const detail = Array.isArray(errors) ? errors[0]?.detail : undefined;
  return typeof detail === "string" ? detail : undefined;
}

function httpFailure(provider: string, status: number, detail: string): ConnectionCheck {
  const message = `${provider} answered HTTP ${status}: ${detail}`;
  if (status === 429) return { ok: false, code: "rateLimited", message };
  if (status >= 500) return { ok: false, code: "serverError", message };
  return { ok: false, code: "unexpected", message };
}
