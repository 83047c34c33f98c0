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
  /** Why a message was skipped or held, as the outbox records it (app/admin/notifications/reasons.ts). */
  reasons: {
    uninstalled: "Die App wurde deinstalliert",
    orderMissing: "Die Bestellung ist nie von Shopify angekommen",
    waitingForOrder: "Wartet auf die Bestellung von Shopify",
    erased: "Die Daten des Kunden wurden auf Anfrage gelöscht",
    klaviyoNotConnected: "Klaviyo ist nicht verbunden",
    noContact: "Die Bestellung hat weder E-Mail-Adresse noch Telefonnummer",
    noEmail: "Die Bestellung hat keine E-Mail-Adresse",
    noMobile: "Die Bestellung hat keine gültige Mobilnummer",
    unsubscribed: "Der Kunde hat sich abgemeldet",
    channelNotSetUp: "{channel} ist nicht eingerichtet",
    quietHours: "Wegen Ruhezeiten zurückgehalten ({zone})",
    frequencyCap: "Obergrenze: {count} Nachrichten für diese Sendung in 24 Stunden",
    shipmentGone: "Die Sendung existiert nicht mehr",
    cancelled: "Die Sendung wurde storniert",
    deliveredSince: "Das Paket wurde inzwischen zugestellt",
    movedOn: "Das Paket ist weiter (jetzt {status})",
    noLongerLate: "Das Paket ist nicht mehr verspätet",
    movedAgain: "Das Paket bewegt sich wieder",
    estimateChanged: "Der Liefertermin hat sich erneut geändert",
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
