import { Banner } from "@shopify/polaris";
import { useState, useSyncExternalStore } from "react";
import type { MessageChannel, Milestone } from "../../../notifications/milestones";
import { useAdminI18n } from "../../i18n";
import { useNotificationLabels } from "./labels";

const DISMISSED = "parcelwise:shopify-notifications-reminder";

/**
 * Shopify sends its own Shipping confirmation, Shipping update, Out for delivery and Delivered
 * notifications; while Parcelwise sends any of those milestones, customers get two. Dismissed for the
 * browser session: it comes back next time, since nothing tells us the merchant turned Shopify's off.
 */
export function ShopifyReminder({
  reminder,
}: {
  reminder: { show: boolean; milestones: Milestone[]; channels: MessageChannel[]; url: string };
}) {
  const { t } = useAdminI18n();
  const labels = useNotificationLabels();
  // Read after hydration (the server has no session storage), and again when another tab dismisses it.
  const dismissedEarlier = useSyncExternalStore(subscribe, readDismissed, () => false);
  const [dismissed, setDismissed] = useState(false);
  if (!reminder.show || dismissed || dismissedEarlier) return null;
  const list = (items: string[]) => items.join(t("notifications.reminder.listSeparator"));
  return (
    <Banner
      tone="warning"
      title={t("notifications.reminder.title")}
      action={{ content: t("notifications.reminder.action"), url: reminder.url, target: "_top" }}
      onDismiss={() => {
        setDismissed(true);
        try {
          sessionStorage.setItem(DISMISSED, "1");
        } catch {
          // Storage blocked (private mode in some browsers): dismissed until the page is reloaded.
        }
      }}
    >
      {t("notifications.reminder.body", {
        milestones: list(reminder.milestones.map(labels.milestone)),
        channels: list(reminder.channels.map(labels.channel)),
      })}
    </Banner>
  );
}

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

function readDismissed(): boolean {
  try {
    return sessionStorage.getItem(DISMISSED) === "1";
  } catch {
    return false;
  }
}
