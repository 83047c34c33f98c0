/** Each part of the admin home alone, as loadDashboard runs them, for the bench's breakdown. */
import type { Db } from "../../../app/db.server";
import { utcOffsetMinutes } from "../../../app/admin/dashboard/dashboard.server";
import { shipmentExceptions } from "../../../app/admin/dashboard/exceptions.server";
import { notificationActivity } from "../../../app/admin/dashboard/notifications.server";
import { deliveryPerformance } from "../../../app/admin/dashboard/performance.server";
import { shipmentStates } from "../../../app/admin/dashboard/states.server";
import { wismoActivity } from "../../../app/admin/dashboard/wismo.server";

const DAY = 86_400_000;

export function dashboardParts(db: Db, shopId: string, now: Date, timeZone = "America/New_York") {
  const since = new Date(now.getTime() - 30 * DAY);
  return {
    "shipments by status": () => shipmentStates(db, shopId),
    "needs attention": () => shipmentExceptions(db, shopId, now),
    "notifications (30 d)": () => notificationActivity(db, shopId, since),
    "chat and orders (30 d)": () => wismoActivity(db, shopId, since),
    "delivery performance (90 d)": () =>
      deliveryPerformance(db, shopId, new Date(now.getTime() - 90 * DAY), utcOffsetMinutes(now, timeZone)),
  };
}
