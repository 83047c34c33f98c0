import type { ChatCopy } from "./en";

/**
 * German, formal "Sie". {carrier} is either a carrier's name or "der Paketdienst", so it only ever
 * stands where German needs the nominative ("… dass {carrier} es abholt"), never after "mit"/"bei".
 */
export const de: ChatCopy = {
  greeting:
    "Hallo! Ich kann Ihnen sagen, wo Ihre Bestellung gerade ist und wann sie ankommt. Was möchten Sie wissen?",
  askVerify:
    "Das sehe ich gern für Sie nach. Wie lautet Ihre Bestellnummer, und mit welcher E-Mail-Adresse oder Telefonnummer haben Sie bestellt?",
  verifyFailed:
    "Ich konnte keine Bestellung mit dieser Nummer und dieser E-Mail-Adresse oder Telefonnummer finden. Bitte prüfen Sie beides und versuchen Sie es noch einmal.",
  rateLimited:
    "Das waren viele Versuche in kurzer Zeit. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.",
  chooseOrder: "Welche Bestellung meinen Sie?",
  orderLabel: "Bestellung {order}",

  notShipped:
    "Ihre Bestellung {order} wurde noch nicht versandt. Sie ist am {date} bei uns eingegangen, und Bestellungen werden in der Regel innerhalb von {days} Tagen versandt.",
  notShippedLate:
    "Ihre Bestellung {order} wurde noch nicht versandt. Sie ist am {date} bei uns eingegangen. Das dauert länger als üblich, deshalb habe ich das Team gebeten, nachzusehen.",
  cancelled: "Ihre Bestellung {order} wurde storniert.",
  splitOrder: "Ihre Bestellung {order} wurde in {count} Paketen verschickt.",
  parcelOf: "Paket {index}:",

  status: {
    PENDING:
      "Das Versandetikett wurde am {date} erstellt; das Paket wartet noch darauf, dass {carrier} es abholt.",
    IN_TRANSIT: "Ihr Paket ist unterwegs – {carrier} bringt es zu Ihnen.",
    DELAYED: "Ihr Paket ist unterwegs, {carrier} liefert es aber später als geplant.",
    OUT_FOR_DELIVERY: "Ihr Paket wird heute zugestellt – {carrier} ist schon damit unterwegs.",
    ATTEMPTED_DELIVERY:
      "Leider konnte {carrier} Ihr Paket nicht zustellen. Meist gibt es am nächsten Werktag einen neuen Zustellversuch, oder Sie erhalten eine Benachrichtigung, wo Sie das Paket abholen können.",
    READY_FOR_PICKUP: "Ihr Paket liegt an der Abholstelle für Sie bereit.",
    EXCEPTION: "Leider hat {carrier} ein Problem mit Ihrem Paket gemeldet.",
    DELIVERED: "Ihr Paket wurde am {date} zugestellt.",
    CANCELLED: "Diese Sendung wurde storniert.",
  },
  theCarrier: "der Paketdienst",
  eta: "Es kommt voraussichtlich am {date} an.",
  etaRange: "Es kommt voraussichtlich zwischen {from} und {to} an.",
  lateCarrier: "Entschuldigen Sie die Wartezeit: Der Paketdienst hat eine Verzögerung gemeldet.",
  lateEstimate: "Entschuldigen Sie die Wartezeit: Eigentlich sollte es bis {date} ankommen.",
  lateNewEta: "Jetzt kommt es voraussichtlich am {date} an.",
  lateNewEtaRange: "Jetzt kommt es voraussichtlich zwischen {from} und {to} an.",
  lastUpdate: "Letzte Aktualisierung: {update} ({date}).",
  trackingNumber: "Sendungsnummer: {number}.",

  labelNotPickedUp:
    "Das Versandetikett wurde vor {days} Tagen erstellt, aber {carrier} hat das Paket noch nicht gescannt. Meist heißt das, dass es noch im Lager auf die Abholung wartet. Ich habe das Team deshalb gebeten, beim Paketdienst nachzufragen.",
  stalled:
    "Seit {date} gab es keine neue Meldung in der Sendungsverfolgung. Zwischen zwei Scans ist es manchmal eine Weile still, aber diesmal dauert es länger als üblich. Ich habe das Team deshalb gebeten, der Sache nachzugehen und zu klären, was {carrier} dazu sagt.",
  notReceived:
    "Es tut mir leid, dass Ihr Paket nicht angekommen ist, obwohl {carrier} es am {date} als zugestellt gemeldet hat. Bitte sehen Sie rund um Ihre Haustür und an einem eventuell vereinbarten Ablageort nach, in Ihrem Briefkasten oder Paketkasten, bei Ihren Nachbarn und bei allen anderen, die unter Ihrer Adresse wohnen. Manchmal melden Paketdienste ein Paket schon kurz vor der eigentlichen Zustellung als zugestellt.",
  notReceivedNotDelivered: "Laut Sendungsverfolgung wurde Ihre Bestellung noch nicht zugestellt.",

  changeAddressPossible:
    "Ihre Bestellung {order} wurde noch nicht versandt, die Adresse lässt sich also noch ändern. Ich habe Ihre Anfrage an das Team weitergegeben; Sie erhalten eine Bestätigung per E-Mail.",
  changeAddressShipped:
    "Ihre Bestellung {order} wurde bereits versandt, daher können wir die Adresse leider nicht mehr ändern. Vielleicht können Sie das Paket mit der Sendungsnummer noch umleiten lassen, falls {carrier} das anbietet. Ich habe auch dem Team Bescheid gegeben.",
  cancelPossible:
    "Ihre Bestellung {order} wurde noch nicht versandt, sie kann also noch storniert werden. Ich habe Ihre Anfrage an das Team weitergegeben; Sie erhalten eine Bestätigung per E-Mail.",
  cancelShipped:
    "Ihre Bestellung {order} wurde bereits versandt und kann daher nicht mehr storniert werden. Sobald sie angekommen ist, können Sie sie zurückschicken. Ich habe das Team über Ihre Anfrage informiert.",
  alreadyCancelled: "Ihre Bestellung {order} ist bereits storniert.",

  refundPolicy: "Unsere Rückgabe- und Erstattungsrichtlinie finden Sie hier: {url}",
  refundPolicySummary: "Kurz gesagt: {summary}",
  refundNext:
    "Wenn Sie eine Rücksendung starten möchten, hilft Ihnen das Team gern weiter: Schreiben Sie einfach, dass Sie mit einem Menschen sprechen möchten.",

  handoff:
    "Ich habe unser Gespräch an das Team weitergegeben. Sie erhalten eine Antwort per E-Mail, in der Regel innerhalb von {hours} Stunden.",
  handoffTime: "Sie erhalten eine Antwort per E-Mail, in der Regel innerhalb von {hours} Stunden.",
  handoffNeedsEmail:
    "Ich gebe das an das Team weiter. An welche E-Mail-Adresse soll das Team antworten? (Wenn Sie Ihre Bestellnummer zur Hand haben, geben Sie sie bitte auch an.)",
  handoffDone:
    "Das Team hat unser Gespräch bereits und antwortet Ihnen per E-Mail, in der Regel innerhalb von {hours} Stunden.",
  other:
    "Am besten kann ich Fragen zu Ihrer Bestellung beantworten: wo sie ist, wann sie ankommt, Änderungen, Stornierungen und Rücksendungen. Was möchten Sie wissen?",
  tooLong:
    "Diese Nachricht ist etwas lang für mich. Könnten Sie Ihr Anliegen in ein paar Sätzen zusammenfassen?",
  empty: "Bitte geben Sie Ihre Frage ein.",

  quick: {
    orderStatus: "Wo ist meine Bestellung?",
    human: "Mit einem Menschen sprechen",
    returns: "Rückgabe und Erstattung",
  },
};
