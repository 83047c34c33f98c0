/**
 * Stemming-lite: cuts the first matching suffix (the list is longest first) if at least three letters
 * stay, then undoubles a final consonant the cut exposed ("cancelled" → "cancell" → "cancel",
 * "pakketten" → "pakkett" → "pakket"). The same cut applies to the lexicon and to the message, so
 * only consistency matters, not linguistic accuracy.
 */
export function stem(word: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      // "status", "address", "bus": an "s" after s/u/i is not a plural.
      if (suffix === "s" && /[sui]s$/.test(word)) continue;
      const cut = word.slice(0, -suffix.length);
      const last = cut[cut.length - 1];
      // Not "ss": "suisse" → "suiss" must not become "suis" (French "I am").
      return last === cut[cut.length - 2] && !/[aeious]/.test(last) && cut.length > 3
        ? cut.slice(0, -1)
        : cut;
    }
  }
  return word;
}
