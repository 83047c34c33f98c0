import { classify } from "./classify";
import { extractEntities } from "./entities";
import { detectLanguage } from "./language";
import type { Cue } from "./lexicon/types";
import { readCues } from "./read";
import { MAX_MESSAGE_LENGTH, fold, tokenize } from "./text";
import type { ChatLanguage, Understanding } from "./types";

export { CHAT_LANGUAGES, INTENTS } from "./types";
export type { ChatLanguage, Intent, Understanding } from "./types";

/** Words read per message: 2,000 characters of real text are fewer. */
const MAX_TOKENS = 400;
/** A message this short may have its language guessed wrong; a longer one says enough. */
const SHORT_MESSAGE = 12;

function hasWordCue(cues: Set<Cue>): boolean {
  return [...cues].some((cue) => cue !== "orderNumber" && cue !== "question");
}

/**
 * Reads one storefront chat message: what the shopper wants, in which language, and any order number,
 * email or phone number in it. Runs in-process from hand-built lexicons (./lexicon) and rules
 * (./rules.ts); deterministic, and bounded by MAX_MESSAGE_LENGTH.
 *
 * `languageHint` (the page's or the conversation's language) breaks near-ties in language detection
 * and chooses the lexicon when the message alone says nothing about its language.
 */
export function understand(message: string, options: { languageHint?: ChatLanguage } = {}): Understanding {
  const text = message.slice(0, MAX_MESSAGE_LENGTH);
  const entities = extractEntities(text);
  const tokens = tokenize(fold(entities.rest)).slice(0, MAX_TOKENS);
  const guess = detectLanguage(tokens, entities.rest.toLowerCase(), options.languageHint);
  const primary = guess.language ?? options.languageHint ?? null;

  const cues = readCues(tokens, guess, primary);
  if (entities.orderNumber) cues.add("orderNumber");
  if (/[?¿]/.test(text)) cues.add("question");
  let result = classify(cues);
  if (primary && result.intent === "other" && tokens.length <= SHORT_MESSAGE && !hasWordCue(cues)) {
    // Not one word recognised in the language guessed: a short message may have been guessed wrong.
    // Every lexicon reads it, and a clear answer is kept ("cosa" is Spanish "things" but Italian "what").
    // Words as written only: six lexicons' typo corrections reach too far ("candele" is no "cancel*").
    const retry = classify(new Set([...readCues(tokens, guess, null, false), ...cues]));
    if (retry.confidence >= 0.5) result = retry;
  }
  return {
    intent: result.intent,
    confidence: result.confidence,
    language: guess.language,
    orderNumber: entities.orderNumber,
    email: entities.email,
    phone: entities.phone,
  };
}
