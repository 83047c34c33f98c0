import { formatDeliveryDate } from "../notifications/templates/locale";
import type { ShipmentView } from "../storefront/tracking-view.server";
import type { ChatCopy } from "./copy/en";
import type { ChatLanguage } from "./understand";

/**
 * The chat's answers about one verified order, from the same live view the tracking page shows. Pure:
 * the conversation (conversation.server.ts) loads the data, this says what it means, and whether the
 * case needs a person (`handoff`). Every value put into a sentence is plain text.
 */
export interface OrderFacts {
  name: string;
  placedAt: Date | null;
  cancelledAt: Date | null;
  shipments: ShipmentView[];
}

export interface AnswerContext {
  copy: ChatCopy;
  language: ChatLanguage;
  timeZone: string;
  now: Date;
  /** Days an order usually takes to ship (the shop's promise). */
  processingDays: number;
  /** Days without a scan before a parcel counts as stalled (the shop's notification setting). */
  stallDays: number;
}

export type HandoffReason =
  | "human"
  | "repeated_other"
  | "not_received"
  | "stalled"
  | "label_not_picked_up"
  | "not_shipped_late"
  | "change_address"
  | "cancel_order";

export interface Answer {
  reply: string;
  handoff: HandoffReason | null;
}

const DAY = 86_400_000;
/** A label older than this without a first scan was most likely never handed to the carrier. */
const LABEL_PICKUP_DAYS = 2;

/** Where the order is, parcel by parcel, with the hard cases named and handed over. */
export function orderStatusAnswer(order: OrderFacts, ctx: AnswerContext): Answer {
  const { copy } = ctx;
  const vars = { order: order.name };
  if (order.cancelledAt) return { reply: fill(copy.cancelled, vars), handoff: null };
  if (!order.shipments.length) return notShippedAnswer(order, ctx);

  const lines: string[] = [];
  let handoff: HandoffReason | null = null;
  if (order.shipments.length > 1) {
    lines.push(fill(copy.splitOrder, { ...vars, count: String(order.shipments.length) }));
  }
  order.shipments.forEach((shipment, index) => {
    const parcel = shipmentLines(shipment, ctx);
    handoff ??= parcel.handoff;
    if (order.shipments.length > 1) parcel.lines.unshift(fill(copy.parcelOf, { index: String(index + 1) }));
    lines.push(...parcel.lines);
  });
  return { reply: lines.join(" "), handoff };
}

/** "Marked delivered but not received": what to check, then a person — or the status if not delivered. */
export function notReceivedAnswer(order: OrderFacts, ctx: AnswerContext): Answer {
  const delivered = order.shipments.find((s) => s.status === "DELIVERED");
  if (!delivered) {
    const status = orderStatusAnswer(order, ctx);
    return {
      reply: order.shipments.length ? `${ctx.copy.notReceivedNotDelivered} ${status.reply}` : status.reply,
      handoff: status.handoff,
    };
  }
  const reply = fill(ctx.copy.notReceived, {
    carrier: delivered.carrier ?? ctx.copy.theCarrier,
    date: day(delivered.deliveredAt ?? delivered.statusAt, ctx),
  });
  return { reply, handoff: "not_received" };
}

/** Change of address or cancellation: possible while nothing has shipped; the team does it either way. */
export function orderChangeAnswer(
  order: OrderFacts,
  kind: "change_address" | "cancel_order",
  ctx: AnswerContext,
): Answer {
  const { copy } = ctx;
  const vars = { order: order.name };
  if (order.cancelledAt) return { reply: fill(copy.alreadyCancelled, vars), handoff: null };
  const shipped = order.shipments.some((s) => s.status !== "CANCELLED");
  const carrier = order.shipments.find((s) => s.carrier)?.carrier ?? copy.theCarrier;
  const text =
    kind === "change_address"
      ? shipped
        ? copy.changeAddressShipped
        : copy.changeAddressPossible
      : shipped
        ? copy.cancelShipped
        : copy.cancelPossible;
  return { reply: fill(text, { ...vars, carrier }), handoff: kind };
}

