import { useLocation } from "@remix-run/react";
import { Tabs } from "@shopify/polaris";
import { useAdminI18n } from "../../i18n";
import { NOTIFICATIONS_PATH } from "../model";

const TABS = [
  { id: "overview", path: NOTIFICATIONS_PATH },
  { id: "templates", path: `${NOTIFICATIONS_PATH}/templates` },
  { id: "channels", path: `${NOTIFICATIONS_PATH}/channels` },
  { id: "activity", path: `${NOTIFICATIONS_PATH}/activity` },
] as const;

/** The notifications pages as tabs; each is its own URL, so a tab can be linked and reloaded. */
export function NotificationsTabs() {
  const { t } = useAdminI18n();
  const { pathname } = useLocation();
  const current = pathname.replace(/\/+$/, "");
  const selected = Math.max(
    0,
    TABS.findIndex((tab) => tab.path === current),
  );
  return (
    <Tabs
      selected={selected}
      onSelect={() => undefined}
      tabs={TABS.map((tab) => ({
        id: `notifications-${tab.id}`,
        content: t(`notifications.tabs.${tab.id}`),
        url: tab.path,
      }))}
    />
  );
}
