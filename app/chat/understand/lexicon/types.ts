import type { ChatLanguage } from "../types";

/**
 * What a word or phrase means for the classifier, the same in every language. A lexicon maps its
 * words to these; the rules (../rules.ts) turn combinations of them into intents, so "wo" + "Paket"
 * and "where" + "parcel" need one rule, not two.
 */
export const CUES = [
  // The order and its journey
  "order", // the noun: order, Bestellung, commande
  "parcel", // package, parcel, shipment, "my stuff"
  "my", // possessives: my, mein, mon, mi, mio, mijn
  "ordered", // the shopper did buy: "I ordered", "bestellt", "j'ai commandé"
  "where",
  "when",
  "howLong", // how long, wie lange, combien de temps
  "arrive", // arrive, come, get here
  "receive", // receive, get, erhalten, recevoir
  "ship", // ship, dispatch, send (out)
  "deliver", // deliver, delivery, as something still to happen
  "delivered", // the participle a tracking page shows: delivered, zugestellt, livré
  "track", // tracking, tracking number, Sendungsverfolgung, suivi
  "status", // status, in transit, out for delivery, processing
  "late", // late, delayed, overdue
  "still", // still, yet, noch, toujours, todavía
  "wait", // waiting
  "stuck", // stuck, not moving, not updating
  "ago", // ago, since, weeks, days
  "expected", // supposed to, should have, was due
  "news", // any update, news, info
  "eta", // delivery date, estimated delivery
  "carrier", // DHL, UPS, La Poste, PostNL
  "shipNotice", // the shipping confirmation email: "it never came" is about the email
  // Something went wrong at the door
  "neg", // not, no, nicht, pas, no, non, niet
  "never",
  "nothing", // nothing, nothing here, not here, can't find it
  "missing", // missing, lost, stolen
  "place", // mailbox, door, neighbour
  "claim", // says, shows, marked as, "delivered but"
  // Address
  "address",
  "change", // change, update, modify, correct
  "wrong", // wrong, incorrect, typo
  "new", // new, different, another
  "moved", // I moved house
  "redirect", // send it to … instead
  // Cancelling
  "cancel",
  "stop", // stop, hold, don't send
  "delete", // delete, löschen, supprimer: cancels when it is the order
  "dontWant", // don't want it anymore, changed my mind
  "accident", // by mistake, ordered twice
  // Returns and refunds
  "return",
  "refund",
  "exchange",
  "defect", // damaged, broken, wrong item, doesn't fit
  "notWorking", // doesn't work (a product — or a tracking link)
  "size",
  "rts", // returned to sender: the carrier's return, not the shopper's
  // A person
  "human", // human, person, agent
  "someone", // someone, anybody: a person only when talking to them
  "help", // help: "someone who can help"
  "talk", // talk, speak, call, reach
  "support", // customer service, support
  "contact",
  "phoneWord", // phone, phone number, hotline
  "you", // you, your: "call you", "your number"
  "callMe", // call me, ruft mich an, rappelez-moi
  "numberWord", // "a number I can call"
  "bot", // bot, robot, "useless": frustration with the chat
  "botQuestion", // "are you a bot?": curiosity, not a request
  "want", // I want, I need, give me
  "complaint",
  // Anything else
  "greet",
  "thanks", // thanks, ok, bye
  "shipTo", // do you ship to, do you deliver to
  "country", // country names: "… to Canada"
  "shippingCost",
  "free", // free, gratis, kostenlos: "is shipping free?"
  "discount",
  "payment",
  "product", // in stock, material, size chart
  "restock", // back in stock: not a return
  "beforeBuy", // if I order today, can I order
  "offer", // do you offer, do you accept: a question about the shop
  "invoice",
  "addItem", // add an item to my order, combine orders
  "account", // login, password, newsletter
  "openHours", // when are you open: a question about the shop
  "emailWord", // "email address": an address, but not a shipping one
  // Set by the engine, not by words
  "orderNumber", // the message has an order number
  "question", // the message has a question mark
] as const;
export type Cue = (typeof CUES)[number];

/**
 * One language's words. Each cue lists phrases separated by "|", written as the shopper would type
 * them, accents and all (they are folded like messages). In a phrase each word is matched after
 * stemming-lite, with these marks:
 *   `word*`  any word starting with `word` ("stornier*": stornieren, storniert, Stornierung);
 *   `=word`  this exact form only, not its stem (English "=delivered" but not "delivery");
 *   `~`      up to three words of anything ("speak ~ human": "speak to a real human").
 */
export interface Lexicon {
  language: ChatLanguage;
  /**
   * Function words and common words, space separated: evidence for the language, never typo-corrected
   * (so English "there" never becomes "where") and never read as another language's word.
   */
  stopwords: string;
  /** Suffixes stemming-lite cuts, longest first. */
  suffixes: readonly string[];
  /** German and Dutch write compounds as one word: "Lieferadresse" also matches "adresse". */
  compounds: boolean;
  /** A few sentences of ordinary shop talk, for the language's character-trigram profile. */
  sample: string;
  /** Phrases per cue, separated by "|". */
  cues: Partial<Record<Cue, string>>;
}
