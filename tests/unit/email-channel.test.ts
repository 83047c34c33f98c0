import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { closeMailTransports, parseSmtpUrl, sendEmail, type EmailMessage } from "~/channels/email.server";
import { SendError } from "~/channels/send-error";
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from "../helpers/smtp";

function notification(overrides: Partial<EmailMessage> = {}): EmailMessage {
  return {
    messageId: "<ntf_123@parcelwise.app>",
    from: { name: "Garden Gnomes", address: "shop@gnomes.example" },
    replyTo: "help@gnomes.example",
    to: "amelie@example.com",
    subject: "Your order #2001 is out for delivery",
    text: "Hi Amélie, your parcel arrives today.",
    html: "<p>Hi Amélie, your parcel <strong>arrives today</strong>.</p>",
    unsubscribeUrl: "https://parcelwise.test/unsubscribe?token=abc.def",
    language: "fr",
    ...overrides,
  };
}

/** The header as the shopper's mail client receives it (mailparser folds List-* into one object). */
function headerLine(mail: ReceivedMail, key: string): string | undefined {
  return mail.headerLines.find((line) => line.key === key)?.line;
}

async function sendError(run: Promise<unknown>): Promise<SendError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SendError);
  return error as SendError;
}

describe("email channel over a real SMTP server", () => {
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer({ auth: { user: "parcelwise", pass: "s3cret pass" } });
  });
  afterEach(async () => {
    smtp.messages.length = 0;
    smtp.rejectRecipients.clear();
    await smtp.start();
  });
  afterAll(async () => {
    await closeMailTransports();
    await smtp.stop();
  });

  it("delivers subject, text and html to the shopper with one-click unsubscribe headers", async () => {
    // given a rendered notification
    // when it is sent through the shop's SMTP server
    const result = await sendEmail(smtp.url, notification());

    // then the shopper's mailbox has exactly what was rendered
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.envelope).toEqual({ mailFrom: "shop@gnomes.example", rcptTo: ["amelie@example.com"] });
    expect(mail.subject).toBe("Your order #2001 is out for delivery");
    expect(mail.text?.trim()).toBe("Hi Amélie, your parcel arrives today.");
    expect(mail.html).toContain("<strong>arrives today</strong>");
    expect(mail.from?.value).toEqual([{ name: "Garden Gnomes", address: "shop@gnomes.example" }]);
    expect(mail.replyTo?.value).toEqual([{ name: "", address: "help@gnomes.example" }]);
    // and mail clients can offer one-click unsubscribe (RFC 8058)
    expect(headerLine(mail, "list-unsubscribe")).toBe(
      "List-Unsubscribe: <https://parcelwise.test/unsubscribe?token=abc.def>",
    );
    expect(headerLine(mail, "list-unsubscribe-post")).toBe(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    );
    expect(mail.headers.get("content-language")).toBe("fr");
    // and the Message-ID is the caller's, which is also the provider id
    expect(mail.messageId).toBe("<ntf_123@parcelwise.app>");
    expect(result.providerMessageId).toBe("<ntf_123@parcelwise.app>");
    expect(result.serverResponse).toMatch(/^250 /);
  });

  it("re-sends after a crash as the same message", async () => {
    // given a notification sent once, then again because the process died before recording it
    await sendEmail(smtp.url, notification());
    await sendEmail(smtp.url, notification({ messageId: "ntf_123@parcelwise.app" }));

    // then both copies carry the same Message-ID, so clients collapse them
    const mails = await smtp.waitForMessages(2);
    expect(mails.map((m) => m.messageId)).toEqual(["<ntf_123@parcelwise.app>", "<ntf_123@parcelwise.app>"]);
  });

  it("keeps Unicode, emoji and quotes in names and subjects intact", async () => {
    const name = `Zoë's "Gärten" — 🌱 Shop`;
    const subject = "Ihre Bestellung 🚚 ist unterwegs – „bald“ da, naïve café 日本";
    await sendEmail(smtp.url, notification({ from: { name, address: "shop@gnomes.example" }, subject }));

    const [mail] = await smtp.waitForMessages(1);
    expect(mail.from?.value[0]).toEqual({ name, address: "shop@gnomes.example" });
    expect(mail.subject).toBe(subject);
  });

  it("neutralises a header injection in the subject and sender name", async () => {
    // given a merchant template whose subject and sender name smuggle in headers
    await sendEmail(
      smtp.url,
      notification({
        subject: "Delivered\r\nBcc: thief@evil.example\r\nX-Injected: yes",
        from: { name: "Gnomes\nReply-To: thief@evil.example", address: "shop@gnomes.example" },
      }),
    );

    // then the message reaches only the shopper and has no extra headers
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.envelope.rcptTo).toEqual(["amelie@example.com"]);
    expect(mail.headers.has("bcc")).toBe(false);
    expect(mail.headers.has("x-injected")).toBe(false);
    expect(mail.replyTo?.value).toEqual([{ name: "", address: "help@gnomes.example" }]);
    expect(mail.raw).not.toMatch(/^(Bcc|X-Injected|Reply-To: thief)/im);
    expect(mail.subject).toBe("Delivered Bcc: thief@evil.example X-Injected: yes");
  });

  it("refuses a recipient list instead of sending to every address in it", async () => {
    const error = await sendError(
      sendEmail(smtp.url, notification({ to: "amelie@example.com, thief@evil.example" })),
    );
    expect(error).toMatchObject({ permanent: true, code: "invalid-recipient", provider: "smtp" });
    expect(smtp.messages).toHaveLength(0);
  });

  it("reports a mailbox the server rejects (550) as permanent, without the address", async () => {
    // given a shopper address the receiving server does not know
    smtp.rejectRecipients.add("gone@example.com");

    // when the notification is sent
    const error = await sendError(sendEmail(smtp.url, notification({ to: "gone@example.com" })));

    // then retrying cannot help, the dispatcher may fall back, and the log holds no address
    expect(error).toMatchObject({ permanent: true, code: "invalid-recipient", providerCode: 550 });
    expect(error.message).toMatch(/rejected the recipient/);
    expect(error.message).not.toContain("gone@example.com");
    expect(smtp.messages).toHaveLength(0);

    // and the pooled connection still works for the next shopper
    await sendEmail(smtp.url, notification());
    await smtp.waitForMessages(1);
  });

  it("fails fast and transiently while the server is down, and recovers when it is back", async () => {
    // given a warm pooled connection
    await sendEmail(smtp.url, notification());
    await smtp.waitForMessages(1);

    // when the SMTP server goes away
    await smtp.stop();
    const started = Date.now();
    const error = await sendError(
      sendEmail(smtp.url, notification({ messageId: "<ntf_124@parcelwise.app>" })),
    );

    // then the send fails quickly with a transient error the dispatcher retries
    expect(error).toMatchObject({ permanent: false, provider: "smtp", code: "connection" });
    expect(Date.now() - started).toBeLessThan(5_000);

    // when the server is back, the next send reconnects and arrives
    await smtp.start();
    await sendEmail(smtp.url, notification({ messageId: "<ntf_124@parcelwise.app>" }));
    const mails = await smtp.waitForMessages(2);
    expect(mails[1].messageId).toBe("<ntf_124@parcelwise.app>");
  });

  it("treats wrong SMTP credentials as transient, for the merchant to fix", async () => {
    const wrong = smtp.url.replace("s3cret%20pass", "wrong");
    const error = await sendError(sendEmail(wrong, notification()));
    expect(error).toMatchObject({ permanent: false, code: "auth" });
    expect(error.message).not.toContain("wrong");
  });
});

