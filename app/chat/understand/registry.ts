import { compileLexicon, type CompiledLexicon } from "./compile";
import { LEXICONS } from "./lexicon";
import { fold } from "./text";
import { CHAT_LANGUAGES, type ChatLanguage } from "./types";

/** The six lexicons, compiled once when the module loads. */
export const COMPILED = Object.fromEntries(
  CHAT_LANGUAGES.map((language) => [language, compileLexicon(LEXICONS[language])]),
) as Record<ChatLanguage, CompiledLexicon>;

/** Function words of every language: a typo is never corrected away from one. */
export const FUNCTION_WORDS = new Set(
  CHAT_LANGUAGES.flatMap((language) => [...COMPILED[language].stopwords]),
);

/**
 * Every word a language's lexicon knows, function words and cue words: in a message of that language
 * another lexicon never reads them (German "nix" is "nothing", not English "nix" for cancel; Italian
 * "due" is "two", not English "due").
 */
export const OWN_WORDS = Object.fromEntries(
  CHAT_LANGUAGES.map((language) => [
    language,
    new Set([...COMPILED[language].stopwords, ...COMPILED[language].words]),
  ]),
) as Record<ChatLanguage, Set<string>>;

/**
 * How surely a lexicon has the word: 1 as written (a function word or a lexicon word), 0.6 by its stem
 * only (Dutch "dank" stems "danke" too), 0.4 by a prefix entry only ("annul*" reaches Italian
 * "annullare"), 0 not at all.
 */
export function knows(lexicon: CompiledLexicon, word: string): number {
  if (lexicon.stopwords.has(word) || lexicon.words.has(word)) return 1;
  if (lexicon.byStem.has(lexicon.stem(word))) return 0.6;
  for (let k = 3; k <= word.length; k++) if (lexicon.byPrefix.has(word.slice(0, k))) return 0.4;
  return 0;
}

/** Character-trigram log-probabilities per language, from each lexicon's sample and words. */
export const TRIGRAMS = Object.fromEntries(
  CHAT_LANGUAGES.map((language) => {
    const lexicon = COMPILED[language];
    const text = [fold(lexicon.lexicon.sample), ...lexicon.stopwords, ...lexicon.words].join(" ");
    const counts = new Map<string, number>();
    let total = 0;
    for (const word of text.split(/[^\p{L}]+/u).filter(Boolean)) {
      const padded = ` ${word} `;
      for (let i = 0; i + 3 <= padded.length; i++) {
        const trigram = padded.slice(i, i + 3);
        counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
        total++;
      }
    }
    const logProbabilities = new Map<string, number>();
    for (const [trigram, count] of counts) logProbabilities.set(trigram, Math.log(count / total));
    return [language, { logProbabilities, unseen: Math.log(0.1 / total) }];
  }),
) as Record<ChatLanguage, { logProbabilities: Map<string, number>; unseen: number }>;
