import type { Db } from "../../db.server";
import { wallClock } from "../../notifications/shopper-time";
import { SHIPMENT_STATUSES, type ShipmentStatus } from "../../shipments/status";
import { shipmentExceptions, type Exceptions } from "./exceptions.server";
import { EXCEPTION_KINDS, type ExceptionKind } from "./exception-kinds";
import { notificationActivity, type NotificationActivity } from "./notifications.server";
import { parsePeriod, PERFORMANCE_DAYS, type PeriodDays } from "./period";
import { deliveryPerformance, type DeliveryPerformance } from "./performance.server";
import { shipmentStates, type ShipmentStates } from "./states.server";
import { wismoActivity, type WismoActivity } from "./wismo.server";

const DAY_MS = 86_400_000;

/** Everything the admin home shows, for one shop. */
export interface Dashboard {
  period: PeriodDays;
  /** The shop's IANA time zone: dates are shown in it. */
  timeZone: string;
  states: ShipmentStates;
  exceptions: Exceptions;
  /** Notifications and chat: over the chosen period. */
  notifications: NotificationActivity;
  wismo: WismoActivity;
  /** Over the last PERFORMANCE_DAYS, whatever the period. */
  performance: DeliveryPerformance;
}

/**
 * The admin home for a shop: current states and exceptions, the period's notifications and chat, and
 * the quarter's delivery performance. Every part is an aggregate or a list of at most ten rows, read
 * through an index (bench/admin/dashboard.ts measures it over a shop with 100,000 shipments).
 */
export async function loadDashboard(
  db: Db,
  shopDomain: string,
  query: URLSearchParams,
  now = new Date(),
): Promise<Dashboard> {
  const period = parsePeriod(query.get("period"));
  const shop = await db.shop.findUnique({
    where: { domain: shopDomain },
    select: { id: true, timezone: true },
  });
  if (!shop) return emptyDashboard(period);

  const since = new Date(now.getTime() - period * DAY_MS);
  const [states, exceptions, notifications, wismo, performance] = await Promise.all([
    shipmentStates(db, shop.id),
    shipmentExceptions(db, shop.id, now),
    notificationActivity(db, shop.id, since),
    wismoActivity(db, shop.id, since),
    deliveryPerformance(
      db,
      shop.id,
      new Date(now.getTime() - PERFORMANCE_DAYS * DAY_MS),
      utcOffsetMinutes(now, shop.timezone),
    ),
  ]);
  return { period, timeZone: shop.timezone, states, exceptions, notifications, wismo, performance };
}

/** The zone's offset from UTC at `now`, in minutes (0 for a zone Intl does not know). */
export function utcOffsetMinutes(now: Date, timeZone: string): number {
  try {
    const { year, month, day, hour, minute, second } = wallClock(now.getTime(), timeZone);
    const local = Date.UTC(year, month - 1, day, hour, minute, second);
    return Math.round((local - Math.floor(now.getTime() / 1000) * 1000) / 60_000);
  } catch {
    return 0;
  }
}

const zero = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function emptyDashboard(period: PeriodDays): Dashboard {
  return {
    period,
    timeZone: "UTC",
    states: { counts: zero<ShipmentStatus>(SHIPMENT_STATUSES), total: 0 },
    exceptions: { counts: zero<ExceptionKind>(EXCEPTION_KINDS), total: 0, items: [] },
    notifications: { totals: { sent: 0, failed: 0, pending: 0, skipped: 0 }, byChannel: [], byMilestone: [] },
    wismo: {
      orders: 0,
      conversations: 0,
      wismoQuestions: 0,
      deflected: 0,
      escalated: 0,
      deflectedPer100Orders: null,
    },
    performance: { overall: null, byCarrier: [], byCountry: [] },
  };
}