describe("SMTP URL", () => {
  it("reads host, port, credentials and the TLS options a merchant may set", () => {
    expect(parseSmtpUrl("smtp://user%40shop:p%3Ass@127.0.0.1:2525?ignoreTLS=true")).toEqual({
      host: "127.0.0.1",
      port: 2525,
      secure: false,
      auth: { user: "user@shop", pass: "p:ss" },
      ignoreTLS: true,
      requireTLS: false,
    });
    expect(parseSmtpUrl("smtps://smtp.example.com")).toMatchObject({ port: 465, secure: true });
    expect(parseSmtpUrl("smtp://smtp.example.com?requireTLS=true")).toMatchObject({
      port: 587,
      requireTLS: true,
    });
  });

  it("refuses options that would reconfigure the transport, without echoing the password", async () => {
    for (const url of [
      "smtp://u:hunter2@h?proxy=http://evil",
      "smtp://u:hunter2@h?tls.rejectUnauthorized=false",
    ]) {
      expect(() => parseSmtpUrl(url)).toThrowError(/unsupported option/);
    }
    expect(() => parseSmtpUrl("http://u:hunter2@h")).toThrowError(/scheme/);
    const error = await sendError(sendEmail("smtp://u:hunter2@h?logger=true", notification()));
    expect(error).toMatchObject({ permanent: false, code: "configuration" });
    expect(error.message).not.toContain("hunter2");
  });
});
