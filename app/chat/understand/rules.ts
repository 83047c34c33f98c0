import type { Cue } from "./lexicon/types";
import type { Intent } from "./types";

/**
 * A combination of cues that points to an intent. It fires when the message has every cue in `all`,
 * at least one in `any` (when given) and none in `none`. Rules are language-free: the lexicons map
 * each language's words to cues.
 */
export interface Rule {
  intent: Intent;
  weight: number;
  all?: Cue[];
  any?: Cue[];
  none?: Cue[];
}

/** Messages with any of these are about an order the shopper already placed. */
const OWN_ORDER: Cue[] = ["my", "ordered", "orderNumber"];
/** Messages with any of these are asking before buying. */
const BEFORE_BUYING: Cue[] = ["beforeBuy", "shipTo", "shippingCost"];
/**
 * Messages with any of these are about an order already bought and on its way: "I paid for express
 * shipping and it's been 6 days" names a shipping option but does not ask about one.
 */
const PAST_ORDER: Cue[] = ["ordered", "orderNumber", "ago", "still", "wait"];

/**
 * Weights: an explicit request (cancel, refund, return, a human, a new address) is 5 and beats the
 * order-status context words around it (about 3); single weak hints are 1–2; "other" starts at 1 for
 * every message, so a message with nothing better stays "other".
 */
