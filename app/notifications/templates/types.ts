import type { Milestone } from "../milestones";
import type { ShipmentStatus } from "~/shipments/status";

/**
 * A message template as a merchant edits it: Liquid source rendered against `MessageVariables`.
 * `subject` is used by email only.
 */
export interface MessageTemplate {
  subject?: string;
  body: string;
}

/** An email template always has a subject. */
export interface EmailTemplate {
  subject: string;
  body: string;
}

/** Words the email layout prints around the merchant's text, in one language. */
export interface LayoutStrings {
  /** Label of the button (and of the plain-text line) that opens the tracking page. */
  trackButton: string;
  order: string;
  items: string;
  carrier: string;
  trackingNumber: string;
  estimatedDelivery: string;
  /** "You receive this email because you ordered from {shop}." — `{shop}` is replaced by the shop's name. */
  footer: string;
  unsubscribe: string;
  /** What follows a label in plain text: ": " in most languages, " : " in French. */
  colon: string;
}

/** Everything one language ships with: the default copy, the layout's words and the status names. */
export interface LocaleDefaults {
  email: Record<Milestone, EmailTemplate>;
  /** One short body per milestone, used for both SMS and WhatsApp. */
  short: Record<Milestone, string>;
  layout: LayoutStrings;
  /** Shopper-facing name of each shipment status, for `shipment.status`. */
  status: Record<ShipmentStatus, string>;
}

/** The merchant's branding for the email layout; anything invalid is ignored, never rendered. */
export interface Brand {
  /** `#rgb` or `#rrggbb`. */
  accentColor?: string;
  /** Must be an https URL. */
  logoUrl?: string;
}
