import type { StorefrontMessages } from "./storefront.en";

export const storefrontDe: StorefrontMessages = {
  title: "Sendungsverfolgung & Chat",
  subtitle:
    "Bringen Sie die Sendungsverfolgung und den Chat in Ihren Shop und legen Sie fest, was der Chat Kunden sagt",
  checklist: {
    title: "Shop einrichten",
    progress: "{done} von {total} Theme-Schritten erledigt",
    checkAgain: "Erneut prüfen",
    theme: "Beim Öffnen dieser Seite in Ihrem veröffentlichten Theme {name} geprüft.",
    status: {
      done: "Erledigt",
      todo: "Offen",
      off: "Ausgeschaltet",
      unknown: "Nicht prüfbar",
      always: "Immer aktiv",
      manual: "In Shopify prüfen",
      notNeeded: "Nicht nötig",
    },
    problem: {
      missingScope:
        "Parcelwise kann Ihr Theme noch nicht lesen: Dafür fehlt die Berechtigung, Themes zu lesen. Öffnen Sie Parcelwise erneut unter Apps, bestätigen Sie die Aktualisierung und prüfen Sie dann erneut.",
      apiError:
        "Shopify hat beim Prüfen Ihres Themes nicht geantwortet. Versuchen Sie es gleich noch einmal.",
      noTheme: "Ihr Shop hat kein veröffentlichtes Theme, das geprüft werden kann.",
      incomplete:
        "Ihr Theme hat mehr Dateien, als Parcelwise auf einmal liest, daher konnte nicht alles geprüft werden.",
    },
    block: {
      title: "Den Block „Order tracking“ auf einer Seite einfügen",
      body: "Öffnet die Seitenvorlage Ihres veröffentlichten Themes im Theme-Editor, der Block ist zum Einfügen bereit. Speichern Sie und verlinken Sie die Seite im Menü Ihres Shops.",
      action: "Block einfügen",
      placedOn: "Eingefügt in: {files}",
    },
    embed: {
      title: "Chat einschalten",
      body: "Öffnet die App-Einbettungen im Theme-Editor mit dem Parcelwise-Chat. Schalten Sie ihn ein und speichern Sie.",
      off: "Der Chat ist in Ihrem Theme, aber ausgeschaltet.",
      action: "Chat einschalten",
    },
    ownPage: {
      title: "Oder die eigene Sendungsverfolgungsseite von Parcelwise nutzen",
      body: "Immer erreichbar unter {url}, mit Kopf- und Fußzeile Ihres Themes. Verlinken Sie sie im Menü, wenn Sie den Block nicht einfügen.",
      action: "Seite öffnen",
    },
    shopifyEmails: {
      title: "Versandbenachrichtigungen von Shopify ausschalten",
      body: "Parcelwise informiert Ihre Kunden, wenn ihr Paket versandt wird, in Zustellung ist und ankommt. Schalten Sie die Shopify-Benachrichtigungen Versandbestätigung, Versandaktualisierung, In Zustellung und Zugestellt aus, damit Kunden nicht beide erhalten.",
      notNeeded:
        "Die Versandbenachrichtigungen von Parcelwise sind aus, die von Shopify können also an bleiben.",
      action: "Benachrichtigungen öffnen",
    },
  },
  chat: {
    title: "Antworten im Chat",
    description: "Was der Chat Kunden über Bearbeitungszeit, Antwortzeit und Erstattungen sagt.",
    processingDays: "Bearbeitungszeit (Tage)",
    processingDaysHelp:
      "Wie lange eine Bestellung üblicherweise bis zum Versand braucht, für Kunden, deren Bestellung noch nicht versandt ist.",
    replyHours: "Antwortzeit (Stunden)",
    replyHoursHelp: "Wie schnell Ihr Team einen weitergeleiteten Chat üblicherweise beantwortet.",
    refundPolicyUrl: "Link zur Erstattungsrichtlinie",
    refundPolicyUrlHelp: "Leer: die Standardseite Ihres Shops zur Erstattungsrichtlinie.",
    refundPolicySummary: "Erstattungsrichtlinie in ein, zwei Sätzen",
    refundPolicySummaryHelp:
      "Wird mit dem Link genannt, wenn Kunden nach Rücksendungen oder Erstattungen fragen.",
    llm: {
      title: "KI-Antworten (optional)",
      enabled: "Was der Chat nicht versteht, mit einem KI-Modell beantworten",
      help: "Jeder OpenAI-kompatible Chat-Completions-Endpunkt. Er erhält die Nachricht des Kunden und, sobald dieser bestätigt ist, den Status seiner Bestellung.",
      baseUrl: "Endpunkt",
      model: "Modell",
      apiKey: "API-Schlüssel",
      apiKeyStored:
        "Ein Schlüssel ist gespeichert; er wird nie angezeigt. Geben Sie einen neuen ein, um ihn zu ersetzen.",
      apiKeyNone: "Noch kein Schlüssel gespeichert.",
      removeKey: "Gespeicherten Schlüssel entfernen",
      noEncryption:
        "Schlüssel können nicht gespeichert werden: Auf dem Server ist kein ENCRYPTION_KEY gesetzt.",
    },
    save: "Antworten speichern",
    saved: "Antworten im Chat gespeichert",
  },
  branding: {
    title: "Gestaltung der Sendungsverfolgung",
    description:
      "Für die eigene Sendungsverfolgungsseite von Parcelwise. Der Theme-Block hat im Theme-Editor eigene Einstellungen für Farbe und Logo.",
    accentColor: "Akzentfarbe",
    accentColorHelp: "Eine Farbe wie #1c5fa8. Leer: das Blau von Parcelwise.",
    logoUrl: "Logo",
    logoUrlHelp: "Ein https-Link zu einem Bild, zum Beispiel aus Inhalte › Dateien.",
    save: "Gestaltung speichern",
    saved: "Gestaltung gespeichert",
    preview: "Vorschau",
    previewHelp:
      "Die eigene Sendungsverfolgungsseite von Parcelwise mit Ihrer gespeicherten Gestaltung, bevor Kunden suchen.",
    previewTitle: "Vorschau der Sendungsverfolgung",
  },
  errors: {
    processingDays: "Geben Sie eine ganze Zahl von 0 bis 60 Tagen ein.",
    replyHours: "Geben Sie eine ganze Zahl von 1 bis 168 Stunden ein.",
    refundPolicyUrl: "Geben Sie einen Link ein, der mit https:// beginnt.",
    refundPolicySummary: "Höchstens 500 Zeichen.",
    llmBaseUrl: "Geben Sie einen Endpunkt ein, der mit https:// beginnt.",
    llmModel: "Geben Sie einen Modellnamen wie gpt-4o-mini ein.",
    llmApiKey: "Geben Sie den Schlüssel so ein, wie Ihr Anbieter ihn vergeben hat (8 bis 300 Zeichen).",
    noEncryptionKey:
      "Schlüssel können nicht gespeichert werden: Auf dem Server ist kein ENCRYPTION_KEY gesetzt.",
    llmIncomplete: "KI-Antworten brauchen einen Endpunkt, ein Modell und einen API-Schlüssel.",
    brandAccentColor: "Geben Sie eine Farbe wie #1a73e8 ein.",
    brandLogoUrl: "Geben Sie einen Link ein, der mit https:// beginnt.",
    invalid: "Etwas in diesem Formular stimmt nicht. Prüfen Sie es und versuchen Sie es erneut.",
  },
};
