import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ActivityLog } from "../admin/notifications/ui/ActivityLog";
import db from "../db.server";
import { notificationActivity } from "../notifications/admin-page.server";
import { authenticate } from "../shopify.server";

/** `?status=FAILED`: one status only. */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return notificationActivity(db, session.shop, new URL(request.url).searchParams);
};

/** Every message Parcelwise sent the shop's customers, and why any was not sent. */
export default function NotificationActivity() {
  const { log, status } = useLoaderData<typeof loader>();
  return <ActivityLog log={log} status={status} />;
}
