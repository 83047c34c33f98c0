import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHAT_LANGUAGES, INTENTS, understand, type ChatLanguage, type Intent } from "~/chat/understand";

interface LabelledMessage {
  text: string;
  language: ChatLanguage;
  intent: Intent;
}

const DEV_SET = "tests/fixtures/chat-intents-dev.jsonl";
/** The first held-out set: measured once blind (0.942), then read for error analysis, so now seen. */
const SEEN_HELD_OUT_SET = "tests/fixtures/chat-intents-heldout-1.jsonl";
/** The second held-out set, written by someone else and never read while tuning: it only measures. */
const BLIND_HELD_OUT_SET = "tests/fixtures/chat-intents-heldout-2.jsonl";
const REQUIRED_ACCURACY = 0.97;
/**
 * What the classifier is held to on the blind set (tests/fixtures/chat-intents-heldout-2.jsonl, measured once,
 * never tuned on): 0.97 overall, as aimed for, and 0.95 in every language. Measured when it was committed:
 * 0.973 overall; en 0.96, de 0.97, fr 0.98, es 0.96, it 0.98, nl 0.99. Raising the per-language floor needs a
 * new blind set, not tuning on this one.
 */
const HELDOUT_REQUIRED = 0.97;
const HELDOUT_REQUIRED_PER_LANGUAGE = 0.95;

function readSet(path: string): LabelledMessage[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledMessage);
}

interface Report {
  overall: number;
  byLanguage: Map<string, { correct: number; total: number }>;
  confusion: Map<string, number>;
  languageDetected: { correct: number; none: number; total: number };
}

