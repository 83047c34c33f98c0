import type { exceptionsEn } from "./exceptions.en";

/** Die Texte des Posteingangs für Probleme, Schlüssel für Schlüssel wie exceptions.en.ts. */
export const exceptionsDe: typeof exceptionsEn = {
  title: "Probleme",
  subtitle:
    "Verspätete und festhängende Sendungen, die am längsten wartenden zuerst. Erledigte Sendungen verschwinden aus der Liste.",
  kind: {
    exception: "Rücksendung oder Problem",
    attempted: "Zustellversuch gescheitert",
    notPickedUp: "Nicht abgeholt",
    late: "Verspätet",
    stalled: "Keine Sendungsverfolgung",
  },
  tab: "{kind} ({count})",
  resourceSingular: "Problem",
  resourcePlural: "Probleme",
  pagination: "Seite der Probleme",
  columns: {
    order: "Bestellung",
    customer: "Kunde",
    carrier: "Versanddienstleister",
    problem: "Problem",
    lastEvent: "Letzter Scan",
    destination: "Ziel",
    actions: "Aktionen",
  },
  since: "Seit {date}",
  noEvent: "Noch kein Scan",
  moreTracking: "+{count} weitere",
  empty: {
    heading: "Hier ist nichts zu tun",
    body: "Keine offenen Probleme dieser Art. Sendungen erscheinen hier, wenn der Versanddienstleister ein Problem meldet oder ein Paket sich verspätet oder keine Updates mehr bekommt.",
  },
  actions: {
    estimate: "Neuer Liefertermin",
    carrier: "Versanddienstleister kontaktieren",
    resolve: "Erledigen",
  },
  estimate: {
    title: "Neuer Liefertermin für {order}",
    help: "Der Termin wird an der Sendung gespeichert, der Kunde erhält Ihre Nachricht „Neuer Liefertermin“, und das Problem wird als erledigt markiert.",
    current: "Bisheriger Termin: {date}",
    noCurrent: "Noch kein Termin.",
    date: "Liefertermin",
    earliest: "Frühester Liefertermin",
    latest: "Spätester Liefertermin",
    useRange: "Zeitraum angeben",
    dateHelp: "Zwischen heute und in {days} Tagen, in der Zeitzone Ihres Shops.",
    channels: "Versand über: {channels}",
    noRule:
      "Ihre Benachrichtigungseinstellungen senden nichts bei einem neuen Liefertermin, der Kunde erhält also keine Nachricht. Der Termin wird trotzdem gespeichert.",
    settings: "Benachrichtigungseinstellungen",
    submit: "Speichern und Kunden benachrichtigen",
    submitSilent: "Termin speichern",
  },
  carrier: {
    title: "{carrier} kontaktieren",
    genericTitle: "Versanddienstleister kontaktieren",
    steps: "So gehen Sie vor",
    trackingNumber: "Sendungsnummer",
    copy: "Kopieren",
    copied: "Sendungsnummer kopiert",
    contact: "Kundenservice von {carrier} öffnen",
    claims: "Nachforschung oder Reklamation bei {carrier}",
    tracking: "Sendungsverfolgung des Versanddienstleisters öffnen",
    noContact:
      "Für diesen Versanddienstleister ist keine Kontaktseite bekannt; seine Sendungsverfolgung verweist meist darauf.",
    close: "Schließen",
  },
  resolve: {
    title: "{order} erledigen",
    resolution: "Was haben Sie getan?",
    choice: {
      RESHIPPED: "Bestellung neu versendet",
      REFUNDED: "Kunden erstattet",
      HANDLED: "Etwas anderes (in der Notiz beschreiben)",
    },
    note: "Notiz",
    noteHelp: "Was Sie getan haben, für Ihr Team. Der Kunde sieht sie nicht.",
    submit: "Als erledigt markieren",
  },
  resolution: {
    RESHIPPED: "Neu versendet",
    REFUNDED: "Erstattet",
    HANDLED: "Erledigt",
    NOTIFIED: "Kunde benachrichtigt",
  },
  toast: {
    notified: "Neuer Liefertermin für {order} gesendet",
    saved: "Neuer Liefertermin für {order} gespeichert; keine Nachricht gesendet",
    resolved: "{order}: {resolution}",
  },
  notSent: {
    title: "Der neue Termin für {order} ist gespeichert, aber es wurde keine Nachricht gesendet",
    ruleOff:
      "Ihre Benachrichtigungseinstellungen senden nichts bei einem neuen Liefertermin. Schalten Sie einen Kanal dafür ein, um Kunden künftig zu informieren.",
    notSending: "Die App sendet für diesen Shop keine Nachrichten.",
    alreadyAnnounced: "Der Kunde kennt diesen Termin bereits, er wurde nicht erneut gesendet.",
  },
  autoNote: {
    notified: "Kunde informiert: neuer Liefertermin {date}",
    ruleOff:
      "Neuer Liefertermin {date} gespeichert; keine Nachricht gesendet (Nachrichten zu neuen Lieferterminen sind in den Benachrichtigungen aus)",
    notSending:
      "Neuer Liefertermin {date} gespeichert; keine Nachricht gesendet (die App sendet für diesen Shop nicht)",
  },
  errors: {
    dateRequired: "Wählen Sie den neuen Liefertermin.",
    dateInvalid: "Geben Sie ein Datum wie 2026-11-30 ein.",
    datePast: "Das Datum liegt in der Vergangenheit.",
    dateTooFar: "Wählen Sie ein Datum innerhalb von {days} Tagen ab heute.",
    latestBeforeEarliest: "Der späteste Termin liegt vor dem frühesten.",
    finished: "Diese Sendung wurde zugestellt oder storniert: Es gibt keinen Termin mehr.",
    changed:
      "Die Sendung hat sich während der Bearbeitung geändert. Laden Sie die Seite neu und versuchen Sie es erneut.",
    resolutionRequired: "Wählen Sie, was Sie getan haben.",
    noteRequired: "Schreiben Sie, was Sie unternommen haben.",
    noteTooLong: "Die Notiz darf höchstens {max} Zeichen lang sein.",
    nothingToHandle: "Diese Sendung hat kein offenes Problem mehr.",
    unknownAction: "Diese Aktion ist nicht verfügbar. Laden Sie die Seite neu und versuchen Sie es erneut.",
  },
};
