import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerError } from "smtp-server";
import { afterAll, beforeAll, beforeEach } from "vitest";

/** A message as the receiving server saw it: parsed, plus the SMTP envelope and the raw source. */
export type ReceivedMail = ParsedMail & {
  envelope: { mailFrom: string; rcptTo: string[] };
  raw: string;
};

export interface TestSmtpServer {
  /** `smtp://[user:pass@]127.0.0.1:port?ignoreTLS=true`, ready for `sendEmail`. */
  url: string;
  port: number;
  /** Every message accepted so far, in order. */
  messages: ReceivedMail[];
  /** Recipients answered with `550 5.1.1 no such user`; add to it in a test. */
  rejectRecipients: Set<string>;
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Stops listening and drops open connections (an outage). */
  stop(): Promise<void>;
  /** Listens again on the same port after `stop()` (the outage is over). */
  start(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 for tests. Plain text, no STARTTLS: the server does not offer it and
 * the URL carries `ignoreTLS=true`, so nodemailer neither upgrades nor demands TLS. With `auth`, AUTH
 * PLAIN/LOGIN is accepted over that plain connection (`allowInsecureAuth`).
 */
export async function startSmtpServer(
  options: { auth?: { user: string; pass: string }; port?: number; rejectRecipients?: string[] } = {},
): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const rejectRecipients = new Set((options.rejectRecipients ?? []).map((a) => a.toLowerCase()));
  let server: SMTPServer | undefined;
  let port = options.port ?? 0;

  const create = () =>
    new SMTPServer({
      secure: false,
      disabledCommands: options.auth ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
      authOptional: !options.auth,
      allowInsecureAuth: true,
      logger: false,
      // A short grace period, so stop() cuts pooled client connections off like a real outage would.
      closeTimeout: 50,
      onAuth(auth, _session, callback) {
        const ok = auth.username === options.auth?.user && auth.password === options.auth?.pass;
        if (ok) callback(null, { user: auth.username });
        else callback(smtpError(535, "5.7.8 Authentication credentials invalid"));
      },
      onRcptTo(address, _session, callback) {
        if (rejectRecipients.has(address.address.toLowerCase())) {
          callback(smtpError(550, "5.1.1 Mailbox does not exist"));
        } else callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          // Parsed before the 250 reply, so a resolved send means the message is in `messages`.
          simpleParser(raw)
            .then((parsed) => {
              const { mailFrom, rcptTo } = session.envelope;
              messages.push(
                Object.assign(parsed, {
                  envelope: {
                    mailFrom: mailFrom ? mailFrom.address : "",
                    rcptTo: rcptTo.map((r) => r.address),
                  },
                  raw,
                }),
              );
              callback();
            })
            .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
        });
      },
    });

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = create();
      next.on("error", reject);
      next.listen(port, "127.0.0.1", () => {
        const address = next.server.address();
        if (address && typeof address === "object") port = address.port;
        server = next;
        resolve();
      });
    });

  await listen();
  const credentials = options.auth
    ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@`
    : "";

  return {
    url: `smtp://${credentials}127.0.0.1:${port}?ignoreTLS=true`,
    port,
    messages,
    rejectRecipients,
    async waitForMessages(count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} messages, got ${messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return messages;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server) return resolve();
        const closing = server;
        server = undefined;
        closing.close(() => resolve());
      }),
    start: () => (server ? Promise.resolve() : listen()),
  };
}

function smtpError(responseCode: number, message: string): SMTPServerError {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * One SMTP server for a test file: started before its tests, emptied before each, and stopped after
 * them together with the app's pooled connections to it. Use the returned object as the server.
 */
export function useSmtpServer(options: Parameters<typeof startSmtpServer>[0] = {}): TestSmtpServer {
  let server: TestSmtpServer | undefined;
  beforeAll(async () => {
    server = await startSmtpServer(options);
  });
  beforeEach(() => {
    server!.messages.length = 0;
    server!.rejectRecipients.clear();
    for (const address of options.rejectRecipients ?? []) server!.rejectRecipients.add(address.toLowerCase());
  });
  afterAll(async () => {
    const { closeMailTransports } = await import("~/channels/email.server");
    await closeMailTransports();
    await server?.stop();
  });
  return new Proxy({} as TestSmtpServer, {
    get: (_target, key) => {
      if (!server) throw new Error("The test SMTP server starts in beforeAll");
      return Reflect.get(server, key);
    },
  });
}
