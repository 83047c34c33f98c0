import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { BlockStack, Page } from "@shopify/polaris";
import { useAdminI18n } from "../admin/i18n";
import { notificationsLayout } from "../admin/notifications/overview.server";
import { NotificationsTabs } from "../admin/notifications/ui/NotificationsTabs";
import { ShopifyReminder } from "../admin/notifications/ui/ShopifyReminder";
import db from "../db.server";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return notificationsLayout(db, session.shop);
};

/**
 * The notifications pages' frame: the title, the reminder about Shopify's own shipping notifications,
 * and tabs for the overview (which channel when), templates, channel settings and the activity log.
 */
export default function NotificationsLayout() {
  const { reminder } = useLoaderData<typeof loader>();
  const { t } = useAdminI18n();
  return (
    <Page title={t("notifications.title")} subtitle={t("notifications.subtitle")}>
      <BlockStack gap="400">
        <ShopifyReminder reminder={reminder} />
        <NotificationsTabs />
        <Outlet />
      </BlockStack>
    </Page>
  );
}
