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