function notShippedAnswer(order: OrderFacts, ctx: AnswerContext): Answer {
  const placed = order.placedAt ?? ctx.now;
  const overdue = ctx.now.getTime() - placed.getTime() > (ctx.processingDays + 2) * DAY;
  const vars = { order: order.name, date: day(placed.toISOString(), ctx), days: String(ctx.processingDays) };
  return overdue
    ? { reply: fill(ctx.copy.notShippedLate, vars), handoff: "not_shipped_late" }
    : { reply: fill(ctx.copy.notShipped, vars), handoff: null };
}

function shipmentLines(
  s: ShipmentView,
  ctx: AnswerContext,
): { lines: string[]; handoff: HandoffReason | null } {
  const { copy, now } = ctx;
  const carrier = s.carrier ?? copy.theCarrier;
  const lines = [fill(copy.status[s.status], { carrier, date: day(s.deliveredAt ?? s.statusAt, ctx) })];
  let handoff: HandoffReason | null = null;
  const lastScan = s.events[0]?.at ?? null;

  if (s.status === "PENDING" && !lastScan && s.statusAt) {
    const days = Math.floor((now.getTime() - Date.parse(s.statusAt)) / DAY);
    if (days >= LABEL_PICKUP_DAYS) {
      lines.push(fill(copy.labelNotPickedUp, { days: String(days), carrier }));
      handoff = "label_not_picked_up";
    }
  } else if (
    s.status !== "DELIVERED" &&
    s.status !== "READY_FOR_PICKUP" &&
    s.status !== "CANCELLED" &&
    lastScan &&
    now.getTime() - Date.parse(lastScan) > ctx.stallDays * DAY
  ) {
    lines.push(fill(copy.stalled, { date: day(lastScan, ctx), carrier }));
    handoff = "stalled";
  }

  if (s.status !== "DELIVERED" && s.status !== "CANCELLED") {
    const eta = s.estimatedDelivery;
    // A range is late only after its last day (a learned estimate, app/estimates), so its end decides.
    const ahead = eta && Date.parse(eta.latest) > now.getTime();
    if (s.late) {
      // Late with an estimate still ahead: the carrier has moved it since (the one that passed is gone).
      lines.push(
        s.status === "DELAYED" || !eta || ahead
          ? copy.lateCarrier
          : fill(copy.lateEstimate, { date: day(eta.latest, ctx) }),
      );
      if (ahead) lines.push(arrival(eta, ctx, copy.lateNewEta, copy.lateNewEtaRange));
    } else if (ahead) {
      lines.push(arrival(eta, ctx, copy.eta, copy.etaRange));
    }
  }

  const latest = s.events[0];
  if (latest && s.status !== "DELIVERED") {
    const place = [latest.city, latest.country].filter(Boolean).join(", ");
    const update = [latest.message, place].filter(Boolean).join(", ");
    if (update) lines.push(fill(copy.lastUpdate, { update, date: dateTime(latest.at, ctx) }));
  }
  if (s.trackingNumbers.length)
    lines.push(fill(copy.trackingNumber, { number: s.trackingNumbers.join(", ") }));
  return { lines: lines.map(sentence), handoff };
}

/** One sentence as sent: single spaces, and a capital first letter ("the carrier tried…"). */
function sentence(line: string): string {
  const text = line.replace(/\s+/g, " ").trim();
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Fills {name} placeholders; unknown ones stay as written. */
export function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (match, key: string) => vars[key] ?? match);
}

/**
 * When it should arrive: one day, or "between {from} and {to}" for a range still open on more than one
 * day. A range whose first day has passed starts today (the shopper asks what is still ahead).
 */
function arrival(
  eta: { earliest: string; latest: string },
  ctx: AnswerContext,
  oneDay: string,
  range: string,
): string {
  const from = day(new Date(Math.max(Date.parse(eta.earliest), ctx.now.getTime())).toISOString(), ctx);
  const to = day(eta.latest, ctx);
  return from === to ? fill(oneDay, { date: to }) : fill(range, { from, to });
}

function day(iso: string | null, ctx: AnswerContext): string {
  return iso ? formatDeliveryDate(new Date(iso), ctx.language, ctx.timeZone) : "";
}

function dateTime(iso: string, ctx: AnswerContext): string {
  if (Number.isNaN(Date.parse(iso))) return "";
  return new Intl.DateTimeFormat(ctx.language, {
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: ctx.timeZone,
  }).format(new Date(iso));
}
