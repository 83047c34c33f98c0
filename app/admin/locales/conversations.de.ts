import type { conversationsEn } from "./conversations.en";

/** Die Texte der Chat-Seite, Schlüssel für Schlüssel wie conversations.en.ts. */
export const conversationsDe: typeof conversationsEn = {
  title: "Chat-Unterhaltungen",
  tabs: {
    escalated: "An Sie übergeben",
    recent: "Neueste",
  },
  figures: {
    conversations: "Unterhaltungen (30 Tage)",
    deflected: "Ohne Mitarbeiter beantwortet",
    escalated: "An Sie übergeben",
    orderStatus: "Fragen „Wo ist meine Bestellung?“",
  },
  empty: {
    heading: "Noch keine Unterhaltungen",
    body: "Chats, die der Assistent an Ihr Team übergibt, erscheinen hier – mit Verlauf und Bestellung.",
  },
  order: "Bestellung {name}",
  noOrder: "Keine Bestellung bestätigt",
  handoffEmail: {
    sent: "Per E-Mail an Sie gesendet",
    failed: "E-Mail nicht zugestellt",
    queued: "E-Mail in Warteschlange",
  },
  reasons: {
    human: "Der Kunde hat nach einem Mitarbeiter gefragt",
    repeated_other: "Der Assistent konnte nicht antworten",
    not_received: "Als zugestellt markiert, aber beim Kunden nicht angekommen",
    stalled: "Paket steckt unterwegs fest",
    label_not_picked_up: "Etikett erstellt, Paket vom Versanddienstleister nie abgeholt",
    not_shipped_late: "Bestellung noch nicht versandt, später als üblich",
    change_address: "Änderung der Lieferadresse angefragt",
    cancel_order: "Stornierung angefragt",
  },
  roles: {
    shopper: "Kunde",
    assistant: "Assistent",
  },
};