export const RULES: Rule[] = [
  // Where is it, when does it come, is it late
  {
    intent: "order_status",
    weight: 3,
    all: ["where"],
    any: ["order", "parcel", "my", "orderNumber", "arrive", "ordered", "still", "wait", "ago"],
  },
  { intent: "order_status", weight: 1.2, all: ["where"] },
  {
    intent: "order_status",
    weight: 3,
    all: ["when"],
    any: ["arrive", "ship", "deliver", "receive", "delivered"],
    // "When do you ship to Canada?" is answered by the "other" rules for countries.
    none: ["beforeBuy", "shippingCost"],
  },
  // "When?" on its own, in a chat about orders.
  {
    intent: "order_status",
    weight: 1.5,
    all: ["when"],
    none: ["beforeBuy", "shippingCost", "product", "restock"],
  },
  { intent: "order_status", weight: 3, all: ["track"] },
  { intent: "order_status", weight: 3, all: ["status"], any: ["order", "parcel", ...OWN_ORDER] },
  { intent: "order_status", weight: 2.2, all: ["status"] },
  { intent: "order_status", weight: 3, all: ["late"] },
  { intent: "order_status", weight: 3, all: ["stuck"] },
  { intent: "order_status", weight: 2, all: ["wait"] },
  { intent: "order_status", weight: 3, all: ["wait"], any: ["still", "order", "parcel", "my", "ago"] },
  { intent: "order_status", weight: 2.6, all: ["neg"], any: ["arrive", "deliver", "delivered"] },
  { intent: "order_status", weight: 2.6, all: ["still"], any: ["arrive", "deliver", "delivered", "receive"] },
  { intent: "order_status", weight: 2, all: ["receive", "neg"] },
  { intent: "order_status", weight: 2, all: ["still"], any: ["nothing", "neg"] },
  {
    intent: "order_status",
    weight: 2.5,
    all: ["ship"],
    any: ["order", "parcel", "still", "when", "ago", "question", ...OWN_ORDER],
    none: [...BEFORE_BUYING, "country", "address", "redirect", "moved", "return", "exchange"],
  },
  { intent: "order_status", weight: 2.5, all: ["ordered", "ago"] },
  { intent: "order_status", weight: 2, all: ["ago"], any: ["order", "parcel", "wait"] },
  // "It's been almost 3 weeks already": time gone by, in a chat about orders.
  { intent: "order_status", weight: 2.2, all: ["ago"], none: BEFORE_BUYING },
  // "Has it been sent yet or what": a shipping verb alone, with nothing asked before buying.
  {
    intent: "order_status",
    weight: 1.6,
    all: ["ship"],
    none: [...BEFORE_BUYING, "country", "address", "redirect", "moved", "return", "exchange", "cancel"],
  },
  // "Hallo? Meine Bestellung??": the shopper's own order named and nothing else asked.
  {
    intent: "order_status",
    weight: 2.2,
    all: ["my"],
    any: ["order", "parcel"],
    none: [...BEFORE_BUYING, "address", "redirect", "moved"],
  },
  // "It was supposed to come yesterday and still nothing": late, even when the tracking page is quoted.
  { intent: "order_status", weight: 5.6, all: ["expected", "still"], any: ["nothing", "neg"] },
  // "The shipping confirmation never came": the email, not the parcel.
  { intent: "order_status", weight: 3, all: ["shipNotice"] },
  { intent: "order_status", weight: 1.2, all: ["ordered"] },
  { intent: "order_status", weight: 2.5, all: ["expected"] },
  { intent: "order_status", weight: 2.8, all: ["news"], any: ["order", "parcel", ...OWN_ORDER] },
  { intent: "order_status", weight: 1.5, all: ["news"] },
  { intent: "order_status", weight: 3, all: ["eta"] },
  {
    intent: "order_status",
    weight: 3,
    all: ["howLong"],
    any: ["my", "ordered", "orderNumber", "still", "wait"],
  },
  {
    intent: "order_status",
    weight: 2,
    all: ["delivered"],
    none: ["neg", "never", "nothing", "missing", "claim", "place", "wrong"],
  },
  {
    intent: "order_status",
    weight: 1.5,
    all: ["deliver"],
    any: ["order", "parcel", ...OWN_ORDER],
    none: [...BEFORE_BUYING, "country", "address", "redirect"],
  },
  // An order named and nothing else asked: most likely the usual question, but only just. A bare
  // "#1001" stays "other": it answers the conversation's last question, whatever that was.
  { intent: "order_status", weight: 1.2, any: ["order", "parcel"] },
  { intent: "order_status", weight: 1.2, all: ["carrier"] },
  // The carrier sending it back is news about the order, not a return the shopper asks for.
  { intent: "order_status", weight: 3, all: ["rts"] },

  // Marked delivered, but not here
  {
    intent: "not_received",
    weight: 5,
    all: ["delivered"],
    any: ["neg", "never", "nothing", "missing"],
    none: ["still", "wait", "when"],
  },
  {
    intent: "not_received",
    weight: 5.5,
    all: ["delivered", "claim"],
    any: ["neg", "never", "nothing", "missing"],
  },
  // "Delivered 2 days ago and still nothing here": marked delivered a while back.
  {
    intent: "not_received",
    weight: 5,
    all: ["delivered", "ago"],
    any: ["nothing", "missing"],
    none: ["ordered", "neg", "expected"],
  },
  // "Left on the terrace, says the tracking – nothing there".
  {
    intent: "not_received",
    weight: 5,
    all: ["place", "claim"],
    any: ["nothing", "missing"],
    none: ["expected", "when"],
  },
  { intent: "not_received", weight: 3.5, all: ["delivered", "claim"] },
  // "Quanto manca", "cuánto falta": time left, not a parcel gone.
  {
    intent: "not_received",
    weight: 3.2,
    all: ["missing"],
    any: ["order", "parcel", "delivered", ...OWN_ORDER],
    none: ["when", "howLong"],
  },
  { intent: "not_received", weight: 2, all: ["missing"], none: ["when", "howLong"] },
  // "I never received my order" outweighs the order it names; a tracking email that never came does not.
  {
    intent: "not_received",
    weight: 4,
    all: ["never"],
    any: ["receive", "arrive"],
    none: ["shipNotice", "track", "emailWord"],
  },
  { intent: "not_received", weight: 3, all: ["never"], any: ["receive", "arrive"], none: ["shipNotice"] },
  { intent: "not_received", weight: 3, all: ["place"], any: ["nothing", "neg", "missing"] },
  { intent: "not_received", weight: 2, all: ["delivered", "place"] },
  { intent: "not_received", weight: 4.5, all: ["delivered", "wrong", "address"] },
  // Delivered to the wrong house, the wrong person; "delivered the wrong item" is a return.
  { intent: "not_received", weight: 4, all: ["delivered", "wrong"], none: ["defect", "exchange"] },

  // A new address ("email address" is not one)
  {
    intent: "change_address",
    weight: 5,
    all: ["address"],
    any: ["change", "new", "moved"],
    none: ["emailWord"],
  },
  // "Delivered to the wrong address" is a parcel gone astray, not an address to fix.
  { intent: "change_address", weight: 5, all: ["address", "wrong"], none: ["delivered", "emailWord"] },
  // "The flat number is missing from the address"; "add c/o Müller to the address".
  {
    intent: "change_address",
    weight: 4.6,
    all: ["address", "missing"],
    none: ["delivered", "emailWord", "parcel"],
  },
  { intent: "change_address", weight: 5, all: ["address", "addItem"], none: ["emailWord"] },
  { intent: "change_address", weight: 4, all: ["address", "redirect"], none: ["emailWord"] },
  { intent: "change_address", weight: 3, all: ["moved"] },
  // "Change where it is delivered": the where is not a question.
  {
    intent: "change_address",
    weight: 5.5,
    all: ["change", "where"],
    any: ["deliver", "delivered", "ship", "arrive", "redirect"],
  },
  { intent: "change_address", weight: 3, all: ["redirect"] },
  // Above "thanks": "better send it to my parents', thanks" is still a request; "I'd rather talk to a
  // person" is not an address.
  {
    intent: "change_address",
    weight: 3.6,
    all: ["redirect"],
    none: ["human", "talk", "someone", "support"],
  },
  { intent: "change_address", weight: 1.8, all: ["address"], none: ["emailWord"] },

  // Cancel
  { intent: "cancel_order", weight: 5, all: ["cancel"] },
  { intent: "cancel_order", weight: 4, all: ["delete"], any: ["order", "orderNumber"], none: ["account"] },
  {
    intent: "cancel_order",
    weight: 3.5,
    all: ["stop"],
    any: ["order", "parcel", "ship", "deliver", "orderNumber"],
  },
  { intent: "cancel_order", weight: 3.5, all: ["dontWant"], any: ["order", "ordered", "orderNumber"] },
  { intent: "cancel_order", weight: 2.5, all: ["dontWant"] },
  { intent: "cancel_order", weight: 3.5, all: ["accident"], any: ["order", "ordered"] },
  // "I just ordered the wrong colour, can you stop it before it ships?"
  {
    intent: "cancel_order",
    weight: 4.6,
    all: ["stop"],
    any: ["ordered", "orderNumber", "accident"],
    none: ["stuck"],
  },

  // Returns, exchanges, refunds
  // Asked before buying ("what is your return window before I buy?"), a policy question is "other".
  { intent: "return_refund", weight: 5, all: ["return"], none: ["rts", "restock", "beforeBuy"] },
  { intent: "return_refund", weight: 5, all: ["refund"], none: ["beforeBuy"] },
  { intent: "return_refund", weight: 4.5, all: ["exchange"], none: ["beforeBuy"] },
  // "I picked the wrong colour" is the shopper's slip, not a wrong item sent.
  { intent: "return_refund", weight: 4, all: ["defect"], none: ["accident"] },
  { intent: "return_refund", weight: 2.5, all: ["defect"] },
  { intent: "return_refund", weight: 4.5, all: ["defect"], any: ["change", "exchange", "return", "refund"] },
  // "One of the items was wrong".
  { intent: "return_refund", weight: 3, all: ["wrong", "parcel"], none: ["address", "delivered", "moved"] },
  { intent: "return_refund", weight: 4, all: ["size", "change"] },
  // "The tracking link doesn't work" is about the parcel, not the product.
  { intent: "return_refund", weight: 2.5, all: ["notWorking"], none: ["track", "account", "payment"] },

  // A person
  // "Given to the wrong person" is a parcel gone astray, not a request for one.
  { intent: "human", weight: 3.5, all: ["human"], none: ["wrong", "delivered"] },
  { intent: "human", weight: 5, all: ["human"], any: ["talk", "contact", "support"] },
  { intent: "human", weight: 4, all: ["someone"], any: ["talk", "contact", "support", "help"] },
  { intent: "human", weight: 3, all: ["support"] },
  { intent: "human", weight: 4.5, all: ["support"], any: ["talk", "contact", "phoneWord"] },
  { intent: "human", weight: 2.5, all: ["talk", "you"] },
  { intent: "human", weight: 4, all: ["callMe"] },
  { intent: "human", weight: 3.5, all: ["talk", "numberWord"] },
  { intent: "human", weight: 1.2, all: ["talk"] },
  { intent: "human", weight: 3, all: ["contact"] },
  // "Your phone number", "can I call": the shop's line. "My number is …" is the shopper's own.
  {
    intent: "human",
    weight: 3.5,
    all: ["phoneWord"],
    any: ["you", "talk", "human", "support"],
    none: ["my"],
  },
  { intent: "human", weight: 2.5, all: ["phoneWord"], none: ["my"] },
  { intent: "human", weight: 2.5, all: ["bot"] },
  { intent: "human", weight: 1.5, all: ["complaint"] },

  // Anything else: greetings, thanks, questions before buying
  { intent: "other", weight: 1, all: ["greet"] },
  // "Are you a bot?" is chit-chat; "are you a bot? I want a human" is not.
  { intent: "other", weight: 3, all: ["botQuestion"], none: ["want", "talk", "contact", "support"] },
  { intent: "other", weight: 2.5, all: ["thanks"] },
  // "Which carrier do you ship with, PostNL or DHL?" is about the parcel on its way.
  // "When do you ship it?" is about the order on its way.
  {
    intent: "other",
    weight: 3.5,
    all: ["shipTo"],
    none: [...OWN_ORDER, "address", "redirect", "carrier", "when"],
  },
  {
    intent: "other",
    weight: 3.5,
    all: ["country"],
    any: ["ship", "deliver", "arrive", "howLong"],
    none: [...OWN_ORDER, "address", "moved"],
  },
  { intent: "other", weight: 4, all: ["shippingCost"], none: PAST_ORDER },
  { intent: "other", weight: 1.2, all: ["shippingCost"] },
  {
    intent: "other",
    weight: 4,
    all: ["free"],
    any: ["ship", "deliver", "parcel", "return"],
    none: OWN_ORDER,
  },
  { intent: "other", weight: 4, all: ["discount"] },
  { intent: "other", weight: 3, all: ["payment"] },
  { intent: "other", weight: 3.5, all: ["product"], none: ["ordered", "orderNumber"] },
  { intent: "other", weight: 2, all: ["product"] },
  // "When are you open?": the shop, not the order.
  { intent: "other", weight: 3.5, all: ["openHours"] },
  { intent: "other", weight: 4.5, all: ["restock"] },
  { intent: "other", weight: 4, all: ["beforeBuy"] },
  { intent: "other", weight: 2, all: ["offer"], none: OWN_ORDER },
  { intent: "other", weight: 3.5, all: ["invoice"] },
  // Adding to an order is none of the chat's intents: "other" hands it on.
  { intent: "other", weight: 3, all: ["addItem"], none: ["address", "cancel", "return", "refund"] },
  { intent: "other", weight: 3, all: ["account"] },
  // "In how many days will it arrive" is also a "when": time left on the shopper's own order.
  { intent: "other", weight: 2.5, all: ["howLong"], none: [...OWN_ORDER, "still", "wait", "when"] },
];

/** Every message starts with this much "other". */
export const OTHER_BASELINE = 1;
