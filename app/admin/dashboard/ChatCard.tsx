import { BlockStack, Card, InlineGrid, InlineStack, Link, Text } from "@shopify/polaris";
import { Figure } from "./Figure";
import type { DashboardFormat } from "./format";
import type { WismoActivity } from "./wismo.server";

/** What the chat answered without the merchant's team in the period, per 100 orders, and what it handed on. */
export function ChatCard({
  wismo,
  period,
  fmt,
}: {
  wismo: WismoActivity;
  period: number;
  fmt: DashboardFormat;
}) {
  const { t } = fmt;
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            {t("dashboard.chat.title")}
          </Text>
          <Text as="span" tone="subdued">
            {t("dashboard.period.last", { days: period })}
          </Text>
        </InlineStack>
        <Figure
          label={t("dashboard.chat.deflectedPer100")}
          value={
            wismo.deflectedPer100Orders === null ? t("common.none") : fmt.decimal(wismo.deflectedPer100Orders)
          }
          help={
            wismo.orders
              ? t("dashboard.chat.deflectedOf", {
                  deflected: fmt.integer(wismo.deflected),
                  orders: fmt.integer(wismo.orders),
                })
              : t("dashboard.chat.noOrders")
          }
        />
        <InlineGrid columns={3} gap="300">
          <Figure label={t("dashboard.chat.conversations")} value={fmt.integer(wismo.conversations)} />
          <Figure label={t("dashboard.chat.wismo")} value={fmt.integer(wismo.wismoQuestions)} />
          <Figure label={t("dashboard.chat.escalated")} value={fmt.integer(wismo.escalated)} />
        </InlineGrid>
        <InlineStack>
          <Link url="/app/conversations">{t("dashboard.chat.viewAll")}</Link>
        </InlineStack>
      </BlockStack>
    </Card>
  );
}
