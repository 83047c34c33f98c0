import nodemailer from "nodemailer";
import type { NodemailerError, SMTPPoolOptions, Transporter } from "nodemailer";
import { SendError, redactPersonalData } from "./send-error";

/** One notification email, fully rendered. */
export interface EmailMessage {
  /**
   * Stable per notification, e.g. `<notification-id@parcelwise.app>`, sent as the Message-ID: a re-send
   * after a crash is then recognisably the same message (mail clients and many servers collapse it).
   */
  messageId: string;
  from: { name: string; address: string };
  replyTo?: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * HTTPS one-click unsubscribe endpoint (RFC 8058), required for mail to shoppers; absent for mail to the
   * merchant's own team (a chat handover), which is not a list.
   */
  unsubscribeUrl?: string;
  /** BCP 47 language of the message, sent as Content-Language. */
  language: string;
}

/** The connection settings a shop's SMTP URL may choose. */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (smtps:, default port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
  /** Never upgrade with STARTTLS; only for a server on localhost or a private network. */
  ignoreTLS: boolean;
  /** Refuse to send unless STARTTLS succeeds. */
  requireTLS: boolean;
}

/** A malformed SMTP URL. The message never contains the URL: it holds the merchant's password. */
export class InvalidSmtpUrlError extends Error {
  constructor(reason: string) {
    super(`Invalid SMTP URL: ${reason}`);
    this.name = "InvalidSmtpUrlError";
  }
}

// Fail fast during an SMTP outage rather than hold a dispatcher slot for nodemailer's minutes-long defaults.
export const POOL_OPTIONS = {
  pool: true,
  maxConnections: 3,
  maxMessages: 100,
  // One retry when a pooled connection the server had quietly closed drops the message; more would only
  // delay the dispatcher's own retry, and the stable Message-ID marks any duplicate.
  maxRequeues: 1,
  idleTimeout: 60_000,
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
  dnsTimeout: 10_000,
} as const;
/** A server can keep a socket busy by trickling replies; the whole send gets this long. */
const SEND_TIMEOUT_MS = 60_000;

const transports = new Map<string, Transporter>();

/**
 * Sends one email over the shop's SMTP server. Resolves with the Message-ID (our id: servers' queue ids
 * are optional) and the server's final reply for debugging; rejects with a SendError.
 */
