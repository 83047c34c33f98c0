import type { Cue, Lexicon } from "./lexicon/types";
import { stem } from "./stem";
import { fold } from "./text";

/** One word of a lexicon phrase, ready to compare with a message word. */
export type Piece =
  | { kind: "stem"; value: string; word: string }
  | { kind: "exact"; value: string }
  | { kind: "prefix"; value: string }
  | { kind: "gap" };

export interface Entry {
  cue: Cue;
  pieces: Piece[];
}

/** A lexicon indexed for matching: entries by their first word, typo targets by first letter and length. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  stem: (word: string) => string;
  stopwords: Set<string>;
  byStem: Map<string, Entry[]>;
  byExact: Map<string, Entry[]>;
  byPrefix: Map<string, Entry[]>;
  /** Prefixes of five letters or more, which a typo may also reach ("anuler" → "annul*"). */
  longPrefixes: string[];
  /** Lexicon words of five letters or more, by first letter and length: what a typo may be corrected to. */
  targets: Map<string, string[]>;
  /** Every word the lexicon uses, folded: evidence for the language. */
  words: Set<string>;
}

function toPieces(phrase: string, stemOf: (word: string) => string): Piece[] {
  const pieces: Piece[] = [];
  for (const raw of fold(phrase).trim().split(/\s+/)) {
    if (raw === "~") {
      pieces.push({ kind: "gap" });
      continue;
    }
    const exact = raw.startsWith("=");
    const prefix = raw.endsWith("*");
    const words = raw
      .replace(/^=|\*$/g, "")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    words.forEach((word, index) => {
      if (exact) pieces.push({ kind: "exact", value: word });
      else if (prefix && index === words.length - 1) pieces.push({ kind: "prefix", value: word });
      else pieces.push({ kind: "stem", value: stemOf(word), word });
    });
  }
  return pieces;
}

/** Typos rarely hit the first letter, so typo targets are filed under it and their length. */
export function targetKey(first: string, length: number): string {
  return `${first}${length}`;
}

function add(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Splits every cue's phrases into pieces and indexes them; throws on a phrase that cannot match. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const stemOf = (word: string) => stem(word, lexicon.suffixes);
  const compiled: CompiledLexicon = {
    lexicon,
    stem: stemOf,
    stopwords: new Set(fold(lexicon.stopwords).split(/\s+/).filter(Boolean)),
    byStem: new Map(),
    byExact: new Map(),
    byPrefix: new Map(),
    longPrefixes: [],
    targets: new Map(),
    words: new Set(),
  };
  const targets = new Set<string>();
  for (const [cue, list] of Object.entries(lexicon.cues) as Array<[Cue, string]>) {
    for (const phrase of list.split("|").map((text) => text.trim())) {
      const entry: Entry = { cue, pieces: toPieces(phrase, stemOf) };
      const first = entry.pieces[0];
      if (!first || first.kind === "gap")
        throw new Error(`Lexicon ${lexicon.language}: bad phrase "${phrase}"`);
      if (first.kind === "stem") add(compiled.byStem, first.value, entry);
      else if (first.kind === "exact") add(compiled.byExact, first.value, entry);
      else add(compiled.byPrefix, first.value, entry);
      for (const piece of entry.pieces) {
        if (piece.kind === "gap") continue;
        const word = piece.kind === "stem" ? piece.word : piece.value;
        compiled.words.add(word);
        if (piece.kind === "prefix" && word.length >= 5) compiled.longPrefixes.push(word);
        else if (piece.kind !== "prefix" && word.length >= 5) targets.add(word);
      }
    }
  }
  for (const word of targets) {
    const list = compiled.targets.get(targetKey(word[0], word.length)) ?? [];
    list.push(word);
    compiled.targets.set(targetKey(word[0], word.length), list);
  }
  compiled.longPrefixes = [...new Set(compiled.longPrefixes)];
  return compiled;
}
