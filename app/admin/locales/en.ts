import { conversationsEn } from "./conversations.en";
import { dashboardEn } from "./dashboard.en";
import { exceptionsEn } from "./exceptions.en";
import { notificationsEn } from "./notifications.en";
import { privacyEn } from "./privacy.en";
import { shipmentsEn } from "./shipments.en";
import { storefrontEn } from "./storefront.en";

/**
 * The embedded admin's copy in English: the reference every other admin language follows key for key
 * (tests/unit/admin-i18n.test.ts). {placeholders} are filled by `t`. Pages add their own sections.
 */
export const en = {
  nav: {
    home: "Home",
    shipments: "Shipments",
    exceptions: "Exceptions",
    notifications: "Notifications",
    storefront: "Tracking page & chat",
    conversations: "Conversations",
    privacy: "Privacy requests",
  },
  /** Shipment statuses (app/shipments/status.ts), as every admin page names them. */
  status: {
    PENDING: "Label created",
    IN_TRANSIT: "In transit",
    DELAYED: "Delayed",
    OUT_FOR_DELIVERY: "Out for delivery",
    ATTEMPTED_DELIVERY: "Delivery attempted",
    READY_FOR_PICKUP: "Ready for pickup",
    EXCEPTION: "Exception",
    DELIVERED: "Delivered",
    CANCELLED: "Cancelled",
  },
  /** Why a message was skipped or held, as the outbox records it (app/admin/notifications/reasons.ts). */
  reasons: {
    uninstalled: "The app was uninstalled",
    orderMissing: "The order never arrived from Shopify",
    waitingForOrder: "Waiting for the order from Shopify",
    erased: "The customer's data was erased on request",
    klaviyoNotConnected: "Klaviyo is not connected",
    noContact: "The order has no email address or phone number",
    noEmail: "The order has no email address",
    noMobile: "The order has no valid mobile number",
    unsubscribed: "The customer unsubscribed",
    channelNotSetUp: "{channel} is not set up",
    quietHours: "Held for quiet hours ({zone})",
    frequencyCap: "Frequency cap: {count} messages for this shipment in 24 hours",
    shipmentGone: "The shipment no longer exists",
    cancelled: "The shipment was cancelled",
    deliveredSince: "The parcel has been delivered since",
    movedOn: "The parcel moved on (now {status})",
    noLongerLate: "The parcel is no longer late",
    movedAgain: "The parcel moved again",
    estimateChanged: "The estimate changed again",
  },
  common: {
    save: "Save",
    cancel: "Cancel",
    saved: "Saved",
    loading: "Loading…",
    none: "—",
    next: "Next",
    previous: "Previous",
    search: "Search",
    clear: "Clear",
    error: "Something went wrong. Please try again.",
  },
  dashboard: dashboardEn,
  shipments: shipmentsEn,
  exceptions: exceptionsEn,
  storefront: storefrontEn,
  conversations: conversationsEn,
  privacy: privacyEn,
  notifications: notificationsEn,
};

export type AdminMessages = typeof en;
