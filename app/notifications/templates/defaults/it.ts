import type { LocaleDefaults } from "../types";

// After "Ciao Giulia," an Italian letter continues in lower case: "buone notizie", "purtroppo", …
const HELLO =
  "{% if customer.first_name != blank %}Ciao {{ customer.first_name }},{% else %}Ciao,{% endif %}";
const BYE = "A presto,\nIl team di {{ shop.name }}";
const CARRIER_START =
  "{% if shipment.carrier != blank %}{{ shipment.carrier }}{% else %}il corriere{% endif %}";
const REASON =
  "{% if delay_reason != blank %}\nMotivo indicato dal corriere: {{ delay_reason }}\n{% endif %}";

/** Italian, informal "tu" as Italian online shops write; phrased to avoid gendered agreement. */
export const it: LocaleDefaults = {
  email: {
    SHIPPED: {
      subject: "Il tuo ordine {{ order.name }} è stato spedito",
      body: `${HELLO}

buone notizie: il tuo ordine {{ order.name }} è stato spedito{% if shipment.carrier != blank %} con {{ shipment.carrier }}{% endif %}.{% if estimated_delivery != blank %} La consegna è prevista per {{ estimated_delivery }}.{% endif %}

Puoi seguirne il viaggio in qualsiasi momento sulla tua pagina di tracciamento e ti avviseremo quando sarà in consegna.

${BYE}`,
    },
    IN_TRANSIT: {
      subject: "Il tuo ordine {{ order.name }} è in viaggio",
      body: `${HELLO}

il tuo ordine {{ order.name }} è in viaggio: ${CARRIER_START} ha preso in carico il tuo pacco.{% if estimated_delivery != blank %} La consegna è prevista per {{ estimated_delivery }}.{% endif %}

Ti terremo al corrente di ogni passaggio e sulla tua pagina di tracciamento puoi vedere in qualsiasi momento dove si trova.

${BYE}`,
    },
    OUT_FOR_DELIVERY: {
      subject: "Il tuo ordine {{ order.name }} è in consegna",
      body: `${HELLO}

ci siamo quasi! Il tuo ordine {{ order.name }} è in consegna{% if shipment.carrier != blank %} con {{ shipment.carrier }}{% endif %} e dovrebbe arrivare oggi.

Non sarai a casa? Nessun problema: di solito il corriere lascia un avviso o riprova più tardi.

${BYE}`,
    },
    ATTEMPTED_DELIVERY: {
      subject: "Tentativo di consegna per il tuo ordine {{ order.name }}",
      body: `${HELLO}

${CARRIER_START} ha provato a consegnare il tuo ordine {{ order.name }}, ma senza successo.
${REASON}
Di solito il corriere riprova il giorno lavorativo successivo oppure lascia il pacco in un punto di ritiro vicino. Trovi tutti i dettagli aggiornati sulla tua pagina di tracciamento.

${BYE}`,
    },
    READY_FOR_PICKUP: {
      subject: "Il tuo ordine {{ order.name }} è pronto per il ritiro",
      body: `${HELLO}

il tuo ordine {{ order.name }} è arrivato al punto di ritiro e ti aspetta.

Trovi tutti i dettagli sulla tua pagina di tracciamento. A seconda del corriere, potrebbe servirti un documento d’identità o un codice di ritiro.

Ritiralo presto: i punti di ritiro conservano i pacchi solo per un periodo limitato, poi li rispediscono al mittente.

${BYE}`,
    },
    DELIVERED: {
      subject: "Il tuo ordine {{ order.name }} è stato consegnato",
      body: `${HELLO}

il tuo ordine {{ order.name }} è stato consegnato. Speriamo che ti piaccia!

Non trovi il pacco? Dai un’occhiata vicino alla porta e nella cassetta della posta, oppure chiedi ai vicini. Se ancora non si trova, {% if shop.email != blank %}scrivici a {{ shop.email }}{% else %}contattaci{% endif %} e risolveremo il problema.

${BYE}`,
    },
    EXCEPTION: {
      subject: "Problema con la consegna del tuo ordine {{ order.name }}",
      body: `${HELLO}

${CARRIER_START} ha segnalato un problema con la consegna del tuo ordine {{ order.name }}.
${REASON}
Ce ne stiamo occupando e ti contatteremo se avremo bisogno di qualcosa da te.{% if shop.email != blank %} Per qualsiasi domanda, scrivici a {{ shop.email }}.{% endif %}

${BYE}`,
    },
    DELAYED: {
      subject: "Il tuo ordine {{ order.name }} è in ritardo",
      body: `${HELLO}

purtroppo la consegna del tuo ordine {{ order.name }} sta richiedendo più tempo del previsto.{% if estimated_delivery != blank %} Ora è prevista per {{ estimated_delivery }}.{% endif %}
${REASON}
Ci scusiamo per l’attesa. Stiamo seguendo la spedizione da vicino e ti avviseremo appena ci saranno novità.

${BYE}`,
    },
    STALLED: {
      subject: "Aggiornamento sul tuo ordine {{ order.name }}",
      body: `${HELLO}

volevamo avvisarti che il tracciamento del tuo ordine {{ order.name }} non si aggiorna da qualche giorno.

Può succedere quando un pacco è in transito tra due centri di smistamento o sta attraversando un confine, e di solito si risolve presto. Lo stiamo tenendo d’occhio e ti avviseremo appena ci saranno novità.

${BYE}`,
    },
    NEW_ESTIMATE: {
      subject: "Nuova data di consegna per il tuo ordine {{ order.name }}",
      body: `${HELLO}

la data di consegna del tuo ordine {{ order.name }} è cambiata{% if estimated_delivery != blank %}: ora dovrebbe arrivare {{ estimated_delivery }}{% endif %}.{% if previous_estimated_delivery != blank %} In precedenza la consegna era prevista per {{ previous_estimated_delivery }}.{% endif %}

Sulla tua pagina di tracciamento trovi sempre la data più aggiornata.

${BYE}`,
    },
  },
  short: {
    SHIPPED:
      "{{ shop.name }}: il tuo ordine {{ order.name }} è stato spedito! Segui la spedizione: {{ tracking_page_url }}",
    IN_TRANSIT:
      "{{ shop.name }}: il tuo ordine {{ order.name }} è in viaggio{% if estimated_delivery != blank %}, consegna prevista per {{ estimated_delivery }}{% endif %}. Tracciamento: {{ tracking_page_url }}",
    OUT_FOR_DELIVERY:
      "{{ shop.name }}: il tuo ordine {{ order.name }} è in consegna e arriva oggi. Tracciamento: {{ tracking_page_url }}",
    ATTEMPTED_DELIVERY:
      "{{ shop.name }}: non è stato possibile consegnare il tuo ordine {{ order.name }}. Cosa fare: {{ tracking_page_url }}",
    READY_FOR_PICKUP:
      "{{ shop.name }}: il tuo ordine {{ order.name }} è pronto per il ritiro. Dettagli: {{ tracking_page_url }}",
    DELIVERED:
      "{{ shop.name }}: il tuo ordine {{ order.name }} è stato consegnato. Speriamo ti piaccia! Dettagli: {{ tracking_page_url }}",
    EXCEPTION:
      "{{ shop.name }}: c'è un problema con la consegna del tuo ordine {{ order.name }}. Dettagli: {{ tracking_page_url }}",
    DELAYED:
      "{{ shop.name }}: il tuo ordine {{ order.name }} è in ritardo{% if estimated_delivery != blank %}, ora previsto per {{ estimated_delivery }}{% endif %}. Tracciamento: {{ tracking_page_url }}",
    STALLED:
      "{{ shop.name }}: nessun aggiornamento sul tuo ordine {{ order.name }} da qualche giorno. Lo stiamo seguendo: {{ tracking_page_url }}",
    NEW_ESTIMATE:
      "{{ shop.name }}: nuova data di consegna per il tuo ordine {{ order.name }}{% if estimated_delivery != blank %}: {{ estimated_delivery }}{% endif %}. Tracciamento: {{ tracking_page_url }}",
  },
  layout: {
    trackButton: "Traccia il tuo ordine",
    order: "Ordine",
    items: "Articoli",
    carrier: "Corriere",
    trackingNumber: "Numero di tracciamento",
    estimatedDelivery: "Consegna prevista",
    footer: "Ricevi questa email perché hai effettuato un ordine su {shop}.",
    unsubscribe: "Annulla l’iscrizione",
    colon: ": ",
  },
  status: {
    PENDING: "Etichetta creata",
    IN_TRANSIT: "In transito",
    DELAYED: "In ritardo",
    OUT_FOR_DELIVERY: "In consegna",
    ATTEMPTED_DELIVERY: "Tentativo di consegna",
    READY_FOR_PICKUP: "Pronto per il ritiro",
    EXCEPTION: "Problema di consegna",
    DELIVERED: "Consegnato",
    CANCELLED: "Annullato",
  },
};
