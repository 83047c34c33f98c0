/**
 * The conversations the bench holds: shoppers of the seeded store, each writing in one of the chat's six
 * languages about their own order (number and email from ../lookup/seed.ts), in three shapes:
 *
 *   A  "where is my order?" → order number + email in the form → "when will it arrive?" (→ a person)
 *   B  order number + email in the message → "when will it arrive?" (→ a person)
 *   C  "do you ship to Canada?" → "I want to talk to a person, <email>"
 *
 * Half of A and B end by asking for a person, so n conversations of each shape give n first messages,
 * n verifications, n follow-ups and n handoffs.
 */
import { CHAT_LANGUAGES, type ChatLanguage } from "../../app/chat/understand";
import { orderEmail, orderName, type StorePlan } from "../lookup/seed";
import { PHRASES, say } from "./messages";

export const KINDS = ["first", "verify", "followUp", "handoff"] as const;
export type Kind = (typeof KINDS)[number];

/** What the reply must show for the turn to count as answered right. */
export type Expect = "asksToVerify" | "generalAnswer" | "status" | "escalated";

export interface Turn {
  kind: Kind;
  /** Which way of the kind, for the figures ("where is my order" or "other" for a first message …). */
  variant: string;
  /** The widget's JSON body apart from conversationId, which comes from the previous reply. */
  body: { message: string; orderNumber?: string; contact?: string; locale: string };
  expect: Expect;
}

export interface Script {
  shop: number;
  language: ChatLanguage;
  /** The order the shopper asks about, by its name ("#1234"). */
  order: string;
  turns: Turn[];
  /** Warm-up conversations are sent like the others but not timed. */
  timed: boolean;
}

type Shape = "A" | "B" | "C";

export function makeScripts(
  plan: StorePlan,
  rand: () => number,
  counts: { perShape: number; warmupTurns: number },
): Script[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const build = (shape: Shape, handoff: boolean, timed: boolean): Script => {
    // A shipment that is not cancelled (seed.ts cancels every 97th).
    let i = Math.floor(rand() * plan.shipments);
    while (i % 97 === 0) i = Math.floor(rand() * plan.shipments);
    const language = pick(CHAT_LANGUAGES);
    const book = PHRASES[language];
    // Most storefronts show the shopper's language; some shoppers write in theirs on an English one.
    const locale = rand() < 0.8 ? language : "en";
    const name = orderName(i, plan.shops);
    const email = rand() < 0.2 ? orderEmail(i).replace(/^s/, "S") : orderEmail(i);
    const typedNumber = rand() < 0.5 ? name : name.slice(1);
    const turn = (kind: Kind, variant: string, expect: Expect, fields: Partial<Turn["body"]>): Turn => ({
      kind,
      variant,
      expect,
      body: { message: "", locale, ...fields },
    });
    const turns: Turn[] = [];
    if (shape === "A") {
      turns.push(
        turn("first", "order, not named", "asksToVerify", { message: pick(book.whereIsMyOrder) }),
        turn("verify", "widget form", "status", {
          message: typedNumber,
          orderNumber: typedNumber,
          contact: email,
        }),
      );
    } else if (shape === "B") {
      turns.push(
        turn("verify", "in the message", "status", {
          message: say(pick(book.statusWithOrder), { order: typedNumber, email }),
        }),
      );
    } else {
      turns.push(
        turn("first", "other question", "generalAnswer", { message: pick(book.other) }),
        turn("handoff", "guest, with email", "escalated", {
          message: say(pick(book.personWithEmail), { email }),
        }),
      );
    }
    if (shape !== "C") {
      turns.push(turn("followUp", "when will it arrive", "status", { message: pick(book.followUp) }));
      if (handoff) turns.push(turn("handoff", "verified", "escalated", { message: pick(book.person) }));
    }
    return { shop: i % plan.shops, language, order: name, turns, timed };
  };

  const timed: Script[] = [];
  for (let n = 0; n < counts.perShape; n++) {
    timed.push(build("A", n % 2 === 1, true), build("B", n % 2 === 0, true), build("C", false, true));
  }
  const warmup: Script[] = [];
  for (let turns = 0; turns < counts.warmupTurns;) {
    const script = build(pick(["A", "B", "C"] as const), rand() < 0.5, false);
    warmup.push(script);
    turns += script.turns.length;
  }
  return [...warmup, ...shuffle(timed, rand)];
}

function shuffle<T>(list: T[], rand: () => number): T[] {
  for (let k = list.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [list[k], list[j]] = [list[j], list[k]];
  }
  return list;
}
