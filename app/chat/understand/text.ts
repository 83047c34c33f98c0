/** Longer messages are cut: nothing a shopper types to a chat needs more, and the work stays bounded. */
export const MAX_MESSAGE_LENGTH = 2000;

/** One word of a message, folded: lowercase, no accents. */
export interface Token {
  /** Letters repeated three or more times cut to two ("pleeease" → "pleease"). */
  text: string;
  /** The same with every repeated letter cut to one ("pleease" → "please"), when the word had a long run. */
  alt: string | null;
}

/**
 * Lowercase without accents, so "Adresse", "adresse" and "adrèsse" read alike: NFKD splits a letter from
 * its accent and the accent is dropped. Letters NFKD keeps whole are spelled out first.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/æ/g, "ae")
    .replace(/œ/g, "oe")
    .replace(/ø/g, "o")
    .replace(/ł/g, "l")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
}

/**
 * The words of a folded text. English "n't" becomes " not" so "didn't" carries its negation; other
 * apostrophes split ("l'ordine" → "l", "ordine"). Digits are left out: numbers are entities, not words.
 */
export function tokenize(folded: string): Token[] {
  const words = folded
    .replace(/n['’`´]t\b/g, " not")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !/\d/.test(word));
  return words.map((word) => {
    const text = word.replace(/(.)\1{2,}/gu, "$1$1");
    if (text === word && !/(.)\1{2,}/u.test(word)) return { text, alt: null };
    const alt = word.replace(/(.)\1+/gu, "$1");
    return { text, alt: alt === text ? null : alt };
  });
}
