/**
 * What the dashboard lists under "Needs attention", most urgent first. Each shipment is one kind only:
 * the first that applies in this order (the predicates in exceptions.server.ts exclude the earlier ones).
 */
export const EXCEPTION_KINDS = ["exception", "attempted", "notPickedUp", "late", "stalled"] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

/** A label with no carrier scan for this long was most likely never handed over. */
export const NOT_PICKED_UP_DAYS = 2;

/**
 * The Shipments list's search parameters that show every shipment of a kind ("View all"). The list reads
 * `status` and `late=1` (app/admin/shipments/params.ts); `notPickedUp=1` and `stalled=1` are for it to
 * add, with exceptionWhere (exceptions.server.ts) so that its count matches the dashboard's.
 */
export const EXCEPTION_FILTER: Record<ExceptionKind, string> = {
  exception: "status=EXCEPTION",
  attempted: "status=ATTEMPTED_DELIVERY",
  notPickedUp: "notPickedUp=1",
  late: "late=1",
  stalled: "stalled=1",
};

export const shipmentPath = (id: string) => `/app/shipments/${encodeURIComponent(id)}`;
export const exceptionListPath = (kind: ExceptionKind) => `/app/shipments?${EXCEPTION_FILTER[kind]}`;
