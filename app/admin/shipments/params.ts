import type { ExceptionKind } from "../dashboard/exception-kinds";
import { isShipmentStatus, type ShipmentStatus } from "../../shipments/status";

/**
 * The shipments list's state, all in the URL's search params so a filtered page can be bookmarked,
 * shared and reloaded: `q`, `status` (comma-separated), `carrier`, `late=1`, `stalled=1`,
 * `notPickedUp=1`, `shippedFrom`/`shippedTo` (YYYY-MM-DD in the shop's time zone, both inclusive) and one
 * of `after`/`before` (a page cursor). Shared by the loader and the page; anything malformed is dropped,
 * never an error. The three problem flags are the home's "Needs attention" kinds (its "View all" links,
 * app/admin/dashboard/exception-kinds.ts), read with the same rules (keys.server.ts).
 */
export interface ShipmentListParams {
  q: string;
  /** Empty: every status. */
  statuses: ShipmentStatus[];
  carrier: string | null;
  /** The home's "late" kind: late, not handled, not a kind listed before it. */
  late: boolean;
  /** The home's "stalled" kind. */
  stalled: boolean;
  /** The home's "not picked up" kind. */
  notPickedUp: boolean;
  shippedFrom: string | null;
  shippedTo: string | null;
  after: string | null;
  before: string | null;
}

/** Names of the filters in the URL; the page cursor params are reset whenever one of them changes. */
export const FILTER_PARAMS = [
  "q",
  "status",
  "carrier",
  "late",
  "stalled",
  "notPickedUp",
  "shippedFrom",
  "shippedTo",
] as const;

/** The problem filters: each param's name is the home's ExceptionKind it shows. */
export const ATTENTION_PARAMS = [
  "notPickedUp",
  "late",
  "stalled",
] as const satisfies readonly ExceptionKind[];
export type AttentionParam = (typeof ATTENTION_PARAMS)[number];

/** The problem kinds the params ask for (none: no problem filter). */
export const attentionKinds = (params: ShipmentListParams): AttentionParam[] =>
  ATTENTION_PARAMS.filter((name) => params[name]);
export const CURSOR_PARAMS = ["after", "before"] as const;

const MAX_QUERY = 254;
const MAX_CARRIER = 100;
const MAX_CURSOR = 120;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseListParams(search: URLSearchParams): ShipmentListParams {
  const text = (name: string, max: number) => {
    const value = search.get(name)?.trim() ?? "";
    return value && value.length <= max ? value : null;
  };
  const statuses = (search.get("status") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(isShipmentStatus);
  const after = text("after", MAX_CURSOR);
  return {
    q: text("q", MAX_QUERY) ?? "",
    statuses: [...new Set(statuses)],
    carrier: text("carrier", MAX_CARRIER),
    late: search.get("late") === "1",
    stalled: search.get("stalled") === "1",
    notPickedUp: search.get("notPickedUp") === "1",
    shippedFrom: day(search.get("shippedFrom")),
    shippedTo: day(search.get("shippedTo")),
    after,
    before: after ? null : text("before", MAX_CURSOR),
  };
}

/** A calendar day as typed into a date field, or null when it is not a real date. */
function day(value: string | null): string | null {
  if (!value || !DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : value;
}

/** The current params with one filter changed (null removes it), back on the first page. */
export function withFilter(
  search: URLSearchParams,
  name: (typeof FILTER_PARAMS)[number],
  value: string | null,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const cursor of CURSOR_PARAMS) next.delete(cursor);
  if (value === null || value === "") next.delete(name);
  else next.set(name, value);
  return next;
}

/** The current params without any filter or cursor (other params, e.g. Shopify's, stay). */
export function withoutFilters(search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const name of [...FILTER_PARAMS, ...CURSOR_PARAMS]) next.delete(name);
  return next;
}

/** The current params on another page. */
export function withCursor(search: URLSearchParams, direction: "after" | "before", cursor: string) {
  const next = new URLSearchParams(search);
  for (const name of CURSOR_PARAMS) next.delete(name);
  next.set(direction, cursor);
  return next;
}
