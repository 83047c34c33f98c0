/**
 * What the chat says, in English: the reference copy every other language follows key for key
 * (app/chat/copy/index.ts checks that). Placeholders in braces — {order}, {date}, {carrier} … — are
 * filled by app/chat/answer.ts with plain text; replies are always shown as text, never HTML.
 *
 * Tone: a helpful support agent. Say what is known, say sorry when it is late, never promise what the
 * app cannot do (it passes requests on; it does not change orders itself).
 */
export const en = {
  greeting: "Hi! I can tell you where your order is and when it will arrive. What would you like to know?",
  askVerify:
    "I can look that up for you. What is your order number, and the email address or phone number you ordered with?",
  verifyFailed:
    "I couldn’t find an order with that number and email address or phone number. Please check both and try again.",
  rateLimited: "That was a lot of tries in a short time. Please wait a minute and try again.",
  chooseOrder: "Which order do you mean?",
  orderLabel: "Order {order}",

  notShipped:
    "Order {order} hasn’t shipped yet. It was placed on {date}, and orders usually ship within {days} days.",
  notShippedLate:
    "Order {order} hasn’t shipped yet. It was placed on {date}, which is longer than usual, so I’ve asked the team to check on it.",
  cancelled: "Order {order} was cancelled.",
  splitOrder: "Order {order} was sent in {count} parcels.",
  parcelOf: "Parcel {index}:",

  status: {
    PENDING: "The shipping label was created on {date}; the parcel is waiting to be picked up by {carrier}.",
    IN_TRANSIT: "Your parcel is on its way with {carrier}.",
    DELAYED: "Your parcel is on its way with {carrier}, but it is running late.",
    OUT_FOR_DELIVERY: "Your parcel is out for delivery with {carrier} today.",
    ATTEMPTED_DELIVERY:
      "{carrier} tried to deliver your parcel but couldn’t. They usually try again on the next working day or leave a note saying where to collect it.",
    READY_FOR_PICKUP: "Your parcel is waiting for you at the pickup point.",
    EXCEPTION: "{carrier} reported a problem with your parcel.",
    DELIVERED: "Your parcel was delivered on {date}.",
    CANCELLED: "This shipment was cancelled.",
  },
  theCarrier: "the carrier",
  eta: "It should arrive on {date}.",
  etaRange: "It should arrive between {from} and {to}.",
  lateCarrier: "Sorry for the wait: the carrier reported a delay.",
  lateEstimate: "Sorry for the wait: it was expected by {date}.",
  lateNewEta: "It should now arrive on {date}.",
  lateNewEtaRange: "It should now arrive between {from} and {to}.",
  lastUpdate: "Latest update: {update} ({date}).",
  trackingNumber: "Tracking number: {number}.",

  labelNotPickedUp:
    "The label was created {days} days ago, but {carrier} hasn’t scanned the parcel yet. That usually means it is still waiting to be collected from the warehouse, so I’ve asked the team to check with the carrier.",
  stalled:
    "There hasn’t been a tracking update since {date}. Parcels sometimes go quiet between scans, but this is longer than usual, so I’ve asked the team to look into it with {carrier}.",
  notReceived:
    "I’m sorry it hasn’t turned up. {carrier} marked it as delivered on {date}. Please check around your door and any safe place, your mailbox or parcel locker, with neighbours, and with anyone else at the address; carriers sometimes mark a parcel delivered shortly before it arrives.",
  notReceivedNotDelivered: "According to the tracking it hasn’t been delivered yet.",

  changeAddressPossible:
    "Order {order} hasn’t shipped yet, so the address can still be changed. I’ve passed your request to the team; they will confirm by email.",
  changeAddressShipped:
    "Order {order} has already shipped, so we can no longer change the address. You may be able to redirect the parcel with {carrier} using the tracking number. I’ve let the team know too.",
  cancelPossible:
    "Order {order} hasn’t shipped yet, so it can still be cancelled. I’ve passed your request to the team; they will confirm by email.",
  cancelShipped:
    "Order {order} has already shipped, so it can’t be cancelled any more. Once it arrives you can return it. I’ve let the team know about your request.",
  alreadyCancelled: "Order {order} is already cancelled.",

  refundPolicy: "You’ll find our return and refund policy here: {url}",
  refundPolicySummary: "In short: {summary}",
  refundNext: "If you’d like to start a return, the team can help: just ask for a person.",

  handoff: "I’ve passed our conversation to the team. They’ll reply by email, usually within {hours} hours.",
  handoffTime: "They’ll reply by email, usually within {hours} hours.",
  handoffNeedsEmail:
    "I’ll pass this to the team. What email address should they reply to? (If you have your order number, add it too.)",
  handoffDone: "The team already has our conversation and will reply by email, usually within {hours} hours.",
  other:
    "I’m best at questions about your order: where it is, when it will arrive, changes, cancellations and returns. What would you like to know?",
  tooLong: "That message is a bit long for me. Could you say it in a few sentences?",
  empty: "Please type your question.",

  quick: {
    orderStatus: "Where is my order?",
    human: "Talk to a person",
    returns: "Returns and refunds",
  },
};

export type ChatCopy = typeof en;
