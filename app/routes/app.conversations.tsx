import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import {
  Badge,
  BlockStack,
  Card,
  EmptyState,
  InlineGrid,
  InlineStack,
  Layout,
  Page,
  Tabs,
  Text,
} from "@shopify/polaris";
import { chatAnalytics, listConversations } from "../chat/analytics.server";
import { REASON_LABEL } from "../chat/handoff-reasons";
import type { HandoffReason } from "../chat/answer";
import { useAdminI18n } from "../admin/i18n";
import db from "../db.server";
import { authenticate } from "../shopify.server";

const DAY = 86_400_000;

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const shop = await db.shop.findUnique({ where: { domain: session.shop }, select: { id: true } });
  const filter = new URL(request.url).searchParams.get("view") === "recent" ? "recent" : "escalated";
  if (!shop) return { filter, analytics: null, conversations: [] };
  const [analytics, conversations] = await Promise.all([
    chatAnalytics(db, shop.id, new Date(Date.now() - 30 * DAY)),
    listConversations(db, shop.id, filter),
  ]);
  return { filter, analytics, conversations };
};

/** Chats: the last 30 days in numbers, and the conversations handed to the team (or all recent ones). */
export default function Conversations() {
  const { filter, analytics, conversations } = useLoaderData<typeof loader>();
  const [, setParams] = useSearchParams();
  const { t, formatDate } = useAdminI18n();
  const tabs = [
    { id: "escalated", content: t("conversations.tabs.escalated") },
    { id: "recent", content: t("conversations.tabs.recent") },
  ];
  return (
    <Page title={t("conversations.title")}>
      <Layout>
        {analytics && (
          <Layout.Section>
            <InlineGrid columns={{ xs: 2, md: 4 }} gap="300">
              <Figure label={t("conversations.figures.conversations")} value={analytics.conversations} />
              <Figure label={t("conversations.figures.deflected")} value={analytics.deflected} />
              <Figure label={t("conversations.figures.escalated")} value={analytics.escalated} />
              <Figure label={t("conversations.figures.orderStatus")} value={analytics.intents.order_status} />
            </InlineGrid>
          </Layout.Section>
        )}
        <Layout.Section>
          <Card padding="0">
            <Tabs
              tabs={tabs}
              selected={filter === "recent" ? 1 : 0}
              onSelect={(index) => setParams({ view: tabs[index].id })}
            />
          </Card>
        </Layout.Section>
        <Layout.Section>
          {conversations.length === 0 ? (
            <Card>
              <EmptyState heading={t("conversations.empty.heading")} image="">
                <p>{t("conversations.empty.body")}</p>
              </EmptyState>
            </Card>
          ) : (
            <BlockStack gap="300">
              {conversations.map((c) => (
                <Card key={c.id}>
                  <BlockStack gap="200">
                    <InlineStack gap="200" align="space-between">
                      <Text as="h2" variant="headingSm">
                        {c.orderName
                          ? t("conversations.order", { name: c.orderName })
                          : t("conversations.noOrder")}{" "}
                        · {formatDate(c.createdAt)}
                      </Text>
                      <InlineStack gap="100">
                        <Badge>{c.language.toUpperCase()}</Badge>
                        {c.escalatedAt && (
                          <Badge tone={c.handoffEmail === "SENT" ? "info" : "warning"}>
                            {c.handoffEmail === "SENT"
                              ? t("conversations.handoffEmail.sent")
                              : c.handoffEmail
                                ? t("conversations.handoffEmail.failed")
                                : t("conversations.handoffEmail.queued")}
                          </Badge>
                        )}
                      </InlineStack>
                    </InlineStack>
                    {c.escalationReason && (
                      <Text as="p" tone="subdued">
                        {c.escalationReason in REASON_LABEL
                          ? t(`conversations.reasons.${c.escalationReason as HandoffReason}`)
                          : c.escalationReason}
                      </Text>
                    )}
                    <BlockStack gap="100">
                      {c.messages.map((m, i) => (
                        <Text as="p" key={i}>
                          <Text as="span" fontWeight="semibold">
                            {m.role === "SHOPPER"
                              ? t("conversations.roles.shopper")
                              : t("conversations.roles.assistant")}
                            :
                          </Text>{" "}
                          {m.text}
                        </Text>
                      ))}
                    </BlockStack>
                  </BlockStack>
                </Card>
              ))}
            </BlockStack>
          )}
        </Layout.Section>
      </Layout>
    </Page>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  const { formatNumber } = useAdminI18n();
  return (
    <Card>
      <BlockStack gap="100">
        <Text as="h2" variant="headingSm">
          {label}
        </Text>
        <Text as="p" variant="headingLg">
          {formatNumber(value)}
        </Text>
      </BlockStack>
    </Card>
  );
}
