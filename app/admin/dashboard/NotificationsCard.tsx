import { BlockStack, Card, InlineGrid, InlineStack, Link, Text } from "@shopify/polaris";
import { CHANNELS } from "../../notifications/milestones";
import { ClientBarChart } from "./ClientBarChart";
import { Figure } from "./Figure";
import type { DashboardFormat } from "./format";
import type { NotificationActivity } from "./notifications.server";

/** The period's notifications: sent and failed, and a bar per milestone stacked by channel. */
export function NotificationsCard({
  activity,
  period,
  fmt,
}: {
  activity: NotificationActivity;
  period: number;
  fmt: DashboardFormat;
}) {
  const { t } = fmt;
  const { totals, byMilestone } = activity;
  const channels = CHANNELS.filter((c) => activity.byChannel.some((b) => b.channel === c && b.sent > 0));
  const data = channels.map((channel) => ({
    name: t(`dashboard.channel.${channel}`),
    data: byMilestone.map((m) => ({ key: t(`dashboard.milestone.${m.milestone}`), value: m.sent[channel] })),
  }));
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            {t("dashboard.notifications.title")}
          </Text>
          <Text as="span" tone="subdued">
            {t("dashboard.period.last", { days: period })}
          </Text>
        </InlineStack>
        <InlineGrid columns={2} gap="300">
          <Figure label={t("dashboard.notifications.sent")} value={fmt.integer(totals.sent)} />
          <Figure
            label={t("dashboard.notifications.failed")}
            value={fmt.integer(totals.failed)}
            critical={totals.failed > 0}
            help={totals.failed > 0 ? t("dashboard.notifications.failedHelp") : undefined}
          />
        </InlineGrid>
        {totals.sent > 0 ? (
          <ClientBarChart
            label={t("dashboard.notifications.chartTitle")}
            height={Math.max(160, 34 * byMilestone.length + 60)}
            data={data}
            type="stacked"
            direction="horizontal"
            showLegend
          />
        ) : (
          <Text as="p" tone="subdued">
            {t("dashboard.notifications.empty")}
          </Text>
        )}
        <InlineStack gap="400">
          <Link url="/app/notifications/activity">{t("dashboard.notifications.viewLog")}</Link>
        </InlineStack>
      </BlockStack>
    </Card>
  );
}
