import type { Channel, Locale, Milestone } from "../milestones";
import type { ShipmentStatus } from "~/shipments/status";
import { DEFAULTS } from "./defaults";

/** How the admin names each milestone (English; the admin itself is English-only for now). */
export const MILESTONE_LABEL: Record<Milestone, string> = {
  SHIPPED: "Shipped",
  IN_TRANSIT: "In transit",
  OUT_FOR_DELIVERY: "Out for delivery",
  ATTEMPTED_DELIVERY: "Delivery attempted",
  READY_FOR_PICKUP: "Ready for pickup",
  DELIVERED: "Delivered",
  EXCEPTION: "Delivery problem",
  DELAYED: "Delayed",
  STALLED: "No tracking updates",
  NEW_ESTIMATE: "New delivery date",
};

/** How the admin names each channel. */
export const CHANNEL_LABEL: Record<Channel, string> = {
  email: "Email",
  sms: "SMS",
  whatsapp: "WhatsApp",
  klaviyo: "Klaviyo",
};

/** English names for languages, for the admin's template language picker. */
export const LOCALE_LABEL: Record<Locale, string> = {
  en: "English",
  de: "German",
  fr: "French",
  es: "Spanish",
  it: "Italian",
  nl: "Dutch",
};

/** A shipment status as the shopper reads it in their language; what the dispatcher puts in `shipment.status`. */
export function statusLabel(status: ShipmentStatus, locale: Locale): string {
  return DEFAULTS[locale].status[status];
}
