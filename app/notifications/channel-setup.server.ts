import { decryptSecret } from "../security/secrets.server";
import type { NotificationSettingsView } from "./settings.server";

export interface Deployment {
  smtpUrl?: string;
  emailFrom: string;
  encryptionKey?: Buffer;
}

/**
 * How one shop's messages leave, from its settings and the deployment's: the mail transport and sender
 * (the shop's own SMTP and address when it has one, the deployment's otherwise; replies go to the shop),
 * and the Twilio account and sender per channel (null until set up). Used by the dispatcher and the test send.
 */
export function channelSetup(
  settings: NotificationSettingsView,
  shop: { id: string; domain: string; name: string | null; email: string | null },
  deployment: Deployment,
) {
  const secret = (stored: string | null) =>
    stored && deployment.encryptionKey ? decryptSecret(stored, deployment.encryptionKey, shop.id) : null;
  const ownSmtp = secret(settings.smtpUrlEncrypted);
  return {
    email: {
      smtpUrl: ownSmtp ?? deployment.smtpUrl ?? "",
      from: {
        name: settings.senderName ?? shop.name ?? shop.domain,
        address: ownSmtp && settings.senderEmail ? settings.senderEmail : deployment.emailFrom,
      },
      replyTo: settings.replyTo ?? shop.email ?? undefined,
    },
    twilio(channel: "sms" | "whatsapp") {
      const from = channel === "sms" ? settings.smsFrom : settings.whatsappFrom;
      const authToken = secret(settings.twilioAuthTokenEncrypted);
      if (!settings.twilioAccountSid || !authToken || !from) return null;
      return {
        account: { accountSid: settings.twilioAccountSid, authToken },
        // A Messaging Service SID (MG…) picks the number itself; anything else is the number.
        sender: from.startsWith("MG") ? { messagingServiceSid: from } : { from },
      };
    },
    klaviyoApiKey: () => secret(settings.klaviyoApiKeyEncrypted),
  };
}
