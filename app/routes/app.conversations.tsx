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

const when = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Chats: the last 30 days in numbers, and the conversations handed to the team (or all recent ones). */
export default function Conversations() {
  const { filter, analytics, conversations } = useLoaderData<typeof loader>();
  const [, setParams] = useSearchParams();
  const tabs = [
    { id: "escalated", content: "Handed to you" },
    { id: "recent", content: "Recent" },
  ];
  return (
    <Page title="Chat conversations">
      <Layout>
        {analytics && (
          <Layout.Section>
            <InlineGrid columns={{ xs: 2, md: 4 }} gap="300">
              <Figure label="Conversations (30 days)" value={analytics.conversations} />
              <Figure label="Answered without a person" value={analytics.deflected} />
              <Figure label="Handed to you" value={analytics.escalated} />
              <Figure label="“Where is my order?” questions" value={analytics.intents.order_status} />
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
              <EmptyState heading="No conversations here yet" image="">
                <p>Chats the assistant hands to your team appear here, with the transcript and the order.</p>
              </EmptyState>
            </Card>
          ) : (
            <BlockStack gap="300">
              {conversations.map((c) => (
                <Card key={c.id}>
                  <BlockStack gap="200">
                    <InlineStack gap="200" align="space-between">
                      <Text as="h2" variant="headingSm">
                        {c.orderName ? `Order ${c.orderName}` : "No order verified"} ·{" "}
                        {when.format(new Date(c.createdAt))}
                      </Text>
                      <InlineStack gap="100">
                        <Badge>{c.language.toUpperCase()}</Badge>
                        {c.escalatedAt && (
                          <Badge tone={c.handoffEmail === "SENT" ? "info" : "warning"}>
                            {c.handoffEmail === "SENT"
                              ? "Emailed to you"
                              : c.handoffEmail
                                ? "Email not delivered"
                                : "Email queued"}
                          </Badge>
                        )}
                      </InlineStack>
                    </InlineStack>
                    {c.escalationReason && (
                      <Text as="p" tone="subdued">
                        {REASON_LABEL[c.escalationReason as HandoffReason] ?? c.escalationReason}
                      </Text>
                    )}
                    <BlockStack gap="100">
                      {c.messages.map((m, i) => (
                        <Text as="p" key={i}>
                          <Text as="span" fontWeight="semibold">
                            {m.role === "SHOPPER" ? "Shopper" : "Assistant"}:
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
  return (
    <Card>
      <BlockStack gap="100">
        <Text as="h2" variant="headingSm">
          {label}
        </Text>
        <Text as="p" variant="headingLg">
          {value}
        </Text>
      </BlockStack>
    </Card>
  );
}