/** Reads every message, then scores intents per language and counts what was mistaken for what. */
function evaluate(messages: LabelledMessage[]): Report {
  const byLanguage = new Map<string, { correct: number; total: number }>();
  const confusion = new Map<string, number>();
  const languageDetected = { correct: 0, none: 0, total: messages.length };
  let correct = 0;
  for (const message of messages) {
    const understood = understand(message.text);
    const tally = byLanguage.get(message.language) ?? { correct: 0, total: 0 };
    tally.total++;
    if (understood.intent === message.intent) {
      tally.correct++;
      correct++;
    } else {
      const key = `${message.intent} → ${understood.intent}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
    byLanguage.set(message.language, tally);
    if (understood.language === message.language) languageDetected.correct++;
    else if (understood.language === null) languageDetected.none++;
  }
  return {
    overall: messages.length ? correct / messages.length : 0,
    byLanguage,
    confusion,
    languageDetected,
  };
}

function print(name: string, report: Report): void {
  const languages = [...report.byLanguage.entries()]
    .map(
      ([language, { correct, total }]) => `${language} ${(correct / total).toFixed(3)} (${correct}/${total})`,
    )
    .join(", ");
  const confusion = [...report.confusion.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([pair, count]) => `${pair}: ${count}`)
    .join("; ");
  const { correct, none, total } = report.languageDetected;
  console.info(
    `${name}: intent accuracy ${report.overall.toFixed(3)} overall; ${languages}\n` +
      `  mistaken (expected → got): ${confusion || "none"}\n` +
      `  language detected ${correct}/${total}, undecided ${none}`,
  );
}

describe("understand: order numbers", () => {
  it.each([
    ["where is my order #1001", "1001"],
    ["order 2291 - when does it ship?", "2291"],
    ["1001", "1001"],
    ["#1043", "1043"],
    ["order number: 55120, email kate@example.com", "55120"],
    ["Wann kommt meine Lieferung an? Bestellnr. 1187", "1187"],
    ["Bestellnummer 1202 bitte stornieren", "1202"],
    ["ma commande n°1187 n'est toujours pas arrivée", "1187"],
    ["commande nº 3345", "3345"],
    ["mi pedido #2290 todavía no ha llegado", "2290"],
    ["número de pedido 4521", "4521"],
    ["ordine 1450 risulta consegnato", "1450"],
    ["bestelling 3345 wijzigen", "3345"],
    ["Can you check on 4521 for me", "4521"],
    ["order 1234, phone +49 151 23456789", "1234"],
  ])("reads %j as order %s", (message, expected) => {
    expect(understand(message).orderNumber).toBe(expected);
  });

  it.each([
    ["a quantity", "I ordered 2 items"],
    ["a duration", "been waiting 3 weeks"],
    ["a duration, in German", "vor 2 Wochen bestellt"],
    ["a date", "ordered on 12.03.2024"],
    ["a date with slashes", "ordered 03/12/2024, still nothing"],
    ["a time", "it said it would come at 14:30"],
    ["a price", "I paid €49.99 for shipping"],
    ["a postcode in an address", "please change the address to Hauptstraße 12, 10115 Berlin"],
    ["a Dutch postcode", "de juiste postcode is 1012 AB"],
    ["a phone number", "call me on 0151 23456789"],
    ["a tracking number", "my tracking number is 00340434161234567890"],
    ["a year after a month", "ordered in March 2024"],
  ])("finds no order number in %s", (_case, message) => {
    expect(understand(message).orderNumber).toBeNull();
  });
});

describe("understand: emails and phones", () => {
  it("lowercases the email and keeps it out of the order number", () => {
    const understood = understand("Cancel order 5567, email Mark.Smith99@Outlook.COM");
    expect(understood.email).toBe("mark.smith99@outlook.com");
    expect(understood.orderNumber).toBe("5567");
    expect(understood.phone).toBeNull();
  });

  it.each([
    ["+44 7911 123456", "+447911123456"],
    ["Bitte ruft mich an: 0151 23456789", "015123456789"],
    ["Rappelez-moi au 06 12 34 56 78", "0612345678"],
    ["my number is (201) 555-0123", "2015550123"],
    ["Llámenme al +34 612 345 678", "+34612345678"],
    ["Chiamatemi al 333 123 4567", "3331234567"],
  ])("reads the phone in %j as %s", (message, expected) => {
    expect(understand(message).phone).toBe(expected);
  });

  it.each([["#1001"], ["order 123456"], ["12.03.2024"], ["12345"]])("finds no phone in %j", (message) => {
    expect(understand(message).phone).toBeNull();
  });

  it("tells an order number from a phone number in the same message", () => {
    const understood = understand("Bestellung #2045, meine Handynummer ist 0171 9876543");
    expect(understood.orderNumber).toBe("2045");
    expect(understood.phone).toBe("01719876543");
  });
});

describe("understand: language", () => {
  it.each([
    ["thanks so much!", "en"],
    ["Danke", "de"],
    ["merci", "fr"],
    ["gracias", "es"],
    ["grazie", "it"],
    ["bedankt", "nl"],
    ["where is my order", "en"],
    ["Wo ist mein Paket?", "de"],
    ["Où est ma commande ?", "fr"],
    ["¿Dónde está mi pedido?", "es"],
    ["Dov'è il mio ordine?", "it"],
    ["Waar is mijn bestelling?", "nl"],
    ["stornieren", "de"],
    ["annuleren", "nl"],
  ] as const)("reads %j as %s", (message, expected) => {
    expect(understand(message).language).toBe(expected);
  });

  it.each([
    [
      "en",
      "Hello, so I placed an order about two weeks ago for my daughter's birthday and it still hasn't arrived, can you check?",
    ],
    [
      "de",
      "Hallo zusammen, ich habe vor zwei Wochen eine Jacke bestellt und sie ist bis heute nicht angekommen.",
    ],
    [
      "fr",
      "Bonjour, j'ai passé commande il y a deux semaines et je n'ai toujours rien reçu, pouvez-vous vérifier ?",
    ],
    ["es", "Hola, hice un pedido hace dos semanas y todavía no ha llegado, ¿pueden revisarlo? Gracias"],
    ["it", "Buongiorno, ho fatto un ordine due settimane fa e non è ancora arrivato, potete controllare?"],
    ["nl", "Hallo, ik heb twee weken geleden besteld en het is er nog steeds niet, kunnen jullie kijken?"],
  ] as const)("reads a long %s message", (expected, message) => {
    expect(understand(message).language).toBe(expected);
  });

  it.each([["#1001"], ["1001"], ["ok"], ["👍"], ["jane@example.com"], ["???"], [""]])(
    "cannot tell from %j",
    (message) => {
      expect(understand(message).language).toBeNull();
    },
  );

  it("lets the hint decide a word two languages share", () => {
    expect(understand("Hallo", { languageHint: "nl" }).language).toBe("nl");
    expect(understand("Hallo", { languageHint: "de" }).language).toBe("de");
    expect(understand("Wo ist mein Paket?", { languageHint: "nl" }).language).toBe("de");
  });
});

describe("understand: intents", () => {
  it.each([
    ["Tracking says delivered but I never got it", "not_received"],
    ["it hasn't been delivered yet", "order_status"],
    ["where is my order? I want to cancel it", "cancel_order"],
    ["it hasn't arrived, I want a refund", "return_refund"],
    ["can I talk to a real person", "human"],
    ["do you ship to Canada?", "other"],
    ["How long does shipping take to Australia?", "other"],
    ["how long until my order gets here", "order_status"],
    ["the parcel was delivered to the wrong address", "not_received"],
    ["I put the wrong address on my order", "change_address"],
    ["what is my email address", "other"],
    ["the tracking link doesn't work", "order_status"],
    ["the jacket is too small", "return_refund"],
    ["Quand est-ce que le sweat noir sera de retour en stock ?", "other"],
    ["wheres my pakage", "order_status"],
    ["cancle order", "cancel_order"],
    ["Ich möchte meine Lieferadresse ändern", "change_address"],
    ["asdfgh", "other"],
    // A bare answer to "what is your order number / email?" keeps the conversation's question.
    ["#1001", "other"],
    ["jane@example.com", "other"],
  ] as const)("reads %j as %s", (message, expected) => {
    expect(understand(message).intent).toBe(expected);
  });

  it("is sure of a plain request and unsure of a bare fragment", () => {
    expect(understand("I want to cancel my order").confidence).toBeGreaterThan(0.8);
    expect(understand("where?").confidence).toBeLessThan(0.5);
  });

  it("answers the same way every time, and reads only the first 2,000 characters", () => {
    const message = "where is my order ".repeat(50);
    expect(understand(message)).toEqual(understand(message));
    const long = "I want to cancel my order. " + "blah ".repeat(2000) + "#4567";
    const understood = understand(long);
    expect(understood.intent).toBe("cancel_order");
    expect(understood.orderNumber).toBeNull();
  });
});

describe("understand: development set", () => {
  const messages = readSet(DEV_SET);

  it("has at least 40 messages in each language, each labelled with a known intent", () => {
    for (const language of CHAT_LANGUAGES) {
      expect(messages.filter((message) => message.language === language).length).toBeGreaterThanOrEqual(40);
    }
    for (const message of messages) expect(INTENTS).toContain(message.intent);
  });

  it(`reads at least ${REQUIRED_ACCURACY} of each language's intents right`, () => {
    const report = evaluate(messages);
    print("development set", report);
    for (const language of CHAT_LANGUAGES) {
      const tally = report.byLanguage.get(language);
      expect(tally, language).toBeDefined();
      expect(tally!.correct / tally!.total, language).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
    }
  });

  it("takes well under a millisecond per message", () => {
    for (const message of messages) understand(message.text);
    const started = performance.now();
    for (const message of messages) understand(message.text);
    const perMessage = (performance.now() - started) / messages.length;
    console.info(`understand: ${perMessage.toFixed(4)} ms per message over ${messages.length} messages`);
    expect(perMessage).toBeLessThan(1);
  });
});

