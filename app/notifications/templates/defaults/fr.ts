import type { LocaleDefaults } from "../types";

const HELLO =
  "{% if customer.first_name != blank %}Bonjour {{ customer.first_name }},{% else %}Bonjour,{% endif %}";
const BYE = "À bientôt,\nL’équipe {{ shop.name }}";
const CARRIER =
  "{% if shipment.carrier != blank %}{{ shipment.carrier }}{% else %}Le transporteur{% endif %}";
const CARRIER_MID =
  "{% if shipment.carrier != blank %}{{ shipment.carrier }}{% else %}le transporteur{% endif %}";
const REASON =
  "{% if delay_reason != blank %}\nMotif indiqué par le transporteur : {{ delay_reason }}\n{% endif %}";

/**
 * French, "vous". Spaces before « : », « ! » and « ? » as French typography wants; an ordinary space,
 * because email clients and SMS gateways handle non-breaking ones inconsistently.
 */
export const fr: LocaleDefaults = {
  email: {
    SHIPPED: {
      subject: "Votre commande {{ order.name }} a été expédiée",
      body: `${HELLO}

Bonne nouvelle : votre commande {{ order.name }} a été expédiée{% if shipment.carrier != blank %} avec {{ shipment.carrier }}{% endif %}.{% if estimated_delivery != blank %} La livraison est prévue le {{ estimated_delivery }}.{% endif %}

Vous pouvez suivre son trajet à tout moment sur votre page de suivi, et nous vous préviendrons dès qu’elle sera en cours de livraison.

${BYE}`,
    },
    IN_TRANSIT: {
      subject: "Votre commande {{ order.name }} est en route",
      body: `${HELLO}

Votre commande {{ order.name }} est en route : ${CARRIER_MID} a pris en charge votre colis.{% if estimated_delivery != blank %} La livraison est prévue le {{ estimated_delivery }}.{% endif %}

Nous vous tiendrons au courant à chaque étape, et votre page de suivi vous indique à tout moment où se trouve votre colis.

${BYE}`,
    },
    OUT_FOR_DELIVERY: {
      subject: "Votre commande {{ order.name }} est en cours de livraison",
      body: `${HELLO}

C’est presque le moment ! Votre commande {{ order.name }} est en cours de livraison{% if shipment.carrier != blank %} avec {{ shipment.carrier }}{% endif %} et devrait arriver aujourd’hui.

Vous ne serez pas chez vous ? Pas d’inquiétude : le livreur laisse généralement un avis de passage ou repasse plus tard.

${BYE}`,
    },
    ATTEMPTED_DELIVERY: {
      subject: "Tentative de livraison pour votre commande {{ order.name }}",
      body: `${HELLO}

${CARRIER} a tenté de livrer votre commande {{ order.name }}, mais la livraison n’a pas pu aboutir.
${REASON}
La plupart des transporteurs font une nouvelle tentative le jour ouvré suivant ou déposent le colis dans un point relais proche de chez vous. Retrouvez les dernières informations sur votre page de suivi.

${BYE}`,
    },
    READY_FOR_PICKUP: {
      subject: "Votre commande {{ order.name }} est disponible en point de retrait",
      body: `${HELLO}

Votre commande {{ order.name }} est arrivée à votre point de retrait et vous y attend.

Vous trouverez tous les détails sur votre page de suivi. Selon le transporteur, une pièce d’identité ou un code de retrait pourra vous être demandé.

Pensez à la récupérer rapidement : les colis ne sont conservés que pendant une durée limitée avant d’être renvoyés.

${BYE}`,
    },
    DELIVERED: {
      subject: "Votre commande {{ order.name }} a été livrée",
      body: `${HELLO}

Votre commande {{ order.name }} a été livrée. Nous espérons qu’elle vous plaira !

Vous ne trouvez pas votre colis ? Jetez un œil autour de votre porte et dans votre boîte aux lettres, ou demandez à vos voisins. S’il reste introuvable, {% if shop.email != blank %}écrivez-nous à {{ shop.email }}{% else %}contactez-nous{% endif %} et nous trouverons une solution.

${BYE}`,
    },
    EXCEPTION: {
      subject: "Problème de livraison pour votre commande {{ order.name }}",
      body: `${HELLO}

${CARRIER} a signalé un problème lors de la livraison de votre commande {{ order.name }}.
${REASON}
Nous nous en occupons et reviendrons vers vous si nous avons besoin de quoi que ce soit.{% if shop.email != blank %} Pour toute question, écrivez-nous à {{ shop.email }}.{% endif %}

${BYE}`,
    },
    DELAYED: {
      subject: "Votre commande {{ order.name }} a du retard",
      body: `${HELLO}

Malheureusement, la livraison de votre commande {{ order.name }} prend plus de temps que prévu.{% if estimated_delivery != blank %} Elle est désormais prévue le {{ estimated_delivery }}.{% endif %}
${REASON}
Toutes nos excuses pour ce contretemps. Nous suivons votre colis de près et vous préviendrons dès qu’il y aura du nouveau.

${BYE}`,
    },
    STALLED: {
      subject: "Le point sur votre commande {{ order.name }}",
      body: `${HELLO}

Nous tenions à vous informer que le suivi de votre commande {{ order.name }} n’a pas été mis à jour depuis quelques jours.

Cela peut arriver lorsqu’un colis transite entre deux centres de tri ou passe une frontière, et tout rentre généralement vite dans l’ordre. Nous gardons un œil dessus et vous tiendrons au courant dès qu’il y aura du nouveau.

${BYE}`,
    },
    NEW_ESTIMATE: {
      subject: "Nouvelle date de livraison pour votre commande {{ order.name }}",
      body: `${HELLO}

La date de livraison de votre commande {{ order.name }} a changé{% if estimated_delivery != blank %} : votre colis devrait désormais arriver le {{ estimated_delivery }}{% endif %}.{% if previous_estimated_delivery != blank %} La date annoncée précédemment était le {{ previous_estimated_delivery }}.{% endif %}

Vous trouverez toujours la date la plus récente sur votre page de suivi.

${BYE}`,
    },
  },
  // SMS: ASCII apostrophes, because ’ is not in the GSM alphabet and would halve the segment length.
  short: {
    SHIPPED:
      "{{ shop.name }} : votre commande {{ order.name }} a été expédiée ! Suivez-la ici : {{ tracking_page_url }}",
    IN_TRANSIT:
      "{{ shop.name }} : votre commande {{ order.name }} est en route{% if estimated_delivery != blank %}, livraison prévue le {{ estimated_delivery }}{% endif %}. Suivi : {{ tracking_page_url }}",
    OUT_FOR_DELIVERY:
      "{{ shop.name }} : votre commande {{ order.name }} est en cours de livraison et arrive aujourd'hui. Suivi : {{ tracking_page_url }}",
    ATTEMPTED_DELIVERY:
      "{{ shop.name }} : la livraison de votre commande {{ order.name }} n'a pas pu aboutir. La suite : {{ tracking_page_url }}",
    READY_FOR_PICKUP:
      "{{ shop.name }} : votre commande {{ order.name }} est disponible en point de retrait. Détails : {{ tracking_page_url }}",
    DELIVERED:
      "{{ shop.name }} : votre commande {{ order.name }} a été livrée. Bonne découverte ! Détails : {{ tracking_page_url }}",
    EXCEPTION:
      "{{ shop.name }} : un problème est survenu lors de la livraison de votre commande {{ order.name }}. Détails : {{ tracking_page_url }}",
    DELAYED:
      "{{ shop.name }} : votre commande {{ order.name }} a du retard{% if estimated_delivery != blank %}, livraison désormais prévue le {{ estimated_delivery }}{% endif %}. Suivi : {{ tracking_page_url }}",
    STALLED:
      "{{ shop.name }} : pas de mise à jour du suivi de votre commande {{ order.name }} depuis quelques jours. Nous restons attentifs : {{ tracking_page_url }}",
    NEW_ESTIMATE:
      "{{ shop.name }} : nouvelle date de livraison pour votre commande {{ order.name }}{% if estimated_delivery != blank %} : {{ estimated_delivery }}{% endif %}. Suivi : {{ tracking_page_url }}",
  },
  layout: {
    trackButton: "Suivre ma commande",
    order: "Commande",
    items: "Articles",
    carrier: "Transporteur",
    trackingNumber: "Numéro de suivi",
    estimatedDelivery: "Livraison prévue",
    footer: "Vous recevez cet e-mail car vous avez passé commande chez {shop}.",
    unsubscribe: "Se désabonner",
    colon: " : ",
  },
  status: {
    PENDING: "Étiquette créée",
    IN_TRANSIT: "En transit",
    DELAYED: "En retard",
    OUT_FOR_DELIVERY: "En cours de livraison",
    ATTEMPTED_DELIVERY: "Tentative de livraison",
    READY_FOR_PICKUP: "Disponible en point de retrait",
    EXCEPTION: "Problème de livraison",
    DELIVERED: "Livré",
    CANCELLED: "Annulé",
  },
};
