/** The upstream a channel sender talks to. */
export type SendProvider = "smtp" | "twilio" | "klaviyo";

/**
 * Why a send failed, when we can say more than "permanent" or "transient". The first three are the ones
 * the dispatcher acts on for the shopper (stop messaging them on that channel); the rest are for the
 * merchant's settings page and logs.
 */
export type SendErrorCode =
  /** The shopper opted out at the provider (Twilio 21610: they replied "STOP"). */
  | "unsubscribed"
  /** The number has no WhatsApp account (Twilio 63003). */
  | "not-whatsapp"
  /** The address or number cannot receive this channel (Twilio 21211/21614, SMTP 550–553 on RCPT TO). */
  | "invalid-recipient"
  /** WhatsApp business-initiated messages outside the 24-hour window need an approved template (63016). */
  | "whatsapp-template-required"
  /** The provider refused the request itself (validation); sending it again gets the same answer. */
  | "invalid-request"
  /** The provider refused the message after accepting the recipient (e.g. SMTP 554 on DATA). */
  | "rejected"
  /** Wrong or missing credentials; the merchant can fix them, so this is retried. */
  | "auth"
  /** The merchant's settings cannot work as they are (sender not allowed, region not enabled, bad URL). */
  | "configuration"
  | "rate-limited"
  | "timeout"
  | "connection"
  | "server-error";

export interface SendErrorOptions {
  provider: SendProvider;
  permanent: boolean;
  code?: SendErrorCode;
  /** The provider's own code (SMTP reply code, Twilio error code, HTTP status), for logs. */
  providerCode?: string | number;
  /** When the provider said how long to wait (HTTP Retry-After). */
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * A channel send that did not succeed. `permanent` means sending the same message again cannot succeed
 * (recipient rejected, invalid number, shopper unsubscribed, request refused as invalid); anything else
 * (network, timeouts, 429, 5xx, SMTP 4xx, credentials the merchant may still fix) is transient and the
 * dispatcher retries it with capped backoff. Messages never carry an email address or phone number.
 */
export class SendError extends Error {
  readonly provider: SendProvider;
  readonly permanent: boolean;
  readonly code?: SendErrorCode;
  readonly providerCode?: string | number;
  readonly retryAfterMs?: number;

  constructor(message: string, options: SendErrorOptions) {
    super(redactPersonalData(message), { cause: options.cause });
    this.name = "SendError";
    this.provider = options.provider;
    this.permanent = options.permanent;
    this.code = options.code;
    this.providerCode = options.providerCode;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export function isSendError(error: unknown): error is SendError {
  return error instanceof SendError;
}

/**
 * Wraps a failed `fetch` (no response at all). A timeout from `AbortSignal.timeout` rejects with a
 * TimeoutError; everything else (DNS, refused, reset) with a TypeError. Both are worth retrying.
 */
export function networkSendError(provider: SendProvider, error: unknown): SendError {
  const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
  const detail = error instanceof Error ? error.message : String(error);
  return new SendError(`${provider} request ${timedOut ? "timed out" : "failed"}: ${detail}`, {
    provider,
    permanent: false,
    code: timedOut ? "timeout" : "connection",
    cause: error,
  });
}

/**
 * The classification of an HTTP answer when the provider's body says nothing more specific:
 * 401/403 and 404 point at the merchant's credentials or account (fixable, so transient), 429 and 5xx
 * are transient, any other 4xx is a refusal of the request itself.
 */
export function httpSendError(
  provider: SendProvider,
  status: number,
  detail: string,
  extra: { providerCode?: string | number; retryAfterMs?: number } = {},
): SendError {
  const message = `${provider} answered HTTP ${status}: ${detail}`;
  const options = { provider, providerCode: extra.providerCode ?? status, retryAfterMs: extra.retryAfterMs };
  if (status === 401 || status === 403)
    return new SendError(message, { ...options, permanent: false, code: "auth" });
  if (status === 404) return new SendError(message, { ...options, permanent: false, code: "configuration" });
  if (status === 429) return new SendError(message, { ...options, permanent: false, code: "rate-limited" });
  if (status >= 500) return new SendError(message, { ...options, permanent: false, code: "server-error" });
  return new SendError(message, { ...options, permanent: true, code: "invalid-request" });
}

/** Reads an HTTP Retry-After header given in seconds (the only form Twilio and Klaviyo send). */
export function retryAfterMs(headers: Headers): number | undefined {
  const seconds = Number(headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : undefined;
}

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[A-Za-z]{2,}/g;
// E.164, the form Twilio echoes; bare digit runs are left alone (SMTP codes, dates, tracking numbers).
const PHONE = /\+\d{7,15}\b/g;

/**
 * Providers echo the recipient in their error text ("The 'To' number +4915… is not valid", "550 <a@b>:
 * unknown user"). Error messages end up in logs and the outbox row, which must not hold shoppers' data.
 */
export function redactPersonalData(text: string): string {
  return text.replace(EMAIL, "[email]").replace(PHONE, "[phone]");
}
