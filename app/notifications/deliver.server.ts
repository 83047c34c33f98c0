import { sendEmail, type EmailMessage } from "../channels/email.server";
import { sendKlaviyoEvent, type KlaviyoEvent } from "../channels/klaviyo.server";
import { SendError } from "../channels/send-error";
import { sendTwilioMessage } from "../channels/twilio.server";

type TwilioAccount = Parameters<typeof sendTwilioMessage>[0];
type TwilioMessage = Parameters<typeof sendTwilioMessage>[1];
type KlaviyoAccount = Parameters<typeof sendKlaviyoEvent>[0];

/** One message ready to hand to its provider. */
export type Envelope =
  | { channel: "email"; smtpUrl: string; message: EmailMessage }
  | { channel: "sms" | "whatsapp"; account: TwilioAccount; message: TwilioMessage }
  | { channel: "klaviyo"; account: KlaviyoAccount; event: KlaviyoEvent };

/** The providers; tests and the benchmark swap in their own where a real one cannot be reached. */
export interface Senders {
  email: typeof sendEmail;
  twilio: typeof sendTwilioMessage;
  klaviyo: typeof sendKlaviyoEvent;
}

export const providerSenders: Senders = {
  email: sendEmail,
  twilio: sendTwilioMessage,
  klaviyo: sendKlaviyoEvent,
};

/** Sends one envelope; throws the provider's SendError (app/channels/send-error.ts) on failure. */
export async function deliver(senders: Senders, envelope: Envelope): Promise<{ providerMessageId: string }> {
  switch (envelope.channel) {
    case "email":
      if (!envelope.smtpUrl) {
        // Retried: the message goes once the deployment (SMTP_URL) or the shop configures a server.
        throw new SendError("No SMTP server is configured (set SMTP_URL or the shop's own SMTP)", {
          provider: "smtp",
          permanent: false,
          code: "configuration",
        });
      }
      return senders.email(envelope.smtpUrl, envelope.message);
    case "sms":
    case "whatsapp":
      return senders.twilio(envelope.account, envelope.message);
    case "klaviyo":
      return senders.klaviyo(envelope.account, envelope.event);
  }
}
