import { COMPILED, TRIGRAMS, knows } from "./registry";
import type { Token } from "./text";
import { CHAT_LANGUAGES, type ChatLanguage } from "./types";

export interface LanguageGuess {
  language: ChatLanguage | null;
  scores: Record<ChatLanguage, number>;
}

/** Words every one of the languages uses: no evidence either way. */
const NEUTRAL = new Set(
  `ok okay oke okey k hi hey bot ai eta dhl ups dpd gls fedex usps paypal klarna email mail sms whatsapp
  status info tracking track code online shop app chat pls plz lol xd`.split(/\s+/),
);

/** Letters that only some of the languages write, with how much each says. */
const LETTERS: Record<string, Partial<Record<ChatLanguage, number>>> = {
  ß: { de: 1.5 },
  ä: { de: 1 },
  ö: { de: 1 },
  ü: { de: 1 },
  ñ: { es: 1.5 },
  "¿": { es: 2 },
  "¡": { es: 2 },
  á: { es: 1 },
  í: { es: 1 },
  ó: { es: 0.8, it: 0.2 },
  ú: { es: 1 },
  ç: { fr: 1.2 },
  ê: { fr: 1 },
  â: { fr: 1 },
  î: { fr: 1 },
  ô: { fr: 1 },
  û: { fr: 1 },
  œ: { fr: 1.5 },
  é: { fr: 0.4, es: 0.3, it: 0.3 },
  è: { fr: 0.5, it: 0.5 },
  à: { fr: 0.5, it: 0.5 },
  ù: { fr: 0.5, it: 0.5 },
  ì: { it: 1 },
  ò: { it: 1 },
  ë: { nl: 0.6, fr: 0.4 },
  ï: { nl: 0.5, fr: 0.5 },
};

const UNKNOWN_WORD_WEIGHT = 0.4;
const SHARED_WORD_WEIGHT = 0.25;
const MIN_EVIDENCE = 0.6;
const HINT_BONUS = 0.25;
const MIN_MARGIN = 0.1;

function trigramPosterior(word: string): Record<ChatLanguage, number> {
  const padded = ` ${word} `;
  const logLikelihoods = CHAT_LANGUAGES.map((language) => {
    const model = TRIGRAMS[language];
    let sum = 0;
    for (let i = 0; i + 3 <= padded.length; i++) {
      sum += model.logProbabilities.get(padded.slice(i, i + 3)) ?? model.unseen;
    }
    return (sum / (padded.length - 2)) * 2;
  });
  const best = Math.max(...logLikelihoods);
  const weights = logLikelihoods.map((value) => Math.exp(value - best));
  const total = weights.reduce((a, b) => a + b, 0);
  return Object.fromEntries(CHAT_LANGUAGES.map((language, i) => [language, weights[i] / total])) as Record<
    ChatLanguage,
    number
  >;
}

function emptyScores(): Record<ChatLanguage, number> {
  return { en: 0, de: 0, fr: 0, es: 0, it: 0, nl: 0 };
}

/** Dictionary evidence for one word, shared out among the languages that know it. */
function wordEvidence(token: Token): Record<ChatLanguage, number> {
  const evidence = emptyScores();
  let total = 0;
  for (const language of CHAT_LANGUAGES) {
    const strength = Math.max(
      knows(COMPILED[language], token.text),
      token.alt === null ? 0 : knows(COMPILED[language], token.alt),
    );
    evidence[language] = strength;
    total += strength;
  }
  for (const language of CHAT_LANGUAGES) evidence[language] /= Math.max(1, total);
  return evidence;
}

const CACHE_LIMIT = 5000;
const evidenceCache = new Map<string, Record<ChatLanguage, number>>();

/** All one word says about the language: dictionaries first, spelling for unknown or shared words. */
function tokenEvidence(token: Token): Record<ChatLanguage, number> {
  const key = token.alt === null ? token.text : `${token.text} ${token.alt}`;
  const cached = evidenceCache.get(key);
  if (cached) return cached;
  const word = token.alt ?? token.text;
  const evidence = emptyScores();
  if (!NEUTRAL.has(word) && word.length >= 2) {
    const dictionary = wordEvidence(token);
    const known = CHAT_LANGUAGES.filter((language) => dictionary[language] > 0).length;
    const spelling = known === 1 || word.length < 3 ? 0 : known ? SHARED_WORD_WEIGHT : UNKNOWN_WORD_WEIGHT;
    const posterior = spelling ? trigramPosterior(word) : emptyScores();
    for (const language of CHAT_LANGUAGES)
      evidence[language] = dictionary[language] + spelling * posterior[language];
  }
  if (evidenceCache.size >= CACHE_LIMIT) evidenceCache.clear();
  evidenceCache.set(key, evidence);
  return evidence;
}

/**
 * Which language a message is in: function words and lexicon words count (shared ones split), letters
 * like ß or ñ count, and spelling (character trigrams) decides unknown and shared words. Too little
 * evidence, or a near-tie the hint does not break, is null.
 */
export function detectLanguage(tokens: Token[], lowercased: string, hint?: ChatLanguage): LanguageGuess {
  const scores = emptyScores();
  for (const token of tokens) {
    const evidence = tokenEvidence(token);
    for (const language of CHAT_LANGUAGES) scores[language] += evidence[language];
  }
  for (const [letter, weights] of Object.entries(LETTERS)) {
    const count = Math.min(2, lowercased.split(letter).length - 1);
    if (!count) continue;
    for (const [language, weight] of Object.entries(weights) as Array<[ChatLanguage, number]>) {
      scores[language] += count * weight;
    }
  }
  const ranked = [...CHAT_LANGUAGES].sort((a, b) => scores[b] - scores[a]);
  const total = CHAT_LANGUAGES.reduce((sum, language) => sum + scores[language], 0);
  if (total < MIN_EVIDENCE) return { language: null, scores };
  if (hint && scores[hint] + HINT_BONUS >= scores[ranked[0]]) return { language: hint, scores };
  if (scores[ranked[0]] - scores[ranked[1]] < MIN_MARGIN) return { language: null, scores };
  return { language: ranked[0], scores };
}
