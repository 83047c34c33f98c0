import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * The demo's mailbox: a real SMTP server on 127.0.0.1 that accepts every message the app sends (the
 * app's SMTP_URL points here) and keeps it, parsed, in memory for the emulator's /mail page. Nothing is
 * relayed. Plain SMTP without STARTTLS or AUTH, so the app's URL carries `ignoreTLS=true` (as in
 * tests/helpers/smtp.ts) and nodemailer neither upgrades nor insists on TLS.
 */
export interface CaughtMail {
  /** 1, 2, 3… in the order received: the page's URLs use it. */
  id: number;
  receivedAt: Date;
  from: string;
  to: string;
  subject: string;
  /** The Content-Language header: the locale the app chose for the shopper. */
  language: string;
  /** The app's Message-ID, `<notification row id@domain>`: finds the row in the app's database. */
  messageId: string;
  listUnsubscribe: string;
  html: string | null;
  text: string;
}

export interface MailCatcher {
  /** `smtp://127.0.0.1:<port>?ignoreTLS=true`, the app's SMTP_URL. */
  url: string;
  /** Newest first. */
  list(): CaughtMail[];
  get(id: number): CaughtMail | undefined;
  /** Everything received, including messages dropped from memory. */
  received(): number;
  stop(): Promise<void>;
}

/** The oldest messages are dropped beyond this, so a demo left running for days stays small. */
const KEEP = 2000;

const addresses = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(", ");
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]*:\s*/, "") ?? "";

export async function startMailCatcher(
  port: number,
  onMail: (mail: CaughtMail) => void = () => {},
): Promise<MailCatcher> {
  const messages: CaughtMail[] = [];
  let received = 0;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      // Answered 250 only once parsed: a message the page cannot show is refused, and the app says so.
      simpleParser(stream).then(
        (parsed) => {
          const mail: CaughtMail = {
            id: ++received,
            receivedAt: new Date(),
            from: addresses(parsed.from),
            to: addresses(parsed.to) || session.envelope.rcptTo.map((r) => r.address).join(", "),
            subject: parsed.subject ?? "",
            language: header(parsed, "content-language"),
            messageId: parsed.messageId ?? "",
            listUnsubscribe: header(parsed, "list-unsubscribe"),
            html: parsed.html || null,
            text: parsed.text ?? "",
          };
          messages.push(mail);
          if (messages.length > KEEP) messages.shift();
          onMail(mail);
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    // Kept after startup: the server also reports a client's dropped connection this way, and an
    // unhandled 'error' event would end the demo. The app retries whatever did not go through.
    server.on("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const bound = address && typeof address === "object" ? address.port : port;

  return {
    url: `smtp://127.0.0.1:${bound}?ignoreTLS=true`,
    list: () => [...messages].reverse(),
    get: (id) => messages.find((m) => m.id === id),
    received: () => received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
