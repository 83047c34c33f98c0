import { channelSetup } from "./channel-setup.server";
import { buildShipmentEvent } from "../channels/klaviyo.server";
import type { ShipmentStatus } from "../shipments/status";
import type { Tx } from "../types.server";
import {
  composeVariables,
  type MilestoneContext,
  type OrderForMessage,
  type ShipmentForMessage,
} from "./compose.server";
import type { Envelope } from "./deliver.server";
import { trackingPageUrl, unsubscribeUrl } from "./links.server";
import { isResend, type Channel, type Locale, type Milestone } from "./milestones";
import { maskEmail, maskPhone, toE164 } from "./phone";
import type { NotificationSettingsView } from "./settings.server";
import { nextSendTime, shopperTimeZone } from "./shopper-time";
import { reason, type Reason } from "./reasons";
import { outdatedBecause } from "./staleness";
import { addressHash, isSuppressed } from "./suppression.server";
import { renderMessage, resolveLocale } from "./templates/index.server";

/** Milestones the shopper must act on (or be told last): never held back by the frequency cap. */
const ALWAYS_SEND: ReadonlySet<Milestone> = new Set([
  "DELIVERED",
  "ATTEMPTED_DELIVERY",
  "EXCEPTION",
  "READY_FOR_PICKUP",
]);
/** How long a message waits for its order to arrive (webhooks come in any order) before giving up. */
const ORDER_WAIT_MS = 24 * 3_600_000;
const ORDER_RETRY_MS = 5 * 60_000;

export interface OutboxRow {
  id: string;
  shopId: string;
  shipmentId: string;
  milestone: Milestone;
  channel: Channel;
  occurrence: string;
  milestoneAt: Date;
  context: MilestoneContext;
  createdAt: Date;
}

export interface DispatchShop {
  id: string;
  domain: string;
  name: string | null;
  email: string | null;
  primaryLocale: string;
  timezone: string;
  uninstalledAt: Date | null;
  settings: NotificationSettingsView;
}

export interface DispatchShipment extends ShipmentForMessage {
  id: string;
  lateSince: Date | null;
  stalledSince: Date | null;
  redactedAt: Date | null;
  order:
    | (OrderForMessage & {
        id: string;
        shopifyId: string;
        email: string | null;
        phone: string | null;
        shippingPhone: string | null;
        shippingCountryCode: string | null;
        shippingProvince: string | null;
        customerLocale: string | null;
        redactedAt: Date | null;
      })
    | null;
}

export interface DispatchEnv {
  now: Date;
  smtpUrl?: string;
  emailFrom: string;
  appUrl: string;
  secret: string;
  encryptionKey?: Buffer;
  /** Messages already sent for this shipment in the last 24 hours (the dispatcher keeps it current). */
  sentToday: number;
  templates: Map<string, { subject: string | null; body: string }>;
  /**
   * Opted-out email addresses among the batch's shoppers (suppression.server's addressHash), read with
   * the batch instead of one query per message. Phone numbers are still looked up per message: a STOP
   * reply earlier in the same batch must count.
   */
  suppressedEmails: ReadonlySet<string>;
}

export type Decision =
  | { kind: "send"; envelope: Envelope; recipient: string; locale: Locale | null }
  /** Not sent, on purpose. `fallback`: try the next channel of the chain instead. */
  | { kind: "skip"; reason: Reason; fallback: boolean }
  /** Not yet: quiet hours, or the order has not arrived. Not an attempt. */
  | { kind: "defer"; until: Date; reason: Reason };

export function templateKey(shopId: string, milestone: string, channel: string, locale: string): string {
  return `${shopId}\n${milestone}\n${channel}\n${locale}`;
}

/**
 * Decides what to do with one due outbox row: send it (and how), skip it with a reason the merchant can
 * read, or wait. Reads the shipment as it is now, so nothing outdated goes out.
 */
