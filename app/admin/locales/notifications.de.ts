import type { notificationsEn } from "./notifications.en";

/** Die Texte der Benachrichtigungsseite, Schlüssel für Schlüssel wie notifications.en.ts. */
export const notificationsDe: typeof notificationsEn = {
  title: "Benachrichtigungen",
  subtitle:
    "Jede Nachricht, die Parcelwise an Ihre Kunden gesendet hat – und warum eine nicht gesendet wurde",
  status: {
    SENT: "Gesendet",
    PENDING: "Wartend",
    FAILED: "Fehlgeschlagen",
    SKIPPED: "Nicht gesendet",
  },
  filter: {
    label: "Anzeigen",
    all: "Alle Nachrichten",
  },
  empty: {
    heading: "Noch keine Benachrichtigungen",
    body: "Nachrichten erscheinen hier, sobald Ihre Bestellungen versandt werden, unterwegs sind und ankommen.",
  },
  resourceSingular: "Benachrichtigung",
  resourcePlural: "Benachrichtigungen",
  columns: {
    order: "Bestellung",
    milestone: "Ereignis",
    channel: "Kanal",
    status: "Status",
    to: "An",
    when: "Zeitpunkt",
    details: "Details",
  },
  nextAttempt: "(als Nächstes Versuch {attempt})",
  milestones: {
    SHIPPED: "Versandt",
    IN_TRANSIT: "Unterwegs",
    OUT_FOR_DELIVERY: "In Zustellung",
    ATTEMPTED_DELIVERY: "Zustellversuch",
    READY_FOR_PICKUP: "Zur Abholung bereit",
    DELIVERED: "Zugestellt",
    EXCEPTION: "Zustellproblem",
    DELAYED: "Verspätet",
    STALLED: "Keine Sendungsupdates",
    NEW_ESTIMATE: "Neues Lieferdatum",
  },
  channels: {
    email: "E-Mail",
    sms: "SMS",
    whatsapp: "WhatsApp",
    klaviyo: "Klaviyo",
  },
  locales: {
    en: "Englisch",
    de: "Deutsch",
    fr: "Französisch",
    es: "Spanisch",
    it: "Italienisch",
    nl: "Niederländisch",
  },
  preview: {
    heading: "Vorschau",
    milestone: "Ereignis",
    channel: "Kanal",
    language: "Sprache",
    emailFrame: "E-Mail-Vorschau",
    sendToEmail: "Test senden an (E-Mail)",
    sendToPhone: "Test senden an (Telefon, +…)",
    send: "Test senden",
    sent: "Testnachricht gesendet.",
  },
};
