import { conversationsDe } from "./conversations.de";
import { dashboardDe } from "./dashboard.de";
import { exceptionsDe } from "./exceptions.de";
import { notificationsDe } from "./notifications.de";
import { privacyDe } from "./privacy.de";
import { shipmentsDe } from "./shipments.de";
import { storefrontDe } from "./storefront.de";
import type { AdminMessages } from "./en";

export const de: AdminMessages = {
  nav: {
    home: "Übersicht",
    shipments: "Sendungen",
    exceptions: "Probleme",
    notifications: "Benachrichtigungen",
    storefront: "Sendungsverfolgung & Chat",
    conversations: "Unterhaltungen",
    privacy: "Datenschutzanfragen",
  },
  /** Shipment statuses (app/shipments/status.ts), as every admin page names them. */
  status: {
    PENDING: "Etikett erstellt",
    IN_TRANSIT: "Unterwegs",
    DELAYED: "Verspätet",
    OUT_FOR_DELIVERY: "In Zustellung",
    ATTEMPTED_DELIVERY: "Zustellversuch",
    READY_FOR_PICKUP: "Zur Abholung bereit",
    EXCEPTION: "Problem",
    DELIVERED: "Zugestellt",
    CANCELLED: "Storniert",
  },
  common: {
    save: "Speichern",
    cancel: "Abbrechen",
    saved: "Gespeichert",
    loading: "Wird geladen …",
    none: "—",
    next: "Weiter",
    previous: "Zurück",
    search: "Suchen",
    clear: "Zurücksetzen",
    error: "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.",
  },
  dashboard: dashboardDe,
  shipments: shipmentsDe,
  exceptions: exceptionsDe,
  storefront: storefrontDe,
  conversations: conversationsDe,
  privacy: privacyDe,
  notifications: notificationsDe,
};
