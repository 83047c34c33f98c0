import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, InlineStack, Layout, Page, Text } from "@shopify/polaris";
import { ChatCard } from "../admin/dashboard/ChatCard";
import { loadDashboard } from "../admin/dashboard/dashboard.server";
import { ExceptionsCard } from "../admin/dashboard/ExceptionsCard";
import { useDashboardFormat } from "../admin/dashboard/format";
import { NotificationsCard } from "../admin/dashboard/NotificationsCard";
import { PerformanceCard } from "../admin/dashboard/PerformanceCard";
import { PERFORMANCE_DAYS } from "../admin/dashboard/period";
import { PeriodPicker } from "../admin/dashboard/PeriodPicker";
import { StatesCard } from "../admin/dashboard/StatesCard";
import db from "../db.server";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return loadDashboard(db, session.shop, new URL(request.url).searchParams);
};

/**
 * The admin home: what needs the merchant first, then shipments by status, the period's notifications
 * and chat, and the quarter's delivery performance.
 */
export default function Home() {
  const dashboard = useLoaderData<typeof loader>();
  const fmt = useDashboardFormat(dashboard.timeZone);
  const { t } = fmt;
  return (
    <Page title={t("dashboard.title")}>
      <Layout>
        <Layout.Section>
          <ExceptionsCard exceptions={dashboard.exceptions} fmt={fmt} />
        </Layout.Section>
        <Layout.Section>
          <StatesCard states={dashboard.states} fmt={fmt} />
        </Layout.Section>
        <Layout.Section>
          <InlineStack align="space-between" blockAlign="center" gap="200">
            <BlockStack>
              <Text as="h2" variant="headingMd">
                {t("dashboard.period.last", { days: dashboard.period })}
              </Text>
            </BlockStack>
            <PeriodPicker period={dashboard.period} />
          </InlineStack>
        </Layout.Section>
        <Layout.Section variant="oneHalf">
          <NotificationsCard activity={dashboard.notifications} period={dashboard.period} fmt={fmt} />
        </Layout.Section>
        <Layout.Section variant="oneHalf">
          <ChatCard wismo={dashboard.wismo} period={dashboard.period} fmt={fmt} />
        </Layout.Section>
        <Layout.Section>
          <PerformanceCard performance={dashboard.performance} days={PERFORMANCE_DAYS} fmt={fmt} />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
