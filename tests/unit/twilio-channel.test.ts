import { beforeEach, describe, expect, it } from "vitest";
import { SendError } from "~/channels/send-error";
import { sendTwilioMessage, twilioSendError, type TwilioMessage } from "~/channels/twilio.server";
import { server } from "../mocks/server";
import { twilioAccount, twilioHandlers, type TwilioState } from "../mocks/twilio";

const shopper = "+4915112345678";
const shopNumber = "+14155550100";

let twilio: TwilioState;
const account = () => ({ accountSid: twilio.accountSid, authToken: twilio.authToken });
const sms = (overrides: Partial<TwilioMessage> = {}): TwilioMessage => ({
  channel: "sms",
  to: shopper,
  from: shopNumber,
  body: "Garden Gnomes: your order #2001 is out for delivery 🚚",
  ...overrides,
});

async function sendError(run: Promise<unknown>): Promise<SendError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SendError);
  return error as SendError;
}

beforeEach(() => {
  twilio = twilioAccount();
  server.use(...twilioHandlers(twilio));
});

describe("Twilio SMS and WhatsApp channel", () => {
  it("sends an SMS the shopper receives from the shop's number", async () => {
    // when the notification is sent
    const result = await sendTwilioMessage(account(), sms());

    // then Twilio queued exactly that text for the shopper, and we keep its Message SID
    expect(twilio.messages).toEqual([
      {
        sid: result.providerMessageId,
        to: shopper,
        from: shopNumber,
        messagingServiceSid: null,
        body: "Garden Gnomes: your order #2001 is out for delivery 🚚",
      },
    ]);
    expect(result.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);
  });

  it("sends through a Messaging Service when the shop uses one", async () => {
    await sendTwilioMessage(account(), sms({ from: undefined, messagingServiceSid: "MG0123456789abcdef" }));
    expect(twilio.messages[0]).toMatchObject({ from: null, messagingServiceSid: "MG0123456789abcdef" });
  });

  it("addresses WhatsApp with the whatsapp: prefix on both ends", async () => {
    await sendTwilioMessage(account(), sms({ channel: "whatsapp" }));
    expect(twilio.messages[0]).toMatchObject({ to: `whatsapp:${shopper}`, from: `whatsapp:${shopNumber}` });
  });

  it("reports a shopper who replied STOP as unsubscribed (permanent)", async () => {
    twilio.unsubscribed.add(shopper);
    const error = await sendError(sendTwilioMessage(account(), sms()));
    expect(error).toMatchObject({
      provider: "twilio",
      permanent: true,
      code: "unsubscribed",
      providerCode: 21610,
    });
    expect(twilio.messages).toHaveLength(0);
  });

  it("reports an invalid number as a permanent recipient problem, without the number in the message", async () => {
    twilio.invalidNumbers.add(shopper);
    const error = await sendError(sendTwilioMessage(account(), sms()));
    expect(error).toMatchObject({ permanent: true, code: "invalid-recipient", providerCode: 21211 });
    expect(error.message).toContain("is not a valid phone number");
    expect(error.message).not.toContain(shopper);
  });

  it("refuses a number that is not E.164 without calling Twilio", async () => {
    const error = await sendError(sendTwilioMessage(account(), sms({ to: "0151 1234 5678" })));
    expect(error).toMatchObject({ permanent: true, code: "invalid-recipient" });
    expect(twilio.messages).toHaveLength(0);
  });

  it("reports a number without WhatsApp so the dispatcher can fall back to SMS", async () => {
    twilio.notOnWhatsApp.add(shopper);
    const error = await sendError(sendTwilioMessage(account(), sms({ channel: "whatsapp" })));
    expect(error).toMatchObject({ permanent: true, code: "not-whatsapp", providerCode: 63003 });
  });

  it("treats a wrong auth token as transient (the merchant can fix it)", async () => {
    const error = await sendError(sendTwilioMessage({ ...account(), authToken: "rotated" }, sms()));
    expect(error).toMatchObject({ permanent: false, code: "auth", providerCode: 20003 });
    expect(twilio.messages).toHaveLength(0);
  });

  it("passes Twilio's own validation errors on as permanent", async () => {
    const error = await sendError(sendTwilioMessage(account(), sms({ body: "" })));
    expect(error).toMatchObject({ permanent: true, code: "invalid-request", providerCode: 21602 });
  });

  it("asks for a sender before calling Twilio", async () => {
    const error = await sendError(sendTwilioMessage(account(), sms({ from: undefined })));
    expect(error).toMatchObject({ permanent: false, code: "configuration" });
  });

  it("retries on 429 after Twilio's Retry-After, and on 5xx", async () => {
    twilio.failNext.push({ status: 429, code: 20429, retryAfterSeconds: 3 }, { status: 503 });

    const throttled = await sendError(sendTwilioMessage(account(), sms()));
    expect(throttled).toMatchObject({ permanent: false, code: "rate-limited", retryAfterMs: 3000 });
    const down = await sendError(sendTwilioMessage(account(), sms()));
    expect(down).toMatchObject({ permanent: false, code: "server-error", providerCode: 503 });

    // and the next attempt goes through
    await sendTwilioMessage(account(), sms());
    expect(twilio.messages).toHaveLength(1);
  });

  it("treats a dropped connection and a slow answer as transient", async () => {
    twilio.failNext.push({ network: true }, { delayMs: 500 });
    expect(await sendError(sendTwilioMessage(account(), sms()))).toMatchObject({
      permanent: false,
      code: "connection",
    });
    expect(await sendError(sendTwilioMessage(account(), sms(), { timeoutMs: 50 }))).toMatchObject({
      permanent: false,
      code: "timeout",
    });
  });

  it("classifies codes that arrive later by status callback the same way", () => {
    expect(twilioSendError(63016, 400, "Outside window")).toMatchObject({
      permanent: true,
      code: "whatsapp-template-required",
    });
    expect(twilioSendError(21408, 400, "Region not enabled")).toMatchObject({
      permanent: false,
      code: "configuration",
    });
    expect(twilioSendError(63014, 400, "Blocked by the user")).toMatchObject({ permanent: true });
  });
});
