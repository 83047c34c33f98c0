import type { LanguageGuess } from "./language";
import type { Cue } from "./lexicon/types";
import { findCues } from "./match";
import { COMPILED, FUNCTION_WORDS, OWN_WORDS } from "./registry";
import type { Token } from "./text";
import { CHAT_LANGUAGES, type ChatLanguage } from "./types";

/** A language scoring at least this share of the best is read too: the guess may be wrong. */
const RUNNER_UP_SHARE = 0.6;

/**
 * The cues in a message, read with the lexicons its language makes plausible: the message's language
 * (typos corrected), close runners-up, and English loanwords ("tracking", "refund") without typo
 * correction and never on the message language's own words (Dutch "door" is not a door, German "nix" is
 * not English "nix").
 * With no language at all, every lexicon reads it; `fuzzy: false` reads them without typo correction.
 */
export function readCues(
  tokens: Token[],
  guess: LanguageGuess,
  primary: ChatLanguage | null,
  fuzzy = true,
): Set<Cue> {
  const cues = new Set<Cue>();
  const addAll = (found: Set<Cue>) => found.forEach((cue) => cues.add(cue));
  if (!primary) {
    for (const language of CHAT_LANGUAGES) {
      addAll(findCues(tokens, COMPILED[language], { fuzzy, functionWords: FUNCTION_WORDS }));
    }
    return cues;
  }
  const own = COMPILED[primary];
  addAll(findCues(tokens, own, { fuzzy: true, functionWords: FUNCTION_WORDS }));
  const best = guess.scores[primary];
  for (const language of CHAT_LANGUAGES) {
    if (language === primary) continue;
    const close = best > 0 && guess.scores[language] >= RUNNER_UP_SHARE * best;
    if (!close && language !== "en") continue;
    addAll(
      findCues(tokens, COMPILED[language], {
        fuzzy: false,
        functionWords: FUNCTION_WORDS,
        skip: OWN_WORDS[primary],
      }),
    );
  }
  return cues;
}
