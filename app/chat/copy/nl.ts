import type { ChatCopy } from "./en";

/** Dutch, informal "je" as Dutch and Flemish webshops write. {carrier} is a carrier's name or "de vervoerder". */
export const nl: ChatCopy = {
  greeting: "Hoi! Ik kan je vertellen waar je bestelling is en wanneer die aankomt. Wat wil je weten?",
  askVerify:
    "Dat zoek ik graag voor je op. Wat is je bestelnummer, en met welk e-mailadres of telefoonnummer heb je besteld?",
  verifyFailed:
    "Ik kon geen bestelling vinden met dat nummer en dat e-mailadres of telefoonnummer. Controleer ze allebei en probeer het opnieuw.",
  rateLimited: "Dat waren veel pogingen in korte tijd. Wacht even een minuutje en probeer het dan opnieuw.",
  chooseOrder: "Welke bestelling bedoel je?",
  orderLabel: "Bestelling {order}",

  notShipped:
    "Je bestelling {order} is nog niet verzonden. De bestelling is op {date} geplaatst, en bestellingen worden meestal binnen {days} dagen verzonden.",
  notShippedLate:
    "Je bestelling {order} is nog niet verzonden. De bestelling is op {date} geplaatst; dat is langer dan normaal, dus ik heb het team gevraagd om ernaar te kijken.",
  cancelled: "Je bestelling {order} is geannuleerd.",
  splitOrder: "Je bestelling {order} is in {count} pakketten verzonden.",
  parcelOf: "Pakket {index}:",

  status: {
    PENDING: "Het verzendlabel is op {date} aangemaakt; het pakket wacht nog tot {carrier} het ophaalt.",
    IN_TRANSIT: "Je pakket is onderweg met {carrier}.",
    DELAYED: "Je pakket is onderweg met {carrier}, maar heeft vertraging.",
    OUT_FOR_DELIVERY: "Je pakket wordt vandaag bezorgd door {carrier}.",
    ATTEMPTED_DELIVERY:
      "Helaas kon {carrier} je pakket niet bezorgen. Meestal proberen ze het de volgende werkdag opnieuw, of ze laten een briefje achter waarop staat waar je het kunt ophalen.",
    READY_FOR_PICKUP: "Je pakket ligt voor je klaar bij het afhaalpunt.",
    EXCEPTION: "Helaas heeft {carrier} een probleem met je pakket gemeld.",
    DELIVERED: "Je pakket is op {date} bezorgd.",
    CANCELLED: "Deze zending is geannuleerd.",
  },
  theCarrier: "de vervoerder",
  eta: "Het wordt naar verwachting op {date} bezorgd.",
  etaRange: "Het wordt naar verwachting tussen {from} en {to} bezorgd.",
  lateCarrier: "Sorry voor het wachten: de vervoerder heeft een vertraging gemeld.",
  lateEstimate: "Sorry voor het wachten: het werd uiterlijk op {date} verwacht.",
  lateNewEta: "Het wordt nu naar verwachting op {date} bezorgd.",
  lateNewEtaRange: "Het wordt nu naar verwachting tussen {from} en {to} bezorgd.",
  lastUpdate: "Laatste update: {update} ({date}).",
  trackingNumber: "Trackingnummer: {number}.",

  labelNotPickedUp:
    "Het label is {days} dagen geleden aangemaakt, maar {carrier} heeft het pakket nog niet gescand. Dat betekent meestal dat het nog in het magazijn wacht om te worden opgehaald, dus ik heb het team gevraagd om het na te vragen bij de vervoerder.",
  stalled:
    "Sinds {date} is er geen nieuwe trackingupdate geweest. Tussen twee scans is het soms even stil, maar dit duurt langer dan normaal, dus ik heb het team gevraagd om het met {carrier} uit te zoeken.",
  notReceived:
    "Wat vervelend dat je pakket niet is aangekomen. Volgens {carrier} is het op {date} bezorgd. Kijk even rond je deur en op een eventuele veilige plek, in je brievenbus of pakketkluis, bij de buren en bij iedereen die verder op het adres woont; vervoerders melden een pakket soms al als bezorgd kort voordat het echt aankomt.",
  notReceivedNotDelivered: "Volgens de tracking is het nog niet bezorgd.",

  changeAddressPossible:
    "Je bestelling {order} is nog niet verzonden, dus het adres kan nog worden gewijzigd. Ik heb je verzoek doorgegeven aan het team; ze bevestigen het per e-mail.",
  changeAddressShipped:
    "Je bestelling {order} is al verzonden, dus we kunnen het adres niet meer wijzigen. Misschien kun je het pakket met het trackingnummer laten omleiden via {carrier}. Ik heb het team ook op de hoogte gebracht.",
  cancelPossible:
    "Je bestelling {order} is nog niet verzonden, dus die kan nog worden geannuleerd. Ik heb je verzoek doorgegeven aan het team; ze bevestigen het per e-mail.",
  cancelShipped:
    "Je bestelling {order} is al verzonden en kan daarom niet meer worden geannuleerd. Zodra de bestelling binnen is, kun je die retourneren. Ik heb het team over je verzoek geïnformeerd.",
  alreadyCancelled: "Je bestelling {order} is al geannuleerd.",

  refundPolicy: "Ons retour- en terugbetalingsbeleid vind je hier: {url}",
  refundPolicySummary: "Kort gezegd: {summary}",
  refundNext: "Wil je iets retourneren? Het team helpt je graag: vraag gewoon naar een medewerker.",

  handoff: "Ik heb ons gesprek doorgegeven aan het team. Ze reageren per e-mail, meestal binnen {hours} uur.",
  handoffTime: "Ze reageren per e-mail, meestal binnen {hours} uur.",
  handoffNeedsEmail:
    "Ik geef dit door aan het team. Naar welk e-mailadres mogen ze antwoorden? (Heb je je bestelnummer bij de hand? Zet dat er dan ook bij.)",
  handoffDone: "Het team heeft ons gesprek al en reageert per e-mail, meestal binnen {hours} uur.",
  other:
    "Ik help je het best met vragen over je bestelling: waar die is, wanneer die aankomt, wijzigingen, annuleringen en retouren. Wat wil je weten?",
  tooLong: "Dat bericht is een beetje lang voor mij. Kun je het in een paar zinnen zeggen?",
  empty: "Typ je vraag.",

  quick: {
    orderStatus: "Waar is mijn bestelling?",
    human: "Chat met een medewerker",
    returns: "Retourneren en terugbetalen",
  },
};
