import { targetKey, type CompiledLexicon, type Entry, type Piece } from "./compile";
import { allowedEdits, withinDistance } from "./fuzzy";
import type { Cue } from "./lexicon/types";
import type { Token } from "./text";

/** The ways one message word may be read: as typed, with long letter runs cut, typo-corrected. */
interface Forms {
  surfaces: string[];
  stems: string[];
  /** A German or Dutch word the lexicon does not list whole: read by its parts too. */
  compound: boolean;
}

export interface MatchOptions {
  /** Correct typos toward this lexicon's words. */
  fuzzy: boolean;
  /** Function words of every language, never typo-corrected. */
  functionWords: Set<string>;
  /** Words this lexicon must not read: the function words of the message's own language. */
  skip?: Set<string>;
}

const CACHE_LIMIT = 5000;
/** Typo correction is the costly part: a message gets this many, enough for any real one. */
const CORRECTIONS_PER_MESSAGE = 40;
const corrections = new WeakMap<CompiledLexicon, Map<string, string[]>>();

/**
 * Whether the lexicon has the word as it is. A prefix entry alone does not count: "entregdo" starts
 * like "entreg*" (to deliver) yet is a typo of "entregado" (delivered), so it is still corrected.
 */
function isKnown(word: string, lexicon: CompiledLexicon): boolean {
  return lexicon.stopwords.has(word) || lexicon.byExact.has(word) || lexicon.byStem.has(lexicon.stem(word));
}

/** The lexicon words nearest to a typo, within the edits its length allows; none when it is too far. */
function correct(word: string, lexicon: CompiledLexicon): string[] {
  let cache = corrections.get(lexicon);
  if (!cache) corrections.set(lexicon, (cache = new Map()));
  const cached = cache.get(word);
  if (cached) return cached;

  const max = allowedEdits(word.length);
  let best: string[] = [];
  let bestDistance = max + 1;
  for (let length = word.length - max; length <= word.length + max; length++) {
    for (const target of lexicon.targets.get(targetKey(word[0], length)) ?? []) {
      // Typos rarely hit the first letter: one edit keeps it, two keep the first two. A five-letter
      // word is corrected only by a swapped or mistyped letter: "keine" is not a typo of "kleine".
      if (target[0] !== word[0] || (target.length < 6 && target.length !== word.length)) continue;
      const allowed = Math.min(max, allowedEdits(target.length), bestDistance, target[1] === word[1] ? 2 : 1);
      for (let distance = 1; distance <= allowed; distance++) {
        if (!withinDistance(word, target, distance)) continue;
        if (distance < bestDistance) best = [];
        bestDistance = distance;
        best.push(target);
        break;
      }
    }
  }
  if (bestDistance > 1) {
    for (const prefix of lexicon.longPrefixes) {
      for (let k = prefix.length - 1; k <= Math.min(prefix.length + 1, word.length - 1); k++) {
        if (withinDistance(word.slice(0, k), prefix, 1)) {
          best.push(prefix + word.slice(k));
          break;
        }
      }
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, best);
  return best;
}

function formsOf(
  token: Token,
  lexicon: CompiledLexicon,
  options: MatchOptions,
  budget: { left: number },
): Forms | null {
  if (options.skip?.has(token.text)) return null;
  const surfaces = token.alt ? [token.text, token.alt] : [token.text];
  const known = surfaces.some((word) => isKnown(word, lexicon));
  if (
    options.fuzzy &&
    budget.left > 0 &&
    token.text.length >= 5 &&
    !known &&
    !surfaces.some((word) => options.functionWords.has(word))
  ) {
    budget.left--;
    surfaces.push(...correct(token.alt ?? token.text, lexicon));
  }
  const compound = lexicon.lexicon.compounds && !known && token.text.length >= 8;
  return { surfaces, stems: surfaces.map(lexicon.stem), compound };
}

/**
 * "Lieferadresse" is an "Adresse" and "Adressänderung" an "Adresse" and an "Änderung": a compound
 * matches a lexicon word of five letters or more as its last or first part, three letters left over.
 */
function compoundHas(
  word: string,
  piece: { value: string; word: string },
  lexicon: CompiledLexicon,
): boolean {
  if (piece.word.length < 5 || word.length < piece.word.length + 3) return false;
  return (
    word.endsWith(piece.word) ||
    lexicon.stem(word).endsWith(piece.value) ||
    (piece.value.length >= 5 && word.startsWith(piece.value))
  );
}

function pieceMatches(piece: Piece, forms: Forms, lexicon: CompiledLexicon): boolean {
  switch (piece.kind) {
    case "exact":
      return forms.surfaces.includes(piece.value);
    case "prefix":
      return forms.surfaces.some((word) => word.startsWith(piece.value));
    case "stem":
      return (
        forms.stems.includes(piece.value) ||
        (forms.compound && forms.surfaces.some((word) => compoundHas(word, piece, lexicon)))
      );
    default:
      return false;
  }
}

/** The cues a lexicon finds in a message's words. */
export function findCues(tokens: Token[], lexicon: CompiledLexicon, options: MatchOptions): Set<Cue> {
  const forms: Array<Forms | null | undefined> = Array.from({ length: tokens.length });
  const budget = { left: CORRECTIONS_PER_MESSAGE };
  const formsAt = (i: number) =>
    forms[i] === undefined ? (forms[i] = formsOf(tokens[i], lexicon, options, budget)) : forms[i];

  const matchFrom = (pieces: Piece[], p: number, i: number): boolean => {
    if (p === pieces.length) return true;
    const piece = pieces[p];
    if (piece.kind === "gap") {
      for (let skip = 0; skip <= 3; skip++) if (matchFrom(pieces, p + 1, i + skip)) return true;
      return false;
    }
    const at = i < tokens.length ? formsAt(i) : null;
    return !!at && pieceMatches(piece, at, lexicon) && matchFrom(pieces, p + 1, i + 1);
  };

  const found = new Set<Cue>();
  for (let i = 0; i < tokens.length; i++) {
    const at = formsAt(i);
    if (!at) continue;
    const candidates: Entry[] = [];
    for (const value of at.stems) candidates.push(...(lexicon.byStem.get(value) ?? []));
    for (const word of at.surfaces) {
      candidates.push(...(lexicon.byExact.get(word) ?? []));
      for (let k = 3; k <= word.length; k++)
        candidates.push(...(lexicon.byPrefix.get(word.slice(0, k)) ?? []));
      if (!at.compound) continue;
      for (let k = 3; k <= word.length - 5; k++) {
        candidates.push(...(lexicon.byStem.get(lexicon.stem(word.slice(k))) ?? []));
      }
      for (let k = 5; k <= word.length - 3; k++)
        candidates.push(...(lexicon.byStem.get(word.slice(0, k)) ?? []));
    }
    for (const entry of candidates) {
      if (found.has(entry.cue)) continue;
      if (pieceMatches(entry.pieces[0], at, lexicon) && matchFrom(entry.pieces, 1, i + 1))
        found.add(entry.cue);
    }
  }
  return found;
}
