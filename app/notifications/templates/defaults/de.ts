import type { LocaleDefaults } from "../types";

// German letters continue in lower case after "Hallo Anna," — hence "gute Nachrichten", "leider", …
const HELLO =
  "{% if customer.first_name != blank %}Hallo {{ customer.first_name }},{% else %}Guten Tag,{% endif %}";
const BYE = "Viele Grüße\nIhr Team von {{ shop.name }}";
const CARRIER =
  "{% if shipment.carrier != blank %}{{ shipment.carrier }}{% else %}Der Paketdienst{% endif %}";
const CARRIER_START =
  "{% if shipment.carrier != blank %}{{ shipment.carrier }}{% else %}der Paketdienst{% endif %}";
const REASON = "{% if delay_reason != blank %}\nAngegebener Grund: {{ delay_reason }}\n{% endif %}";

/** German, formal "Sie" as German shops write to customers. */
export const de: LocaleDefaults = {
  email: {
    SHIPPED: {
      subject: "Ihre Bestellung {{ order.name }} wurde versandt",
      body: `${HELLO}

gute Nachrichten: Ihre Bestellung {{ order.name }} wurde versandt{% if shipment.carrier != blank %} und ist mit {{ shipment.carrier }} unterwegs{% endif %}.{% if estimated_delivery != blank %} Ihr Paket kommt voraussichtlich am {{ estimated_delivery }} bei Ihnen an.{% endif %}

Auf Ihrer Sendungsverfolgungsseite können Sie jederzeit sehen, wo es gerade ist. Wir sagen Ihnen außerdem Bescheid, sobald es in der Zustellung ist.

${BYE}`,
    },
    IN_TRANSIT: {
      subject: "Ihre Bestellung {{ order.name }} ist unterwegs",
      body: `${HELLO}

Ihre Bestellung {{ order.name }} ist auf dem Weg zu Ihnen: ${CARRIER} hat Ihr Paket übernommen.{% if estimated_delivery != blank %} Es kommt voraussichtlich am {{ estimated_delivery }} bei Ihnen an.{% endif %}

Wir halten Sie auf dem Laufenden. Wo Ihr Paket gerade ist, sehen Sie jederzeit auf Ihrer Sendungsverfolgungsseite.

${BYE}`,
    },
    OUT_FOR_DELIVERY: {
      subject: "Ihre Bestellung {{ order.name }} kommt heute",
      body: `${HELLO}

es ist fast so weit: Ihre Bestellung {{ order.name }} ist{% if shipment.carrier != blank %} bei {{ shipment.carrier }}{% endif %} in der Zustellung und kommt voraussichtlich heute bei Ihnen an.

Sie sind nicht zu Hause? Kein Problem: Der Zusteller hinterlässt in der Regel eine Benachrichtigung oder versucht es erneut.

${BYE}`,
    },
    ATTEMPTED_DELIVERY: {
      subject: "Zustellversuch für Ihre Bestellung {{ order.name }}",
      body: `${HELLO}

${CARRIER_START} hat versucht, Ihre Bestellung {{ order.name }} zuzustellen – leider ohne Erfolg.
${REASON}
Meist wird die Zustellung am nächsten Werktag erneut versucht oder das Paket an einer Abholstelle in Ihrer Nähe hinterlegt. Die aktuellen Details finden Sie auf Ihrer Sendungsverfolgungsseite.

${BYE}`,
    },
    READY_FOR_PICKUP: {
      subject: "Ihre Bestellung {{ order.name }} ist abholbereit",
      body: `${HELLO}

Ihre Bestellung {{ order.name }} ist an Ihrer Abholstelle angekommen und liegt für Sie bereit.

Alle Details finden Sie auf Ihrer Sendungsverfolgungsseite. Je nach Paketdienst benötigen Sie zur Abholung einen Ausweis oder einen Abholcode.

Bitte holen Sie Ihr Paket bald ab: Abholstellen bewahren Sendungen nur begrenzte Zeit auf und schicken sie danach zurück.

${BYE}`,
    },
    DELIVERED: {
      subject: "Ihre Bestellung {{ order.name }} wurde zugestellt",
      body: `${HELLO}

Ihre Bestellung {{ order.name }} wurde zugestellt. Wir wünschen Ihnen viel Freude damit!

Sie finden Ihr Paket nicht? Schauen Sie bitte rund um Ihre Haustür und im Briefkasten nach oder fragen Sie bei Ihren Nachbarn. Taucht es trotzdem nicht auf, {% if shop.email != blank %}schreiben Sie uns an {{ shop.email }}{% else %}melden Sie sich bei uns{% endif %} – wir kümmern uns darum.

${BYE}`,
    },
    EXCEPTION: {
      subject: "Problem bei der Zustellung Ihrer Bestellung {{ order.name }}",
      body: `${HELLO}

${CARRIER_START} hat ein Problem bei der Zustellung Ihrer Bestellung {{ order.name }} gemeldet.
${REASON}
Wir kümmern uns darum und melden uns bei Ihnen, falls wir etwas von Ihnen brauchen.{% if shop.email != blank %} Bei Fragen erreichen Sie uns unter {{ shop.email }}.{% endif %}

${BYE}`,
    },
    DELAYED: {
      subject: "Ihre Bestellung {{ order.name }} verspätet sich",
      body: `${HELLO}

leider dauert die Lieferung Ihrer Bestellung {{ order.name }} länger als geplant.{% if estimated_delivery != blank %} Ihr Paket kommt jetzt voraussichtlich am {{ estimated_delivery }} bei Ihnen an.{% endif %}
${REASON}
Bitte entschuldigen Sie die Verzögerung. Wir behalten Ihre Sendung im Blick und melden uns, sobald sich etwas ändert.

${BYE}`,
    },
    STALLED: {
      subject: "Ein kurzes Update zu Ihrer Bestellung {{ order.name }}",
      body: `${HELLO}

wir möchten Ihnen kurz Bescheid geben: Zu Ihrer Bestellung {{ order.name }} gibt es seit einigen Tagen keine neuen Sendungsinformationen.

Das kommt gelegentlich vor, etwa wenn ein Paket zwischen zwei Paketzentren unterwegs ist oder eine Grenze passiert – meist geht es bald weiter. Wir behalten Ihre Sendung im Blick und melden uns, sobald es Neuigkeiten gibt.

${BYE}`,
    },
    NEW_ESTIMATE: {
      subject: "Neuer Liefertermin für Ihre Bestellung {{ order.name }}",
      body: `${HELLO}

der Liefertermin Ihrer Bestellung {{ order.name }} hat sich geändert{% if estimated_delivery != blank %}: Ihr Paket kommt jetzt voraussichtlich am {{ estimated_delivery }} an{% endif %}.{% if previous_estimated_delivery != blank %} Bisher war die Zustellung für {{ previous_estimated_delivery }} geplant.{% endif %}

Den aktuellen Termin finden Sie jederzeit auf Ihrer Sendungsverfolgungsseite.

${BYE}`,
    },
  },
  short: {
    SHIPPED:
      "{{ shop.name }}: Ihre Bestellung {{ order.name }} wurde versandt! Sendungsverfolgung: {{ tracking_page_url }}",
    IN_TRANSIT:
      "{{ shop.name }}: Ihre Bestellung {{ order.name }} ist unterwegs{% if estimated_delivery != blank %}, Zustellung voraussichtlich am {{ estimated_delivery }}{% endif %}. Sendungsverfolgung: {{ tracking_page_url }}",
    OUT_FOR_DELIVERY:
      "{{ shop.name }}: Ihre Bestellung {{ order.name }} wird heute zugestellt. Sendungsverfolgung: {{ tracking_page_url }}",
    ATTEMPTED_DELIVERY:
      "{{ shop.name }}: Ihre Bestellung {{ order.name }} konnte leider nicht zugestellt werden. So geht es weiter: {{ tracking_page_url }}",
    READY_FOR_PICKUP:
      "{{ shop.name }}: Ihre Bestellung {{ order.name }} liegt zur Abholung bereit. Details: {{ tracking_page_url }}",
    DELIVERED:
      "{{ shop.name }}: Ihre Bestellung {{ order.name }} wurde zugestellt. Viel Freude damit! Details: {{ tracking_page_url }}",
    EXCEPTION:
      "{{ shop.name }}: Bei der Zustellung Ihrer Bestellung {{ order.name }} gibt es ein Problem. Details: {{ tracking_page_url }}",
    DELAYED:
      "{{ shop.name }}: Ihre Bestellung {{ order.name }} verspätet sich{% if estimated_delivery != blank %} und kommt voraussichtlich am {{ estimated_delivery }}{% endif %}. Details: {{ tracking_page_url }}",
    STALLED:
      "{{ shop.name }}: Zu Ihrer Bestellung {{ order.name }} gibt es seit einigen Tagen keine neuen Sendungsdaten. Wir bleiben dran: {{ tracking_page_url }}",
    NEW_ESTIMATE:
      "{{ shop.name }}: Neuer Liefertermin für Ihre Bestellung {{ order.name }}{% if estimated_delivery != blank %}: {{ estimated_delivery }}{% endif %}. Details: {{ tracking_page_url }}",
  },
  layout: {
    trackButton: "Bestellung verfolgen",
    order: "Bestellung",
    items: "Artikel",
    carrier: "Paketdienst",
    trackingNumber: "Sendungsnummer",
    estimatedDelivery: "Voraussichtliche Zustellung",
    footer: "Sie erhalten diese E-Mail, weil Sie bei {shop} bestellt haben.",
    unsubscribe: "Abmelden",
    colon: ": ",
  },
  status: {
    PENDING: "Versandetikett erstellt",
    IN_TRANSIT: "Unterwegs",
    DELAYED: "Verspätet",
    OUT_FOR_DELIVERY: "In Zustellung",
    ATTEMPTED_DELIVERY: "Zustellversuch",
    READY_FOR_PICKUP: "Abholbereit",
    EXCEPTION: "Problem bei der Zustellung",
    DELIVERED: "Zugestellt",
    CANCELLED: "Storniert",
  },
};
