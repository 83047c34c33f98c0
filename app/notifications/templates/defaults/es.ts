import type { LocaleDefaults } from "../types";

const HELLO =
  "{% if customer.first_name != blank %}¡Hola, {{ customer.first_name }}!{% else %}¡Hola!{% endif %}";
const BYE = "Un saludo,\nEl equipo de {{ shop.name }}";
const CARRIER =
  "{% if shipment.carrier != blank %}{{ shipment.carrier }}{% else %}La empresa de transporte{% endif %}";
const CARRIER_MID =
  "{% if shipment.carrier != blank %}{{ shipment.carrier }}{% else %}la empresa de transporte{% endif %}";
const REASON =
  "{% if delay_reason != blank %}\nMotivo indicado por el transportista: {{ delay_reason }}\n{% endif %}";

/** Spanish, "tú" as most Spanish and Latin American shops write; neutral vocabulary for both. */
export const es: LocaleDefaults = {
  email: {
    SHIPPED: {
      subject: "Hemos enviado tu pedido {{ order.name }}",
      body: `${HELLO}

¡Buenas noticias! Hemos enviado tu pedido {{ order.name }}{% if shipment.carrier != blank %} con {{ shipment.carrier }}{% endif %}.{% if estimated_delivery != blank %} La entrega está prevista para el {{ estimated_delivery }}.{% endif %}

Puedes seguir su recorrido en cualquier momento en tu página de seguimiento, y te avisaremos cuando salga a reparto.

${BYE}`,
    },
    IN_TRANSIT: {
      subject: "Tu pedido {{ order.name }} está en camino",
      body: `${HELLO}

Tu pedido {{ order.name }} ya está en camino: ${CARRIER_MID} ha recogido tu paquete.{% if estimated_delivery != blank %} La entrega está prevista para el {{ estimated_delivery }}.{% endif %}

Te mantendremos al tanto, y en tu página de seguimiento puedes ver en todo momento dónde está.

${BYE}`,
    },
    OUT_FOR_DELIVERY: {
      subject: "Tu pedido {{ order.name }} está en reparto",
      body: `${HELLO}

¡Ya casi está! Tu pedido {{ order.name }} está en reparto{% if shipment.carrier != blank %} con {{ shipment.carrier }}{% endif %} y debería llegar hoy.

¿No vas a estar en casa? No te preocupes: normalmente el repartidor deja un aviso o vuelve a intentarlo.

${BYE}`,
    },
    ATTEMPTED_DELIVERY: {
      subject: "Intento de entrega de tu pedido {{ order.name }}",
      body: `${HELLO}

${CARRIER} ha intentado entregar tu pedido {{ order.name }}, pero no ha sido posible.
${REASON}
La mayoría de las empresas de transporte lo vuelven a intentar el siguiente día laborable o dejan el paquete en un punto de recogida cercano. Consulta los detalles actualizados en tu página de seguimiento.

${BYE}`,
    },
    READY_FOR_PICKUP: {
      subject: "Tu pedido {{ order.name }} ya se puede recoger",
      body: `${HELLO}

Tu pedido {{ order.name }} ha llegado a tu punto de recogida y te está esperando.

Encontrarás todos los detalles en tu página de seguimiento. Según la empresa de transporte, puede que necesites un documento de identidad o un código de recogida.

Recógelo pronto: los puntos de recogida solo guardan los paquetes durante un tiempo limitado antes de devolverlos.

${BYE}`,
    },
    DELIVERED: {
      subject: "Tu pedido {{ order.name }} ha sido entregado",
      body: `${HELLO}

Tu pedido {{ order.name }} ha sido entregado. ¡Esperamos que lo disfrutes!

¿No encuentras el paquete? Echa un vistazo junto a tu puerta y en el buzón, o pregunta a tus vecinos. Si sigue sin aparecer, {% if shop.email != blank %}escríbenos a {{ shop.email }}{% else %}ponte en contacto con nosotros{% endif %} y lo solucionaremos.

${BYE}`,
    },
    EXCEPTION: {
      subject: "Incidencia en la entrega de tu pedido {{ order.name }}",
      body: `${HELLO}

${CARRIER} ha notificado una incidencia en la entrega de tu pedido {{ order.name }}.
${REASON}
Ya nos estamos ocupando y te contactaremos si necesitamos algo de ti.{% if shop.email != blank %} Si tienes alguna pregunta, escríbenos a {{ shop.email }}.{% endif %}

${BYE}`,
    },
    DELAYED: {
      subject: "Tu pedido {{ order.name }} lleva retraso",
      body: `${HELLO}

Lamentablemente, la entrega de tu pedido {{ order.name }} está tardando más de lo previsto.{% if estimated_delivery != blank %} Ahora está prevista para el {{ estimated_delivery }}.{% endif %}
${REASON}
Sentimos la espera. Seguimos de cerca tu envío y te avisaremos en cuanto haya novedades.

${BYE}`,
    },
    STALLED: {
      subject: "Información sobre tu pedido {{ order.name }}",
      body: `${HELLO}

Queremos contarte que el seguimiento de tu pedido {{ order.name }} no se ha actualizado desde hace unos días.

Esto puede ocurrir cuando un paquete está entre dos centros de distribución o cruzando una frontera, y normalmente se resuelve pronto. Lo estamos vigilando y te avisaremos en cuanto haya novedades.

${BYE}`,
    },
    NEW_ESTIMATE: {
      subject: "Nueva fecha de entrega para tu pedido {{ order.name }}",
      body: `${HELLO}

La fecha de entrega de tu pedido {{ order.name }} ha cambiado{% if estimated_delivery != blank %}: ahora está previsto que llegue el {{ estimated_delivery }}{% endif %}.{% if previous_estimated_delivery != blank %} La fecha anterior era el {{ previous_estimated_delivery }}.{% endif %}

En tu página de seguimiento siempre encontrarás la fecha más actualizada.

${BYE}`,
    },
  },
  short: {
    SHIPPED:
      "{{ shop.name }}: hemos enviado tu pedido {{ order.name }}. Seguimiento: {{ tracking_page_url }}",
    IN_TRANSIT:
      "{{ shop.name }}: tu pedido {{ order.name }} está en camino{% if estimated_delivery != blank %}, entrega prevista el {{ estimated_delivery }}{% endif %}. Seguimiento: {{ tracking_page_url }}",
    OUT_FOR_DELIVERY:
      "{{ shop.name }}: tu pedido {{ order.name }} está en reparto y llegará hoy. Seguimiento: {{ tracking_page_url }}",
    ATTEMPTED_DELIVERY:
      "{{ shop.name }}: no se ha podido entregar tu pedido {{ order.name }}. Más información: {{ tracking_page_url }}",
    READY_FOR_PICKUP:
      "{{ shop.name }}: tu pedido {{ order.name }} ya se puede recoger. Detalles: {{ tracking_page_url }}",
    DELIVERED:
      "{{ shop.name }}: tu pedido {{ order.name }} ha sido entregado. ¡Que lo disfrutes! Detalles: {{ tracking_page_url }}",
    EXCEPTION:
      "{{ shop.name }}: hay una incidencia en la entrega de tu pedido {{ order.name }}. Detalles: {{ tracking_page_url }}",
    DELAYED:
      "{{ shop.name }}: tu pedido {{ order.name }} lleva retraso{% if estimated_delivery != blank %}, ahora llegará el {{ estimated_delivery }}{% endif %}. Seguimiento: {{ tracking_page_url }}",
    STALLED:
      "{{ shop.name }}: el seguimiento de tu pedido {{ order.name }} lleva unos días sin novedades. Lo estamos vigilando: {{ tracking_page_url }}",
    NEW_ESTIMATE:
      "{{ shop.name }}: nueva fecha de entrega para tu pedido {{ order.name }}{% if estimated_delivery != blank %}: {{ estimated_delivery }}{% endif %}. Seguimiento: {{ tracking_page_url }}",
  },
  layout: {
    trackButton: "Seguir mi pedido",
    order: "Pedido",
    items: "Artículos",
    carrier: "Transportista",
    trackingNumber: "Número de seguimiento",
    estimatedDelivery: "Entrega prevista",
    footer: "Recibes este correo porque has hecho un pedido en {shop}.",
    unsubscribe: "Darse de baja",
    colon: ": ",
  },
  status: {
    PENDING: "Etiqueta creada",
    IN_TRANSIT: "En tránsito",
    DELAYED: "Con retraso",
    OUT_FOR_DELIVERY: "En reparto",
    ATTEMPTED_DELIVERY: "Intento de entrega",
    READY_FOR_PICKUP: "Listo para recoger",
    EXCEPTION: "Incidencia en la entrega",
    DELIVERED: "Entregado",
    CANCELLED: "Cancelado",
  },
};
