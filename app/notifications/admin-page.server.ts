import type { Db } from "../db.server";
import { isLogStatus, type LogStatus } from "../admin/notifications/model";
import { listNotifications, type NotificationLog } from "./log.server";

/**
 * The admin's notification activity: the shop's newest messages, optionally of one status, and how many
 * are in each. A shop Parcelwise has no row for yet has none.
 */
export async function notificationActivity(
  db: Db,
  shopDomain: string,
  query: URLSearchParams,
): Promise<{ log: NotificationLog; status: LogStatus | null }> {
  const status = query.get("status");
  const filter = isLogStatus(status) ? status : null;
  const shop = await db.shop.findUnique({ where: { domain: shopDomain }, select: { id: true } });
  const log = shop
    ? await listNotifications(db, shop.id, { status: filter ?? undefined })
    : { entries: [], counts: { PENDING: 0, SENT: 0, FAILED: 0, SKIPPED: 0 } };
  return { log, status: filter };
}
