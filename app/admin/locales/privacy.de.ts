import type { privacyEn } from "./privacy.en";

/** Die Texte der Datenschutzseite, Schlüssel für Schlüssel wie privacy.en.ts. */
export const privacyDe: typeof privacyEn = {
  title: "Datenschutzanfragen",
  empty: {
    heading: "Keine Anfragen zu Kundendaten",
    body: "Wenn ein Kunde seine Daten anfordert, informiert Shopify Parcelwise und der Export erscheint hier.",
  },
  customer: "Kunde {id}",
  unknownCustomer: "unbekannt",
  requested: "Angefordert am {date}",
  compiling: "wird zusammengestellt",
};