// Labelled by someone else, but its misses were studied and fixed: development material now.
describe("understand: seen held-out set", () => {
  it(`reads at least ${REQUIRED_ACCURACY} of the seen held-out intents right`, () => {
    const messages = readSet(SEEN_HELD_OUT_SET);
    expect(messages.length).toBeGreaterThan(0);
    const report = evaluate(messages);
    print("seen held-out set (heldout-1)", report);
    expect(report.overall).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
  });
});

// The blind set is labelled by someone else and never read while tuning: this only measures. Nothing
// here touches the file until the test itself runs (a filtered run never stats it).
describe("blind held-out set", () => {
  it(`reads at least ${HELDOUT_REQUIRED} of the blind held-out intents right, and ${HELDOUT_REQUIRED_PER_LANGUAGE} in every language`, (context) => {
    if (!existsSync(BLIND_HELD_OUT_SET)) {
      console.info(`blind held-out set: ${BLIND_HELD_OUT_SET} not found, skipping its accuracy test`);
      context.skip(`${BLIND_HELD_OUT_SET} not found`);
    }
    const messages = readSet(BLIND_HELD_OUT_SET);
    expect(messages.length).toBeGreaterThan(0);
    const report = evaluate(messages);
    print("blind held-out set (heldout-2)", report);
    expect(report.overall).toBeGreaterThanOrEqual(HELDOUT_REQUIRED);
    for (const language of CHAT_LANGUAGES) {
      const tally = report.byLanguage.get(language);
      expect(tally, language).toBeDefined();
      expect(tally!.correct / tally!.total, language).toBeGreaterThanOrEqual(HELDOUT_REQUIRED_PER_LANGUAGE);
    }
  });
});
