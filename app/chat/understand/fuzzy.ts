/** Longer words are never typo-corrected (no lexicon word is this long), which also bounds the rows below. */
export const MAX_FUZZY_LENGTH = 40;

// Three rolling rows, reused: the distance runs on every unknown word against many lexicon words.
const rows = [0, 1, 2].map(() => new Int32Array(MAX_FUZZY_LENGTH + 3));

/**
 * Whether two words are within `max` edits of each other, counting an adjacent swap as one edit
 * (optimal-string-alignment Damerau–Levenshtein). Stops as soon as a whole row is over `max`, so a far
 * word costs a row or two.
 */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  if (a.length > MAX_FUZZY_LENGTH || b.length > MAX_FUZZY_LENGTH) return false;
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return false;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] <= max;
}

/** How far a typo may go: one edit from five letters on, two from nine; short words must be exact. */
export function allowedEdits(length: number): number {
  if (length > MAX_FUZZY_LENGTH) return 0;
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}
