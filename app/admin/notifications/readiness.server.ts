import { channelSetup, type Deployment } from "../../notifications/channel-setup.server";
import type { NotificationSettingsView } from "../../notifications/settings.server";
import type { Readiness } from "./model";
import type { AdminShop } from "./shop.server";

/**
 * Which channels can send for the shop now, read through the same `channelSetup` the dispatcher uses:
 * email needs a mail server (the shop's own or the deployment's), SMS and WhatsApp the Twilio account
 * and that channel's sender, Klaviyo its key. A secret that cannot be decrypted counts as missing.
 */
export function channelReadiness(
  settings: NotificationSettingsView,
  shop: AdminShop,
  deployment: Deployment,
): Readiness {
  const setup = channelSetup(settings, shop, deployment);
  return {
    email: safely(() => setup.email.smtpUrl !== ""),
    sms: safely(() => setup.twilio("sms") !== null),
    whatsapp: safely(() => setup.twilio("whatsapp") !== null),
    klaviyo: safely(() => setup.klaviyoApiKey() !== null),
  };
}

function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}
