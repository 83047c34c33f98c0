/**
 * Keyset pagination of the exceptions inbox over (since, id), oldest problem first: `since` is when the
 * problem began (keys.server.ts says which column that is for each kind), the id breaks ties. A page
 * starts strictly after (or, going back, strictly before) the row a cursor names, so handling a row or a
 * new problem arriving does not shift the pages, and a deep page costs what the first does.
 */
export interface InboxKey {
  since: Date;
  id: string;
}

/** "<epoch ms>~<id>", as the shipments list's cursors: nothing in it is secret. */
export function encodeInboxCursor(key: InboxKey): string {
  return `${key.since.getTime()}~${key.id}`;
}

export function decodeInboxCursor(cursor: string | null): InboxKey | null {
  const match = cursor ? /^(\d{1,15})~([A-Za-z0-9_-]{1,64})$/.exec(cursor) : null;
  if (!match) return null;
  const since = new Date(Number(match[1]));
  return Number.isNaN(since.getTime()) ? null : { since, id: match[2] };
}

/** Oldest first; ids compare as the databases do for these ASCII ids. */
export function oldestFirst(a: InboxKey, b: InboxKey): number {
  const byTime = a.since.getTime() - b.since.getTime();
  return byTime !== 0 ? byTime : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
