import type { ChatCopy } from "./en";

/**
 * Spanish, "tú" as Spanish-language online shops write in chat. {carrier} is a carrier's name or "la
 * empresa de transporte", so it never needs "del" / "al".
 */
export const es: ChatCopy = {
  greeting: "¡Hola! Puedo decirte dónde está tu pedido y cuándo llegará. ¿Qué te gustaría saber?",
  askVerify:
    "Puedo consultarlo por ti. ¿Cuál es tu número de pedido y el correo electrónico o el número de teléfono con el que hiciste el pedido?",
  verifyFailed:
    "No he encontrado ningún pedido con ese número y ese correo electrónico o teléfono. Revisa ambos datos e inténtalo de nuevo.",
  rateLimited: "Han sido muchos intentos en poco tiempo. Espera un minuto y vuelve a intentarlo.",
  chooseOrder: "¿A qué pedido te refieres?",
  orderLabel: "Pedido {order}",

  notShipped:
    "Tu pedido {order} aún no se ha enviado. Lo hiciste el {date}, y los pedidos suelen enviarse en un plazo de {days} días.",
  notShippedLate:
    "Tu pedido {order} aún no se ha enviado. Lo hiciste el {date} y está tardando más de lo habitual, así que he pedido al equipo que lo revise.",
  cancelled: "Tu pedido {order} se ha cancelado.",
  splitOrder: "Tu pedido {order} se ha enviado en {count} paquetes.",
  parcelOf: "Paquete {index}:",

  status: {
    PENDING: "La etiqueta de envío se creó el {date}; el paquete está esperando a que {carrier} lo recoja.",
    IN_TRANSIT: "Tu paquete está en camino con {carrier}.",
    DELAYED: "Tu paquete está en camino con {carrier}, pero lleva retraso.",
    OUT_FOR_DELIVERY: "Tu paquete ya está en reparto: {carrier} te lo entregará hoy.",
    ATTEMPTED_DELIVERY:
      "Lamentablemente, {carrier} no pudo entregar tu paquete. Normalmente lo vuelven a intentar el siguiente día laborable o dejan un aviso indicando dónde recogerlo.",
    READY_FOR_PICKUP: "Tu paquete te espera en el punto de recogida.",
    EXCEPTION: "Lamentablemente, {carrier} ha informado de un problema con tu paquete.",
    DELIVERED: "Tu paquete se entregó el {date}.",
    CANCELLED: "Este envío se ha cancelado.",
  },
  theCarrier: "la empresa de transporte",
  eta: "Debería llegar el {date}.",
  etaRange: "Debería llegar entre el {from} y el {to}.",
  lateCarrier: "Perdona la espera: la empresa de transporte ha informado de un retraso.",
  lateEstimate: "Perdona la espera: estaba previsto que llegara como tarde el {date}.",
  lateNewEta: "Ahora debería llegar el {date}.",
  lateNewEtaRange: "Ahora debería llegar entre el {from} y el {to}.",
  lastUpdate: "Última actualización: {update} ({date}).",
  trackingNumber: "Número de seguimiento: {number}.",

  labelNotPickedUp:
    "La etiqueta se creó hace {days} días, pero {carrier} todavía no ha escaneado el paquete. Eso suele significar que sigue en el almacén esperando a que lo recojan, así que he pedido al equipo que lo consulte con la empresa de transporte.",
  stalled:
    "No hay ninguna actualización del seguimiento desde el {date}. A veces los paquetes pasan un tiempo sin escanearse, pero esto está durando más de lo habitual, así que he pedido al equipo que lo investigue con {carrier}.",
  notReceived:
    "Siento mucho que no te haya llegado. Según {carrier}, se entregó el {date}. Revisa los alrededores de tu puerta y cualquier lugar seguro donde hayan podido dejarlo, tu buzón o taquilla de paquetes, y pregunta a tus vecinos y a cualquier otra persona que viva en la dirección; a veces las empresas de transporte marcan un paquete como entregado poco antes de que llegue.",
  notReceivedNotDelivered: "Según el seguimiento, todavía no se ha entregado.",

  changeAddressPossible:
    "Tu pedido {order} aún no se ha enviado, así que todavía se puede cambiar la dirección. He pasado tu solicitud al equipo, que te lo confirmará por correo electrónico.",
  changeAddressShipped:
    "Tu pedido {order} ya se ha enviado, así que ya no podemos cambiar la dirección. Es posible que puedas redirigir el paquete con {carrier} usando el número de seguimiento. También he avisado al equipo.",
  cancelPossible:
    "Tu pedido {order} aún no se ha enviado, así que todavía se puede cancelar. He pasado tu solicitud al equipo, que te lo confirmará por correo electrónico.",
  cancelShipped:
    "Tu pedido {order} ya se ha enviado, así que ya no se puede cancelar. Cuando llegue, podrás devolverlo. He informado al equipo de tu solicitud.",
  alreadyCancelled: "Tu pedido {order} ya está cancelado.",

  refundPolicy: "Aquí tienes nuestra política de devoluciones y reembolsos: {url}",
  refundPolicySummary: "En resumen: {summary}",
  refundNext:
    "Si quieres iniciar una devolución, el equipo puede ayudarte: solo tienes que pedir hablar con una persona.",

  handoff:
    "He pasado nuestra conversación al equipo. Te responderán por correo electrónico, normalmente en un plazo de {hours} horas.",
  handoffTime: "Te responderán por correo electrónico, normalmente en un plazo de {hours} horas.",
  handoffNeedsEmail:
    "Se lo paso al equipo. ¿A qué correo electrónico deben responderte? (Si tienes el número de pedido, añádelo también.)",
  handoffDone:
    "El equipo ya tiene nuestra conversación y te responderá por correo electrónico, normalmente en un plazo de {hours} horas.",
  other:
    "Donde mejor puedo ayudarte es con preguntas sobre tu pedido: dónde está, cuándo llegará, cambios, cancelaciones y devoluciones. ¿Qué te gustaría saber?",
  tooLong: "Ese mensaje es un poco largo para mí. ¿Podrías resumirlo en pocas frases?",
  empty: "Escribe tu pregunta.",

  quick: {
    orderStatus: "¿Dónde está mi pedido?",
    human: "Hablar con una persona",
    returns: "Devoluciones y reembolsos",
  },
};
