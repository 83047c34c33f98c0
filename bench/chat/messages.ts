/**
 * What shoppers type into the chat, in each language it answers in: short, lower-case more often than
 * not, with the typos people make on a phone. `{order}` is an order number as the shopper writes it
 * ("#1234" or "1234"), `{email}` their email address.
 */
import type { ChatLanguage } from "../../app/chat/understand";

export interface Phrasebook {
  /** Asks about an order without naming it: the chat asks for the order number and email first. */
  whereIsMyOrder: string[];
  /** Nothing about an order (shipping questions, a greeting): the general answer. */
  other: string[];
  /** Asks about an order and names it and the email in the same message. */
  statusWithOrder: string[];
  /** After the status, in the same conversation. */
  followUp: string[];
  /** Asks for a person and leaves an email for the reply. */
  personWithEmail: string[];
  /** Asks for a person once verified (the chat already knows the order). */
  person: string[];
}

export const PHRASES: Record<ChatLanguage, Phrasebook> = {
  en: {
    whereIsMyOrder: [
      "where is my order?",
      "wher is my oder??",
      "hi, has my package shipped yet",
      "tracking?",
      "when will my parcel arrive",
    ],
    other: ["do you ship to Canada?", "hi", "do you have a discount code", "does this hoodie come in blue?"],
    statusWithOrder: [
      "where is my order {order}? my email is {email}",
      "hi, order {order} still not here, its {email}",
      "status of order {order} please, email {email}",
      "{email} order {order} where is it",
    ],
    followUp: ["when will it arrive?", "and when will it get here", "so when does it arive"],
    personWithEmail: [
      "I want to talk to a person, my email is {email}",
      "can i speak to someone? {email}",
      "talk to a human pls, {email}",
    ],
    person: ["can I talk to someone please", "i want to speak to a real person"],
  },
  de: {
    whereIsMyOrder: [
      "Wo bleibt meine Bestellung?",
      "wo ist mein paket",
      "wann kommt meine bestelung an?",
      "Hallo, ist mein Paket schon verschickt?",
    ],
    other: [
      "Liefert ihr auch in die Schweiz?",
      "Hallo",
      "habt ihr einen Rabattcode?",
      "Gibt es die Jacke auch in Blau?",
    ],
    statusWithOrder: [
      "Hallo, wo bleibt meine Bestellung {order}? Meine Mail ist {email}",
      "bestellung {order} ist noch nicht da, {email}",
      "Wo ist mein Paket? Bestellnr {order}, {email}",
    ],
    followUp: ["und wann kommt es an?", "wann kommt das paket?", "Wann wird es geliefert?"],
    personWithEmail: [
      "Ich möchte mit einem Menschen sprechen, meine Mail ist {email}",
      "kann ich mit jemandem reden? {email}",
    ],
    person: ["Kann ich mit jemandem sprechen?", "mitarbeiter bitte"],
  },
  fr: {
    whereIsMyOrder: [
      "Où est ma commande ?",
      "ou est ma comande",
      "suivi colis svp",
      "Quand est-ce que je vais recevoir mon colis ?",
    ],
    other: ["Vous livrez en Belgique ?", "Bonjour", "Vous avez un code promo ?", "Ce pull existe en bleu ?"],
    statusWithOrder: [
      "Bonjour, où est ma commande {order} ? mon mail : {email}",
      "commande {order} toujours pas reçue, {email}",
      "ou en est ma commande {order} svp ({email})",
    ],
    followUp: [
      "et quand est-ce que je vais la recevoir ?",
      "elle arrive quand ?",
      "quand est ce que ça arrive",
    ],
    personWithEmail: [
      "Je veux parler à un humain, mon email est {email}",
      "je peux parler a quelqu'un ? {email}",
    ],
    person: ["Je peux parler à quelqu'un ?", "conseiller svp"],
  },
  es: {
    whereIsMyOrder: [
      "¿Dónde está mi pedido?",
      "donde esta mi pedio",
      "cuando me llega el paquete",
      "seguimiento?",
    ],
    other: [
      "¿Hacéis envíos a México?",
      "hola",
      "algún código de descuento?",
      "¿Esta camiseta la tenéis en azul?",
    ],
    statusWithOrder: [
      "hola, dónde está mi pedido {order}? mi correo es {email}",
      "pedido {order} todavia no llega, {email}",
      "¿Dónde está mi pedido? Es el {order}, {email}",
    ],
    followUp: ["¿y cuándo llega?", "cuando me llega?", "y para cuándo llega"],
    personWithEmail: [
      "quiero hablar con una persona, mi correo es {email}",
      "¿Puedo hablar con alguien? {email}",
    ],
    person: ["¿Puedo hablar con alguien?", "quiero hablar con una persona"],
  },
  it: {
    whereIsMyOrder: [
      "Dov'è il mio ordine?",
      "dove il mio ordne??",
      "a che punto è la mia spedizione",
      "quando arriva il pacco?",
    ],
    other: ["Spedite in Svizzera?", "ciao", "avete codici sconto?", "Questo maglione c'è anche in blu?"],
    statusWithOrder: [
      "ciao, dov'è il mio ordine {order}? la mia email è {email}",
      "ordine {order} non ancora arrivato, {email}",
      "a che punto è l'ordine {order}? {email}",
    ],
    followUp: ["e quando arriva?", "quando mi arriva?", "quando arriva il pacco?"],
    personWithEmail: [
      "voglio parlare con una persona, la mia email è {email}",
      "Posso parlare con qualcuno? {email}",
    ],
    person: ["Posso parlare con qualcuno?", "voglio parlare con un operatore"],
  },
  nl: {
    whereIsMyOrder: [
      "Waar is mijn bestelling?",
      "waar blijft mijn pakketje",
      "wanneer komt mn pakket",
      "track en trace?",
    ],
    other: [
      "Verzenden jullie naar België?",
      "hoi",
      "hebben jullie een kortingscode?",
      "Is deze trui ook in het blauw?",
    ],
    statusWithOrder: [
      "Hoi, waar blijft mijn bestelling {order}? mijn mail is {email}",
      "bestelling {order} is nog niet binnen, {email}",
      "waar is bestelling {order}? {email}",
    ],
    followUp: ["en wanneer komt het aan?", "wanneer komt het binnen?", "wanneer wordt het bezorgd"],
    personWithEmail: [
      "ik wil een echt persoon spreken, mijn mail is {email}",
      "Kan ik iemand spreken? {email}",
    ],
    person: ["Kan ik iemand spreken?", "medewerker graag"],
  },
};

/** Fills the placeholders. */
export function say(template: string, vars: { order?: string; email?: string }): string {
  return template.replace(/\{order\}/g, vars.order ?? "").replace(/\{email\}/g, vars.email ?? "");
}
