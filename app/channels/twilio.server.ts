import { SendError, httpSendError, networkSendError, retryAfterMs } from "./send-error";

/** A merchant's Twilio account. `apiBase` is for tests and Twilio regions (e.g. an edge location). */
export interface TwilioAccount {
  accountSid: string;
  authToken: string;
  apiBase?: string;
}

/** One SMS or WhatsApp message. Numbers are E.164; the `whatsapp:` prefix is added here. */
export interface TwilioMessage {
  channel: "sms" | "whatsapp";
  to: string;
  /** A Twilio number (or WhatsApp sender); one of `from` and `messagingServiceSid` is required. */
  from?: string;
  messagingServiceSid?: string;
  body: string;
}

const DEFAULT_API_BASE = "https://api.twilio.com";
const TIMEOUT_MS = 15_000;
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Sends one message through Twilio Programmable Messaging (POST …/Accounts/{sid}/Messages.json, form
 * encoded, HTTP Basic auth). Resolves with the Message SID (SM…/MM…) once Twilio has queued it; delivery
 * itself is reported later through status callbacks. Rejects with a SendError.
 */
export async function sendTwilioMessage(
  account: TwilioAccount,
  message: TwilioMessage,
  options: { timeoutMs?: number } = {},
): Promise<{ providerMessageId: string }> {
  if (!E164.test(message.to)) {
    throw new SendError("The phone number is not in E.164 format", {
      provider: "twilio",
      permanent: true,
      code: "invalid-recipient",
    });
  }
  if (!message.from && !message.messagingServiceSid) {
    throw new SendError("No Twilio sender: set a phone number or a Messaging Service", {
      provider: "twilio",
      permanent: false,
      code: "configuration",
    });
  }
  const address = (number: string) =>
    message.channel === "whatsapp" && !number.startsWith("whatsapp:") ? `whatsapp:${number}` : number;
  const form = new URLSearchParams({ To: address(message.to), Body: message.body });
  if (message.from) form.set("From", address(message.from));
  if (message.messagingServiceSid) form.set("MessagingServiceSid", message.messagingServiceSid);

  const base = (account.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, "");
  const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(account.accountSid)}/Messages.json`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: {
        Authorization: `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString("base64")}`,
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json",
      },
      body: form,
      signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
    });
  } catch (error) {
    throw networkSendError("twilio", error);
  }
  const payload = await readJson(response);
  if (response.ok && typeof payload.sid === "string") return { providerMessageId: payload.sid };
  if (response.ok) {
    throw new SendError("Twilio accepted the message but returned no SID", {
      provider: "twilio",
      permanent: false,
      code: "server-error",
      providerCode: response.status,
    });
  }
  throw twilioSendError(
    typeof payload.code === "number" ? payload.code : undefined,
    response.status,
    typeof payload.message === "string" ? payload.message : response.statusText,
    retryAfterMs(response.headers),
  );
}

/**
 * Twilio error codes that say more than the HTTP status. Recipient problems are permanent (retrying
 * cannot help, the dispatcher may fall back to another channel); account set-up problems are transient
 * like bad credentials, because the merchant can fix them and the same message then goes through.
 */
const KNOWN_CODES: Record<number, { permanent: boolean; code: SendError["code"] }> = {
  21610: { permanent: true, code: "unsubscribed" }, // the shopper replied STOP
  21211: { permanent: true, code: "invalid-recipient" }, // invalid 'To' number
  21614: { permanent: true, code: "invalid-recipient" }, // 'To' is not a mobile number (landline)
  21635: { permanent: true, code: "invalid-recipient" }, // 'To' is a landline where Twilio won't try
  63003: { permanent: true, code: "not-whatsapp" }, // the number has no WhatsApp account
  63016: { permanent: true, code: "whatsapp-template-required" }, // outside the 24h window
  20003: { permanent: false, code: "auth" }, // wrong Account SID or Auth Token
  20429: { permanent: false, code: "rate-limited" }, // too many concurrent requests; never processed
  21408: { permanent: false, code: "configuration" }, // SMS to this country not enabled (Geo Permissions)
  21606: { permanent: false, code: "configuration" }, // 'From' is not a message-capable Twilio number
  21608: { permanent: false, code: "configuration" }, // trial account: 'To' not verified
};

/**
 * The SendError for a Twilio error code, also for codes that arrive later in a status callback
 * (WhatsApp's 63003/63016 usually do: the API first answers 201 and the message then fails).
 */
export function twilioSendError(
  code: number | undefined,
  httpStatus: number,
  detail: string,
  retryAfter?: number,
): SendError {
  const known = code === undefined ? undefined : KNOWN_CODES[code];
  if (known) {
    return new SendError(`Twilio error ${code}: ${detail}`, {
      provider: "twilio",
      ...known,
      providerCode: code,
      retryAfterMs: retryAfter,
    });
  }
  const message = code === undefined ? detail : `error ${code}: ${detail}`;
  return httpSendError("twilio", httpStatus, message, { providerCode: code, retryAfterMs: retryAfter });
}

async function readJson(response: Response): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = await response.json();
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    // 5xx from a proxy in front of Twilio may be HTML; the status decides then.
    return {};
  }
}
