import { EXCEPTION_KINDS, type ExceptionKind } from "../dashboard/exception-kinds";

/**
 * The exceptions inbox's state, in the URL so a tab and page can be bookmarked and reloaded: `kind` (one
 * of the home's "Needs attention" kinds; none: the first that has problems) and one of `after`/`before`
 * (a page cursor, cursor.ts). Anything malformed is dropped, never an error.
 */
export interface InboxParams {
  kind: ExceptionKind | null;
  after: string | null;
  before: string | null;
}

const MAX_CURSOR = 120;

export function isExceptionKind(value: unknown): value is ExceptionKind {
  return typeof value === "string" && (EXCEPTION_KINDS as readonly string[]).includes(value);
}

export function parseInboxParams(search: URLSearchParams): InboxParams {
  const text = (name: string) => {
    const value = search.get(name)?.trim() ?? "";
    return value && value.length <= MAX_CURSOR ? value : null;
  };
  const kind = search.get("kind");
  const after = text("after");
  return { kind: isExceptionKind(kind) ? kind : null, after, before: after ? null : text("before") };
}

/** The current params on another tab, back on its first page (other params, e.g. Shopify's, stay). */
export function withKind(search: URLSearchParams, kind: ExceptionKind): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete("after");
  next.delete("before");
  next.set("kind", kind);
  return next;
}

/** The current params on another page of the same tab. */
export function withPage(search: URLSearchParams, direction: "after" | "before", cursor: string) {
  const next = new URLSearchParams(search);
  next.delete("after");
  next.delete("before");
  next.set(direction, cursor);
  return next;
}
