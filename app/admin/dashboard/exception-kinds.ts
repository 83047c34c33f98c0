/**
 * What the dashboard lists under "Needs attention", most urgent first. Each shipment is one kind only:
 * the first that applies in this order (the predicates in exceptions.server.ts exclude the earlier ones).
 */
export const EXCEPTION_KINDS = ["exception", "attempted", "notPickedUp", "late", "stalled"] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

/** A label with no carrier scan for this long was most likely never handed over. */
export const NOT_PICKED_UP_DAYS = 2;

/**
 * The Shipments list's search parameters for a kind's shipments. The list reads `late=1`, `stalled=1`
 * and `notPickedUp=1` with exceptionWhere (exceptions.server.ts), so its rows are the dashboard's count;
 * the status kinds (`status=EXCEPTION`, `status=ATTEMPTED_DELIVERY`) also list shipments the merchant
 * marked handled, which the dashboard leaves out. "View all" therefore opens the exceptions inbox.
 */
export const EXCEPTION_FILTER: Record<ExceptionKind, string> = {
  exception: "status=EXCEPTION",
  attempted: "status=ATTEMPTED_DELIVERY",
  notPickedUp: "notPickedUp=1",
  late: "late=1",
  stalled: "stalled=1",
};

export const shipmentPath = (id: string) => `/app/shipments/${encodeURIComponent(id)}`;
/**
 * "View all" for a kind: its tab in the exceptions inbox (routes/app.exceptions.tsx), which lists the
 * open problems with the dashboard's own where-clauses, so the rows are exactly the count shown.
 */
export const exceptionListPath = (kind: ExceptionKind) => `/app/exceptions?kind=${kind}`;
