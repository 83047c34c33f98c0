import type { Random } from "./random";

/**
 * What happens to an order, as steps in hours after it was placed. Each order follows one scenario;
 * the simulator turns hours into timestamps (real ones in the past, time-lapsed ones in the future).
 */
export interface Step {
  hours: number;
  kind: "order" | "fulfill" | "event";
  /** Shopify FulfillmentEvent status (snake case, as webhooks carry it). */
  status?: string;
  message?: string;
  /** Where the scan happened: the carrier's sorting centre or the customer's city. */
  where?: "hub" | "dest";
  /** Carrier's estimated delivery, in hours after the order, carried by this event. */
  etaHours?: number;
}

export interface Plan {
  scenario: string;
  label: string;
  steps: Step[];
  /**
   * How old an order of the demo's history should be, in hours [min, max), to be caught at its news. The
   * app messages shoppers only about milestones less than 72 hours old (MAX_MILESTONE_AGE_MS in
   * app/notifications/record.server.ts), and its delay and stall detection runs on the wall clock: a late
   * or stalled parcel is only news once the real time has passed its estimate or its days of silence.
   */
  news: [number, number];
}

const LABELS: Record<string, string> = {
  on_time: "On time → delivered",
  late_delivered: "Late: ETA passed, then delivered",
  delayed_then_delivered: "Late: carrier delay, then delivered",
  delayed: "Late: carrier delay, still open",
  stalled: "Stalled: in transit, then silence",
  redelivered: "Failed attempt → delivered next day",
  pickup_point: "Failed attempt → ready for pickup",
  exception: "Exception: carrier failure",
};

export const SCENARIOS = Object.keys(LABELS);

/** The app's stall period for a shop that has not set its own: 3 days without a scan. */
const STALL_HOURS = 72;

const WEIGHTS = {
  on_time: 40,
  late_delivered: 6,
  delayed_then_delivered: 6,
  delayed: 5,
  stalled: 10,
  redelivered: 9,
  pickup_point: 7,
  exception: 8,
};

const DELAYS = [
  "Delayed — severe weather in the region",
  "Delayed — higher parcel volumes than usual",
  "Delayed — missed connection at sorting centre",
];
const FAILURES = [
  "Exception — address incomplete, returning to sender",
  "Exception — parcel damaged in transit",
  "Exception — refused by recipient",
];
const DELIVERED = [
  "Delivered — left at front door",
  "Delivered — signed for by recipient",
  "Delivered to mailbox",
  "Delivered — handed to neighbour",
];

/** A random order's plan; `scenario` forces one (the history shows each at least once). */
export function planOrder(random: Random, scenario: string = random.weighted(WEIGHTS)): Plan {
  const F = random.between(3, 28); // fulfilled the same or the next day
  const P = F + random.between(2, 8); // carrier pick-up
  const E = P + random.between(1.5, 4) * 24; // carrier's promised delivery
  const ev = (
    hours: number,
    status: string,
    message: string,
    where: Step["where"],
    etaHours?: number,
  ): Step => ({
    hours,
    kind: "event",
    status,
    message,
    where,
    etaHours,
  });
  const steps: Step[] = [
    { hours: 0, kind: "order" },
    { hours: F, kind: "fulfill" },
    ev(P, "carrier_picked_up", "Picked up by carrier", "hub"),
    ev(P + random.between(4, 10), "in_transit", "Departed sorting centre", "hub", E),
  ];
  const delivered = (at: number) => ev(at, "delivered", random.pick(DELIVERED), "dest");
  const arrive = (at: number) => ev(at, "in_transit", "Arrived at delivery depot", "dest");
  const outForDelivery = (at: number) => ev(at, "out_for_delivery", "Out for delivery", "dest");
  const attempted = (at: number) =>
    ev(at, "attempted_delivery", "Delivery attempted — recipient not available", "dest");

  switch (scenario) {
    case "on_time":
      steps.push(
        arrive(E - random.between(14, 20)),
        outForDelivery(E - 9),
        delivered(E - random.between(1, 6)),
      );
      break;
    case "late_delivered":
      steps.push(
        arrive(E + random.between(6, 18)),
        outForDelivery(E + 25),
        delivered(E + random.between(29, 34)),
      );
      break;
    case "delayed_then_delivered":
    case "delayed": {
      const E2 = E + 48;
      steps.push(ev(E - 8, "delayed", random.pick(DELAYS), "hub", E2));
      if (scenario === "delayed_then_delivered") {
        steps.push(arrive(E + 20), outForDelivery(E2 - 10), delivered(E2 - random.between(1, 6)));
      }
      break;
    }
    case "redelivered":
      steps.push(
        arrive(E - 18),
        outForDelivery(E - 9),
        attempted(E - 5),
        outForDelivery(E + 15),
        delivered(E + 19),
      );
      break;
    case "pickup_point":
      steps.push(arrive(E - 18), outForDelivery(E - 9), attempted(E - 5));
      steps.push(ev(E + 14, "ready_for_pickup", "Ready for pickup at a nearby parcel point", "dest"));
      break;
    case "exception":
      steps.push(
        ev(
          E - random.between(6, 20),
          "failure",
          random.pick(FAILURES),
          random.pick(["hub", "dest"] as const),
        ),
      );
      break;
    default: // stalled: nothing after leaving the sorting centre.
      break;
  }
  return { scenario, label: LABELS[scenario], steps, news: newsWindow(scenario, steps, E) };
}

/**
 * Most orders: placed in the last three days, so what already happened is still news and the rest
 * follows in the time lapse. Stalled: its days of silence ran out (detection flags it) up to a day ago.
 * Late, then delivered: past the end of its estimated day, before the delivery. Carrier delay, still
 * open: from just before the carrier's delay scan to days after the new estimate, when detection finds
 * it late and silent.
 */
function newsWindow(scenario: string, steps: Step[], E: number): [number, number] {
  const quietSince = steps[steps.length - 1].hours;
  switch (scenario) {
    case "stalled":
      return [quietSince + STALL_HOURS, quietSince + STALL_HOURS + 24];
    case "late_delivered":
      return [E + 24, E + 28.5];
    case "delayed":
      return [E - 7.5, E + 84];
    case "delayed_then_delivered":
      return [E - 7.5, E + 38];
    default:
      return [1, 70];
  }
}
