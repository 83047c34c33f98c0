/**
 * Keyset pagination over (shippedAt, id), newest first: a page starts strictly after (or, going back,
 * strictly before) the row a cursor names, so pages stay stable while shipments arrive and a deep page
 * costs the same as the first (no OFFSET). The id breaks ties between shipments shipped the same moment.
 */
export interface Key {
  shippedAt: Date;
  id: string;
}

/** "<epoch ms>~<id>": readable in the URL, and nothing in it is secret (ids are scoped to the shop). */
export function encodeCursor(key: Key): string {
  return `${key.shippedAt.getTime()}~${key.id}`;
}

export function decodeCursor(cursor: string | null): Key | null {
  const match = cursor ? /^(\d{1,15})~([A-Za-z0-9_-]{1,64})$/.exec(cursor) : null;
  if (!match) return null;
  const shippedAt = new Date(Number(match[1]));
  return Number.isNaN(shippedAt.getTime()) ? null : { shippedAt, id: match[2] };
}

/**
 * Where-clause rows beyond `key` in the page's direction. Written as `shippedAt <= t AND (shippedAt < t
 * OR id < i)`, not as a plain OR: the first term is a range the (…, shippedAt, id) indexes can seek to,
 * so the database starts at the cursor instead of filtering its way there.
 */
export function beyond(key: Key, direction: "after" | "before") {
  return direction === "after"
    ? [
        { shippedAt: { lte: key.shippedAt } },
        { OR: [{ shippedAt: { lt: key.shippedAt } }, { id: { lt: key.id } }] },
      ]
    : [
        { shippedAt: { gte: key.shippedAt } },
        { OR: [{ shippedAt: { gt: key.shippedAt } }, { id: { gt: key.id } }] },
      ];
}

/** Newest first (the list's order); ids compare as the databases do for these ASCII ids. */
export function newestFirst(a: Key, b: Key): number {
  const byTime = b.shippedAt.getTime() - a.shippedAt.getTime();
  return byTime !== 0 ? byTime : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