export async function sendEmail(
  smtpUrl: string,
  message: EmailMessage,
): Promise<{ providerMessageId: string; serverResponse?: string }> {
  const messageId = normaliseMessageId(message.messageId);
  const prepared = checkMessage(message);
  let transport: Transporter;
  try {
    transport = transportFor(smtpUrl);
  } catch (error) {
    const reason = error instanceof InvalidSmtpUrlError ? error.message : "Invalid SMTP URL";
    throw new SendError(reason, { provider: "smtp", permanent: false, code: "configuration", cause: error });
  }
  try {
    const info = await transport.sendMail({
      messageId,
      from: { name: oneLine(message.from.name), address: message.from.address },
      replyTo: message.replyTo,
      to: message.to,
      // Explicit, so nothing in the headers can add a recipient.
      envelope: { from: message.from.address, to: [message.to] },
      subject: oneLine(message.subject),
      text: message.text,
      html: message.html,
      ...(prepared.unsubscribeUrl
        ? {
            list: { unsubscribe: prepared.unsubscribeUrl },
            headers: {
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
              "Content-Language": message.language,
            },
          }
        : { headers: { "Content-Language": message.language } }),
      // Templates are shop-editable: never let content pull in local files or remote URLs.
      disableFileAccess: true,
      disableUrlAccess: true,
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    return {
      providerMessageId: messageId,
      serverResponse: info.response ? redactPersonalData(info.response) : undefined,
    };
  } catch (error) {
    const { sendError, discard } = classify(error);
    if (discard) discardTransport(smtpUrl, transport);
    throw sendError;
  }
}

/** Closes every pooled SMTP connection (shutdown, tests). */
export async function closeMailTransports(): Promise<void> {
  for (const transport of transports.values()) transport.close();
  transports.clear();
}

/**
 * Parses a shop's SMTP URL, e.g. `smtps://user:pass@smtp.example.com` or `smtp://u:p@host:587`. We read
 * it ourselves because nodemailer applies every query parameter as a transport option, overriding ours
 * (`?proxy=`, `?logger=`, `?socketTimeout=`, `?tls.rejectUnauthorized=false`); a merchant's URL may only
 * choose `ignoreTLS` and `requireTLS`. Also for validating the URL when the merchant saves it.
 */
export function parseSmtpUrl(smtpUrl: string): SmtpSettings {
  let url: URL;
  try {
    url = new URL(smtpUrl.trim());
  } catch {
    throw new InvalidSmtpUrlError("not a URL; expected smtp://user:password@host:port or smtps://…");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new InvalidSmtpUrlError("the scheme must be smtp: or smtps:");
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (!host) throw new InvalidSmtpUrlError("the host is missing");
  const secure = url.protocol === "smtps:";
  const settings: SmtpSettings = {
    host,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ignoreTLS: false,
    requireTLS: false,
  };
  if (url.username || url.password) {
    settings.auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
  }
  for (const [name, value] of url.searchParams) {
    if ((name !== "ignoreTLS" && name !== "requireTLS") || (value !== "true" && value !== "false")) {
      throw new InvalidSmtpUrlError(
        `unsupported option "${name}"; only ignoreTLS and requireTLS (true/false)`,
      );
    }
    settings[name] = value === "true";
  }
  return settings;
}

function transportFor(smtpUrl: string): Transporter {
  const cached = transports.get(smtpUrl);
  if (cached) return cached;
  const options: SMTPPoolOptions & { pool: true } = { ...POOL_OPTIONS, ...parseSmtpUrl(smtpUrl) };
  const transport = nodemailer.createTransport(options);
  // An unhandled 'error' event would take the process down; a failing pool is simply replaced.
  transport.on("error", () => discardTransport(smtpUrl, transport));
  transports.set(smtpUrl, transport);
  return transport;
}

function discardTransport(smtpUrl: string, transport: Transporter): void {
  if (transports.get(smtpUrl) === transport) transports.delete(smtpUrl);
  transport.close();
}

// One mailbox, no display name, no list: a comma or angle bracket could smuggle in a second recipient.
const SINGLE_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

function invalid(reason: string, code: "invalid-recipient" | "invalid-request" | "configuration"): SendError {
  return new SendError(reason, { provider: "smtp", permanent: code !== "configuration", code });
}

function checkMessage(message: EmailMessage): { unsubscribeUrl: string | null } {
  if (!SINGLE_ADDRESS.test(message.to))
    throw invalid("recipient is not a single email address", "invalid-recipient");
  if (!SINGLE_ADDRESS.test(message.from.address))
    throw invalid("sender address is not valid", "configuration");
  if (message.replyTo !== undefined && !SINGLE_ADDRESS.test(message.replyTo)) {
    throw invalid("reply-to address is not valid", "configuration");
  }
  if (!LANGUAGE_TAG.test(message.language)) throw invalid("language is not a BCP 47 tag", "invalid-request");
  if (message.unsubscribeUrl === undefined) return { unsubscribeUrl: null };
  let unsubscribe: URL;
  try {
    unsubscribe = new URL(message.unsubscribeUrl);
  } catch {
    throw invalid("unsubscribe URL is not a URL", "invalid-request");
  }
  // RFC 8058: the one-click URI must be HTTPS. Plain http only where it never leaves the machine (a local
  // development server or the demo).
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(unsubscribe.hostname);
  if (unsubscribe.protocol !== "https:" && !(loopback && unsubscribe.protocol === "http:")) {
    throw invalid("unsubscribe URL must be https", "invalid-request");
  }
  return { unsubscribeUrl: unsubscribe.href };
}

function normaliseMessageId(messageId: string): string {
  const bare = messageId.trim().replace(/^<(.*)>$/, "$1");
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(bare)) {
    throw new SendError("Message-ID must look like <id@domain>", {
      provider: "smtp",
      permanent: true,
      code: "invalid-request",
    });
  }
  return `<${bare}>`;
}

// Defence in depth: nodemailer encodes header values, but a line break must never reach one.
function oneLine(value: string): string {
  return value.replace(/[\r\n\t\v\f\u2028\u2029]+/g, " ").trim();
}

const CONNECTION_CODES = new Set(["ECONNECTION", "ESOCKET", "EDNS", "ETLS", "EPROTOCOL", "EPROXY"]);

/**
 * Sorts a nodemailer error into our taxonomy. 5xx on RCPT TO is the recipient (permanent), on MAIL FROM
 * the merchant's sender address (fixable, transient), on DATA the content (permanent). 4xx and 503
 * are transient (RFC 5321). Anything that broke the connection also retires the pooled transport.
 */
function classify(error: unknown): { sendError: SendError; discard: boolean } {
  const e: NodemailerError = error instanceof Error ? error : new Error(String(error));
  const detail = e.response ?? e.message;
  const rejection = e.rejectedErrors?.[0];
  const responseCode = e.responseCode ?? rejection?.responseCode;
  const command = (e.command ?? rejection?.command ?? "").toUpperCase();
  const base = { provider: "smtp" as const, providerCode: responseCode ?? e.code, cause: error };

  if (e.code === "EAUTH" || e.code === "ENOAUTH") {
    const sendError = new SendError(`SMTP login failed: ${detail}`, {
      ...base,
      permanent: false,
      code: "auth",
    });
    return { sendError, discard: true };
  }
  if (responseCode && responseCode >= 500 && responseCode !== 503) {
    if (command.startsWith("MAIL")) {
      const sendError = new SendError(`SMTP server refused the sender: ${detail}`, {
        ...base,
        permanent: false,
        code: "configuration",
      });
      return { sendError, discard: false };
    }
    const recipient = command.startsWith("RCPT") || e.code === "EENVELOPE";
    const code = recipient && responseCode >= 550 && responseCode <= 553 ? "invalid-recipient" : "rejected";
    const sendError = new SendError(
      `SMTP server rejected the ${recipient ? "recipient" : "message"}: ${detail}`,
      {
        ...base,
        permanent: true,
        code,
      },
    );
    return { sendError, discard: false };
  }
  if (responseCode) {
    // 421 means the server is closing the connection: the pool must reconnect.
    const sendError = new SendError(`SMTP server deferred the message: ${detail}`, {
      ...base,
      permanent: false,
      code: "server-error",
    });
    return { sendError, discard: responseCode === 421 };
  }
  if (e.code === "EENVELOPE") {
    const sendError = new SendError(`SMTP envelope refused: ${detail}`, {
      ...base,
      permanent: true,
      code: "invalid-recipient",
    });
    return { sendError, discard: false };
  }
  // EABORT: our only abort signal is the whole-send deadline.
  const timedOut = e.code === "ETIMEDOUT" || e.code === "EABORT" || e.name === "TimeoutError";
  const known = timedOut || (e.code !== undefined && CONNECTION_CODES.has(e.code));
  const sendError = new SendError(`SMTP ${known ? "connection" : "send"} failed: ${detail}`, {
    ...base,
    permanent: false,
    code: timedOut ? "timeout" : "connection",
  });
  return { sendError, discard: true };
}
