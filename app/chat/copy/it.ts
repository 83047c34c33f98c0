import type { ChatCopy } from "./en";

/**
 * Italian, informal "tu" as Italian online shops write; phrased to avoid gendered agreement. Dates
 * arrive as "martedì 3 marzo" and read without an article ("arriva martedì 3 marzo"). {carrier} is a
 * carrier's name or "il corriere", so it never follows "di", "da" or "a" (which would contract).
 */
export const it: ChatCopy = {
  greeting: "Ciao! Posso dirti dove si trova il tuo ordine e quando arriverà. Cosa vorresti sapere?",
  askVerify:
    "Posso controllare io. Qual è il numero dell’ordine e l’indirizzo email o il numero di telefono che hai usato per ordinare?",
  verifyFailed:
    "Non ho trovato nessun ordine con quel numero e quell’indirizzo email o numero di telefono. Controlla entrambi e riprova.",
  rateLimited: "Sono stati tanti tentativi in poco tempo. Aspetta un minuto e riprova.",
  chooseOrder: "Di quale ordine si tratta?",
  orderLabel: "Ordine {order}",

  notShipped:
    "Il tuo ordine {order} non è ancora stato spedito. È stato effettuato {date} e di solito gli ordini vengono spediti entro {days} giorni.",
  notShippedLate:
    "Il tuo ordine {order} non è ancora stato spedito. È stato effettuato {date}, quindi ci sta mettendo più del solito: ho chiesto al team di controllare.",
  cancelled: "Il tuo ordine {order} è stato annullato.",
  splitOrder: "Il tuo ordine {order} è stato spedito in {count} pacchi.",
  parcelOf: "Pacco {index}:",

  status: {
    PENDING:
      "L’etichetta di spedizione è stata creata {date}; il pacco aspetta che {carrier} passi a ritirarlo.",
    IN_TRANSIT: "Il tuo pacco è in viaggio con {carrier}.",
    DELAYED: "Il tuo pacco è in viaggio con {carrier}, ma è in ritardo.",
    OUT_FOR_DELIVERY: "Il tuo pacco è in consegna oggi con {carrier}.",
    ATTEMPTED_DELIVERY:
      "Purtroppo {carrier} ha tentato di consegnare il tuo pacco senza successo. Di solito riprova il giorno lavorativo successivo oppure lascia un avviso che indica dove ritirarlo.",
    READY_FOR_PICKUP: "Il tuo pacco ti aspetta al punto di ritiro.",
    EXCEPTION: "Purtroppo {carrier} ha segnalato un problema con il tuo pacco.",
    DELIVERED: "Il tuo pacco è stato consegnato {date}.",
    CANCELLED: "Questa spedizione è stata annullata.",
  },
  theCarrier: "il corriere",
  eta: "Dovrebbe arrivare {date}.",
  etaRange: "Dovrebbe arrivare tra {from} e {to}.",
  lateCarrier: "Ci scusiamo per l’attesa: il corriere ha segnalato un ritardo.",
  lateEstimate: "Ci scusiamo per l’attesa: la consegna era prevista entro {date}.",
  lateNewEta: "Ora dovrebbe arrivare {date}.",
  lateNewEtaRange: "Ora dovrebbe arrivare tra {from} e {to}.",
  lastUpdate: "Ultimo aggiornamento: {update} ({date}).",
  trackingNumber: "Numero di tracciamento: {number}.",

  labelNotPickedUp:
    "L’etichetta è stata creata {days} giorni fa, ma {carrier} non ha ancora scansionato il pacco. Di solito significa che è ancora in magazzino in attesa del ritiro, quindi ho chiesto al team di verificare con il corriere.",
  stalled:
    "Non ci sono aggiornamenti di tracciamento da {date}. A volte tra una scansione e l’altra passa un po’ di tempo, ma questa volta è più del solito, quindi ho chiesto al team di verificare con {carrier}.",
  notReceived:
    "Mi dispiace che il pacco non sia arrivato. Secondo {carrier} è stato consegnato {date}. Controlla vicino alla porta e negli eventuali posti in cui potrebbe essere stato lasciato, nella cassetta della posta o nel locker, e chiedi ai vicini e a chiunque altro abiti a quell’indirizzo: a volte i corrieri segnano un pacco come consegnato poco prima che arrivi davvero.",
  notReceivedNotDelivered: "Secondo il tracciamento non è ancora stato consegnato.",

  changeAddressPossible:
    "Il tuo ordine {order} non è ancora stato spedito, quindi l’indirizzo si può ancora cambiare. Ho inoltrato la tua richiesta al team, che ti darà conferma via email.",
  changeAddressShipped:
    "Il tuo ordine {order} è già stato spedito, quindi non possiamo più cambiare l’indirizzo. Potresti riuscire a reindirizzare il pacco con {carrier} usando il numero di tracciamento. Ho avvisato anche il team.",
  cancelPossible:
    "Il tuo ordine {order} non è ancora stato spedito, quindi si può ancora annullare. Ho inoltrato la tua richiesta al team, che ti darà conferma via email.",
  cancelShipped:
    "Il tuo ordine {order} è già stato spedito, quindi non è più possibile annullarlo. Quando arriverà, potrai restituirlo. Ho informato il team della tua richiesta.",
  alreadyCancelled: "Il tuo ordine {order} è già stato annullato.",

  refundPolicy: "Qui trovi la nostra politica su resi e rimborsi: {url}",
  refundPolicySummary: "In breve: {summary}",
  refundNext: "Se vuoi avviare un reso, il team può aiutarti: basta chiedere di parlare con una persona.",

  handoff:
    "Ho passato la nostra conversazione al team. Ti risponderanno via email, di solito entro {hours} ore.",
  handoffTime: "Ti risponderanno via email, di solito entro {hours} ore.",
  handoffNeedsEmail:
    "Passo la richiesta al team. A quale indirizzo email devono risponderti? (Se hai il numero d’ordine, aggiungi anche quello.)",
  handoffDone:
    "Il team ha già la nostra conversazione e ti risponderà via email, di solito entro {hours} ore.",
  other:
    "Posso aiutarti soprattutto con domande sul tuo ordine: dove si trova, quando arriverà, modifiche, annullamenti e resi. Cosa vorresti sapere?",
  tooLong: "Questo messaggio è un po’ troppo lungo per me. Puoi riassumerlo in poche frasi?",
  empty: "Scrivi la tua domanda.",

  quick: {
    orderStatus: "Dov’è il mio ordine?",
    human: "Parla con una persona",
    returns: "Resi e rimborsi",
  },
};