export async function prepare(
  tx: Tx,
  row: OutboxRow,
  shop: DispatchShop,
  shipment: DispatchShipment,
  env: DispatchEnv,
): Promise<Decision> {
  if (shop.uninstalledAt) return skip(reason("UNINSTALLED"));
  const outdated = outdatedBecause(row.milestone, row.occurrence, {
    status: shipment.status as ShipmentStatus,
    estimatedDeliveryAt: shipment.estimatedDeliveryAt,
    lateSince: shipment.lateSince,
    stalledSince: shipment.stalledSince,
  });
  if (outdated) return skip(outdated);
  const order = shipment.order;
  if (!order) {
    return env.now.getTime() - row.createdAt.getTime() > ORDER_WAIT_MS
      ? skip(reason("ORDER_MISSING"))
      : {
          kind: "defer",
          until: new Date(env.now.getTime() + ORDER_RETRY_MS),
          reason: reason("WAITING_FOR_ORDER"),
        };
  }
  if (order.redactedAt || shipment.redactedAt) return skip(reason("ERASED"));

  const settings = shop.settings;
  const locale = resolveLocale(order.customerLocale, shop.primaryLocale);
  const timeZone = shopperTimeZone({
    countryCode: order.shippingCountryCode,
    province: order.shippingProvince,
    fallback: shop.timezone,
  });
  const channels = channelSetup(settings, shop, env);
  const email = order.email?.trim() || null;
  const phone = toE164(order.phone ?? order.shippingPhone, order.shippingCountryCode);
  const trackingUrl = trackingPageUrl(env.secret, shop, order.id);

  if (row.channel === "klaviyo") {
    const apiKey = channels.klaviyoApiKey();
    if (!apiKey) return skip(reason("KLAVIYO_NOT_CONNECTED"), false);
    if (!email && !phone) return skip(reason("NO_CONTACT"), false);
    const facts = composeFor(trackingUrl, "");
    const event = buildShipmentEvent(row.milestone, {
      uniqueId: `${row.shipmentId}:${row.milestone}:${row.occurrence}`,
      // Shopify's id, so flows can join these events to Shopify's own "Placed Order".
      orderId: order.shopifyId,
      orderName: order.name,
      email,
      phone,
      firstName: order.customerFirstName,
      lastName: order.customerLastName,
      carrier: shipment.carrier,
      trackingNumber: facts.shipment.tracking_number,
      trackingUrl: facts.shipment.tracking_url,
      trackingPageUrl: trackingUrl,
      status: shipment.status,
      estimatedDeliveryAt: shipment.estimatedDeliveryAt?.toISOString() ?? null,
      delayReason: row.context.reason ?? null,
      items: facts.items,
      milestoneAt: row.milestoneAt,
    });
    return {
      kind: "send",
      envelope: { channel: "klaviyo", account: { apiKey }, event },
      recipient: email ? maskEmail(email) : maskPhone(phone!),
      locale: null,
    };
  }

  // A resend is the merchant's own decision, made for this one message: the cap is for automatic ones.
  if (
    env.sentToday >= settings.maxPerShipmentPerDay &&
    !ALWAYS_SEND.has(row.milestone) &&
    !isResend(row.occurrence)
  ) {
    return skip(reason("FREQUENCY_CAP", { count: settings.maxPerShipmentPerDay }), false);
  }

  if (row.channel === "email") {
    if (!email) return skip(reason("NO_EMAIL"));
    if (env.suppressedEmails.has(addressHash(shop.id, "email", email))) {
      return skip(reason("UNSUBSCRIBED"), false);
    }
    const unsubscribe = unsubscribeUrl(env.secret, env.appUrl, shop.id, email);
    const rendered = render(row, locale, composeFor(trackingUrl, unsubscribe));
    return {
      kind: "send",
      recipient: maskEmail(email),
      locale,
      envelope: {
        channel: "email",
        smtpUrl: channels.email.smtpUrl,
        message: {
          messageId: `<${row.id}@${env.emailFrom.split("@")[1] ?? "parcelwise.app"}>`,
          from: channels.email.from,
          replyTo: channels.email.replyTo,
          to: email,
          subject: rendered.subject ?? "",
          text: rendered.text,
          html: rendered.html ?? "",
          unsubscribeUrl: unsubscribe,
          language: locale,
        },
      },
    };
  }

  // SMS and WhatsApp.
  const twilioChannel = row.channel === "sms" ? "sms" : "whatsapp";
  const twilio = channels.twilio(twilioChannel);
  if (!twilio) return skip(reason("CHANNEL_NOT_SET_UP", { channel: twilioChannel }));
  if (!phone) return skip(reason("NO_MOBILE"));
  if (await isSuppressed(tx, shop.id, "phone", phone)) return skip(reason("UNSUBSCRIBED"), false);
  const allowedAt = nextSendTime(env.now, timeZone, {
    startHour: settings.quietHoursStart,
    endHour: settings.quietHoursEnd,
  });
  if (allowedAt > env.now) {
    return { kind: "defer", until: allowedAt, reason: reason("QUIET_HOURS", { zone: timeZone }) };
  }
  const rendered = render(row, locale, composeFor(trackingUrl, ""));
  return {
    kind: "send",
    recipient: maskPhone(phone),
    locale,
    envelope: {
      channel: row.channel as "sms" | "whatsapp",
      account: twilio.account,
      message: {
        channel: row.channel as "sms" | "whatsapp",
        to: phone,
        body: rendered.text,
        ...twilio.sender,
      },
    },
  };

  function composeFor(trackingPage: string, unsubscribe: string) {
    return composeVariables({
      milestone: row.milestone,
      locale,
      timeZone,
      shop,
      order: order!,
      shipment,
      context: row.context,
      trackingPageUrl: trackingPage,
      unsubscribeUrl: unsubscribe,
    });
  }

  function render(r: OutboxRow, l: Locale, variables: ReturnType<typeof composeFor>) {
    const channel = r.channel as "email" | "sms" | "whatsapp";
    const custom = env.templates.get(templateKey(shop.id, r.milestone, channel, l));
    const brand = {
      accentColor: settings.brandAccentColor ?? undefined,
      logoUrl: settings.brandLogoUrl ?? undefined,
    };
    if (custom) {
      try {
        return renderMessage({
          milestone: r.milestone,
          channel,
          locale: l,
          variables,
          brand,
          template: { subject: custom.subject ?? undefined, body: custom.body },
        });
      } catch {
        // A template that validated cannot fail on complete variables; if one does, the default still goes.
      }
    }
    return renderMessage({ milestone: r.milestone, channel, locale: l, variables, brand });
  }
}

function skip(why: Reason, fallback = true): Decision {
  return { kind: "skip", reason: why, fallback };
}
