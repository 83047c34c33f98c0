import type { ChatCopy } from "./en";

/**
 * French, "vous". Spaces before « : », « ! » and « ? » as French typography wants (an ordinary space, as
 * in the notification templates). {carrier} is a carrier's name or "le transporteur", so it never
 * follows « de » or « à » (which would need « du » / « au »).
 */
export const fr: ChatCopy = {
  greeting:
    "Bonjour ! Je peux vous dire où en est votre commande et quand elle arrivera. Que souhaitez-vous savoir ?",
  askVerify:
    "Je peux vérifier cela pour vous. Quel est votre numéro de commande, et l’adresse e-mail ou le numéro de téléphone utilisé pour la commande ?",
  verifyFailed:
    "Je n’ai trouvé aucune commande correspondant à ce numéro et à cette adresse e-mail ou ce numéro de téléphone. Veuillez vérifier les deux et réessayer.",
  rateLimited:
    "Cela fait beaucoup de tentatives en peu de temps. Veuillez patienter une minute, puis réessayer.",
  chooseOrder: "De quelle commande s’agit-il ?",
  orderLabel: "Commande {order}",

  notShipped:
    "Votre commande {order} n’a pas encore été expédiée. Elle a été passée le {date}, et les commandes sont généralement expédiées sous {days} jours.",
  notShippedLate:
    "Votre commande {order} n’a pas encore été expédiée. Elle a été passée le {date} : c’est plus long que d’habitude, j’ai donc demandé à l’équipe de vérifier ce qu’il en est.",
  cancelled: "Votre commande {order} a été annulée.",
  splitOrder: "Votre commande {order} a été envoyée en {count} colis.",
  parcelOf: "Colis {index} :",

  status: {
    PENDING:
      "L’étiquette d’expédition a été créée le {date} ; le colis attend d’être pris en charge par {carrier}.",
    IN_TRANSIT: "Votre colis est en route avec {carrier}.",
    DELAYED: "Votre colis est en route avec {carrier}, mais il a du retard.",
    OUT_FOR_DELIVERY: "Votre colis est en cours de livraison par {carrier} et devrait arriver aujourd’hui.",
    ATTEMPTED_DELIVERY:
      "Malheureusement, {carrier} n’a pas pu livrer votre colis. En général, une nouvelle tentative a lieu le jour ouvré suivant, ou un avis de passage vous indique où le récupérer.",
    READY_FOR_PICKUP: "Votre colis vous attend au point de retrait.",
    EXCEPTION: "Un problème concernant votre colis a été signalé par {carrier}.",
    DELIVERED: "Votre colis a été livré le {date}.",
    CANCELLED: "Cet envoi a été annulé.",
  },
  theCarrier: "le transporteur",
  eta: "Il devrait arriver le {date}.",
  etaRange: "Il devrait arriver entre le {from} et le {to}.",
  lateCarrier: "Toutes nos excuses pour l’attente : le transporteur a signalé un retard.",
  lateEstimate: "Toutes nos excuses pour l’attente : il était prévu au plus tard pour le {date}.",
  lateNewEta: "Il devrait maintenant arriver le {date}.",
  lateNewEtaRange: "Il devrait maintenant arriver entre le {from} et le {to}.",
  lastUpdate: "Dernière mise à jour : {update} ({date}).",
  trackingNumber: "Numéro de suivi : {number}.",

  labelNotPickedUp:
    "L’étiquette a été créée il y a {days} jours, mais {carrier} n’a pas encore scanné le colis. Cela signifie généralement qu’il attend encore d’être récupéré à l’entrepôt ; j’ai donc demandé à l’équipe de vérifier auprès du transporteur.",
  stalled:
    "Le suivi n’a pas été mis à jour depuis le {date}. Il arrive que le suivi reste muet entre deux scans, mais cela dure plus longtemps que d’habitude ; j’ai donc demandé à l’équipe de voir ce qu’il en est avec {carrier}.",
  notReceived:
    "Nous sommes désolés que votre colis ne soit pas arrivé. Selon {carrier}, il a été livré le {date}. Vérifiez autour de votre porte et à l’endroit où il a pu être déposé, dans votre boîte aux lettres ou votre consigne à colis, auprès de vos voisins et des autres personnes vivant à votre adresse : il arrive que les transporteurs indiquent un colis comme livré peu avant qu’il n’arrive.",
  notReceivedNotDelivered: "D’après le suivi, votre commande n’a pas encore été livrée.",

  changeAddressPossible:
    "Votre commande {order} n’a pas encore été expédiée, l’adresse peut donc encore être modifiée. J’ai transmis votre demande à l’équipe, qui vous confirmera le changement par e-mail.",
  changeAddressShipped:
    "Votre commande {order} a déjà été expédiée, nous ne pouvons donc plus modifier l’adresse. Vous pourrez peut-être faire rediriger le colis grâce au numéro de suivi, si {carrier} le propose. J’ai également prévenu l’équipe.",
  cancelPossible:
    "Votre commande {order} n’a pas encore été expédiée, elle peut donc encore être annulée. J’ai transmis votre demande à l’équipe, qui vous confirmera l’annulation par e-mail.",
  cancelShipped:
    "Votre commande {order} a déjà été expédiée et ne peut donc plus être annulée. Dès que vous l’aurez reçue, vous pourrez la retourner. J’ai informé l’équipe de votre demande.",
  alreadyCancelled: "Votre commande {order} est déjà annulée.",

  refundPolicy: "Vous trouverez notre politique de retour et de remboursement ici : {url}",
  refundPolicySummary: "En bref : {summary}",
  refundNext:
    "Si vous souhaitez effectuer un retour, l’équipe peut vous aider : il vous suffit de demander à parler à quelqu’un.",

  handoff:
    "J’ai transmis notre conversation à l’équipe. Elle vous répondra par e-mail, généralement sous {hours} heures.",
  handoffTime: "L’équipe vous répondra par e-mail, généralement sous {hours} heures.",
  handoffNeedsEmail:
    "Je vais transmettre votre demande à l’équipe. À quelle adresse e-mail doit-elle vous répondre ? (Si vous avez votre numéro de commande, indiquez-le aussi.)",
  handoffDone:
    "L’équipe a déjà reçu notre conversation et vous répondra par e-mail, généralement sous {hours} heures.",
  other:
    "Je suis surtout là pour répondre aux questions sur votre commande : où elle se trouve, quand elle arrivera, les modifications, les annulations et les retours. Que souhaitez-vous savoir ?",
  tooLong: "Ce message est un peu long pour moi. Pourriez-vous le résumer en quelques phrases ?",
  empty: "Veuillez saisir votre question.",

  quick: {
    orderStatus: "Où est ma commande ?",
    human: "Parler à quelqu’un",
    returns: "Retours et remboursements",
  },
};
