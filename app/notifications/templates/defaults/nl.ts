import type { LocaleDefaults } from "../types";

const HELLO = "{% if customer.first_name != blank %}Hoi {{ customer.first_name }},{% else %}Hoi,{% endif %}";
// Dutch sign-offs go without a comma.
const BYE = "Hartelijke groet\nHet team van {{ shop.name }}";
const CARRIER = "{% if shipment.carrier != blank %}{{ shipment.carrier }}{% else %}De vervoerder{% endif %}";
const CARRIER_MID =
  "{% if shipment.carrier != blank %}{{ shipment.carrier }}{% else %}de vervoerder{% endif %}";
const REASON = "{% if delay_reason != blank %}\nReden volgens de vervoerder: {{ delay_reason }}\n{% endif %}";

/** Dutch, informal "je" as Dutch and Flemish webshops write. */
export const nl: LocaleDefaults = {
  email: {
    SHIPPED: {
      subject: "Je bestelling {{ order.name }} is verzonden",
      body: `${HELLO}

Goed nieuws: je bestelling {{ order.name }} is verzonden{% if shipment.carrier != blank %} met {{ shipment.carrier }}{% endif %}.{% if estimated_delivery != blank %} We verwachten dat je pakket op {{ estimated_delivery }} wordt bezorgd.{% endif %}

Op je trackingpagina kun je altijd zien waar je pakket is, en we laten het je weten zodra de bezorger onderweg is.

${BYE}`,
    },
    IN_TRANSIT: {
      subject: "Je bestelling {{ order.name }} is onderweg",
      body: `${HELLO}

Je bestelling {{ order.name }} is onderweg: ${CARRIER_MID} heeft je pakket opgehaald.{% if estimated_delivery != blank %} We verwachten dat het op {{ estimated_delivery }} wordt bezorgd.{% endif %}

We houden je op de hoogte, en op je trackingpagina zie je altijd waar je pakket nu is.

${BYE}`,
    },
    OUT_FOR_DELIVERY: {
      subject: "Je bestelling {{ order.name }} wordt vandaag bezorgd",
      body: `${HELLO}

Bijna zover! Je bestelling {{ order.name }} is{% if shipment.carrier != blank %} bij {{ shipment.carrier }}{% endif %} onderweg naar jou en wordt vandaag bezorgd.

Niet thuis? Geen zorgen: de bezorger probeert het meestal bij de buren of laat een kaartje achter.

${BYE}`,
    },
    ATTEMPTED_DELIVERY: {
      subject: "Bezorgpoging voor je bestelling {{ order.name }}",
      body: `${HELLO}

${CARRIER} heeft geprobeerd je bestelling {{ order.name }} te bezorgen, maar dat is helaas niet gelukt.
${REASON}
Meestal volgt de volgende werkdag een nieuwe poging, of wordt je pakket naar een afhaalpunt in de buurt gebracht. Op je trackingpagina vind je de laatste informatie.

${BYE}`,
    },
    READY_FOR_PICKUP: {
      subject: "Je bestelling {{ order.name }} ligt klaar om op te halen",
      body: `${HELLO}

Je bestelling {{ order.name }} is aangekomen bij je afhaalpunt en ligt voor je klaar.

Alle details vind je op je trackingpagina. Afhankelijk van de vervoerder heb je een identiteitsbewijs of een ophaalcode nodig.

Haal je pakket op tijd op: afhaalpunten bewaren pakketten maar een beperkte tijd en sturen ze daarna terug.

${BYE}`,
    },
    DELIVERED: {
      subject: "Je bestelling {{ order.name }} is bezorgd",
      body: `${HELLO}

Je bestelling {{ order.name }} is bezorgd. Veel plezier ermee!

Kun je je pakket niet vinden? Kijk even rond je voordeur en in je brievenbus, of vraag het je buren. Is het er nog steeds niet, {% if shop.email != blank %}mail ons dan op {{ shop.email }}{% else %}neem dan contact met ons op{% endif %}, dan lossen we het op.

${BYE}`,
    },
    EXCEPTION: {
      subject: "Probleem met de bezorging van je bestelling {{ order.name }}",
      body: `${HELLO}

${CARRIER} heeft een probleem gemeld met de bezorging van je bestelling {{ order.name }}.
${REASON}
We zoeken het voor je uit en nemen contact met je op als we iets van je nodig hebben.{% if shop.email != blank %} Vragen? Mail ons op {{ shop.email }}.{% endif %}

${BYE}`,
    },
    DELAYED: {
      subject: "Je bestelling {{ order.name }} heeft vertraging",
      body: `${HELLO}

Helaas duurt de bezorging van je bestelling {{ order.name }} langer dan verwacht.{% if estimated_delivery != blank %} We verwachten je pakket nu op {{ estimated_delivery }}.{% endif %}
${REASON}
Sorry voor het wachten. We houden je zending in de gaten en laten het je weten zodra er nieuws is.

${BYE}`,
    },
    STALLED: {
      subject: "Update over je bestelling {{ order.name }}",
      body: `${HELLO}

Even een update: de tracking van je bestelling {{ order.name }} is al een paar dagen niet bijgewerkt.

Dat kan gebeuren als een pakket tussen twee sorteercentra onderweg is of een grens oversteekt, en meestal komt het snel weer in beweging. We houden het in de gaten en laten het je weten zodra er nieuws is.

${BYE}`,
    },
    NEW_ESTIMATE: {
      subject: "Nieuwe bezorgdatum voor je bestelling {{ order.name }}",
      body: `${HELLO}

De bezorgdatum van je bestelling {{ order.name }} is gewijzigd{% if estimated_delivery != blank %}: we verwachten je pakket nu op {{ estimated_delivery }}{% endif %}.{% if previous_estimated_delivery != blank %} Eerder was dat {{ previous_estimated_delivery }}.{% endif %}

Op je trackingpagina vind je altijd de meest actuele datum.

${BYE}`,
    },
  },
  short: {
    SHIPPED:
      "{{ shop.name }}: je bestelling {{ order.name }} is verzonden! Volg je pakket: {{ tracking_page_url }}",
    IN_TRANSIT:
      "{{ shop.name }}: je bestelling {{ order.name }} is onderweg{% if estimated_delivery != blank %}, verwacht op {{ estimated_delivery }}{% endif %}. Volg je pakket: {{ tracking_page_url }}",
    OUT_FOR_DELIVERY:
      "{{ shop.name }}: je bestelling {{ order.name }} wordt vandaag bezorgd. Volg je pakket: {{ tracking_page_url }}",
    ATTEMPTED_DELIVERY:
      "{{ shop.name }}: het is niet gelukt je bestelling {{ order.name }} te bezorgen. Meer info: {{ tracking_page_url }}",
    READY_FOR_PICKUP:
      "{{ shop.name }}: je bestelling {{ order.name }} ligt klaar bij je afhaalpunt. Details: {{ tracking_page_url }}",
    DELIVERED:
      "{{ shop.name }}: je bestelling {{ order.name }} is bezorgd. Veel plezier ermee! Details: {{ tracking_page_url }}",
    EXCEPTION:
      "{{ shop.name }}: er is een probleem met de bezorging van je bestelling {{ order.name }}. Details: {{ tracking_page_url }}",
    DELAYED:
      "{{ shop.name }}: je bestelling {{ order.name }} heeft vertraging{% if estimated_delivery != blank %}, nu verwacht op {{ estimated_delivery }}{% endif %}. Volg je pakket: {{ tracking_page_url }}",
    STALLED:
      "{{ shop.name }}: al een paar dagen geen tracking-update voor je bestelling {{ order.name }}. We houden het in de gaten: {{ tracking_page_url }}",
    NEW_ESTIMATE:
      "{{ shop.name }}: nieuwe bezorgdatum voor je bestelling {{ order.name }}{% if estimated_delivery != blank %}: {{ estimated_delivery }}{% endif %}. Volg je pakket: {{ tracking_page_url }}",
  },
  layout: {
    trackButton: "Volg je bestelling",
    order: "Bestelling",
    items: "Artikelen",
    carrier: "Vervoerder",
    trackingNumber: "Trackingnummer",
    estimatedDelivery: "Verwachte bezorging",
    footer: "Je ontvangt deze e-mail omdat je bij {shop} hebt besteld.",
    unsubscribe: "Afmelden",
    colon: ": ",
  },
  status: {
    PENDING: "Verzendlabel aangemaakt",
    IN_TRANSIT: "Onderweg",
    DELAYED: "Vertraagd",
    OUT_FOR_DELIVERY: "Wordt vandaag bezorgd",
    ATTEMPTED_DELIVERY: "Bezorgpoging",
    READY_FOR_PICKUP: "Ligt klaar bij afhaalpunt",
    EXCEPTION: "Probleem met bezorging",
    DELIVERED: "Bezorgd",
    CANCELLED: "Geannuleerd",
  },
};
