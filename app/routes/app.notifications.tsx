import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  EmptyState,
  IndexTable,
  InlineGrid,
  InlineStack,
  Layout,
  Page,
  Select,
  Text,
  TextField,
  type BadgeProps,
} from "@shopify/polaris";
import { useState } from "react";
import db from "../db.server";
import { dispatchConfig } from "../jobs/runtime.server";
import { notificationsPage, parseChoice } from "../notifications/admin-page.server";
import { sendTestNotification } from "../notifications/preview.server";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return notificationsPage(db, session.shop, new URL(request.url).searchParams);
};

/** Test send: a sample message to the merchant, through the shop's own channel settings. */
export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const form = await request.formData();
  const shop = await db.shop.findUnique({
    where: { domain: session.shop },
    select: { id: true, domain: true, name: true, email: true },
  });
  if (!shop) return { ok: false as const, error: "Parcelwise has not received anything from this shop yet" };
  const to = String(form.get("to") ?? "").trim();
  return sendTestNotification(db, dispatchConfig(), shop, { ...parseChoice(form), to });
};

const TONE: Record<string, BadgeProps["tone"]> = {
  SENT: "success",
  PENDING: "info",
  FAILED: "critical",
  SKIPPED: undefined,
};
const STATUS_LABEL: Record<string, string> = {
  SENT: "Sent",
  PENDING: "Waiting",
  FAILED: "Failed",
  SKIPPED: "Not sent",
};
const time = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default function Notifications() {
  const { log, choice, preview, options, labels } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params, setParams] = useSearchParams();
  const [to, setTo] = useState("");
  const choose = (name: string) => (value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next, { preventScrollReset: true });
  };
  const filter = params.get("status") ?? "";

  return (
    <Page
      title="Notifications"
      subtitle="Every message Parcelwise sent your customers, and why any was not sent"
    >
      <Layout>
        <Layout.Section>
          <InlineGrid columns={{ xs: 2, md: 4 }} gap="300">
            {(["SENT", "PENDING", "FAILED", "SKIPPED"] as const).map((status) => (
              <Card key={status}>
                <BlockStack gap="100">
                  <Text as="h2" variant="headingSm">
                    {STATUS_LABEL[status]}
                  </Text>
                  <Text
                    as="p"
                    variant="headingLg"
                    tone={status === "FAILED" && log.counts.FAILED ? "critical" : undefined}
                  >
                    {log.counts[status]}
                  </Text>
                </BlockStack>
              </Card>
            ))}
          </InlineGrid>
        </Layout.Section>
        <Layout.Section>
          <Card padding="0">
            <Box padding="300">
              <Select
                label="Show"
                labelInline
                options={[
                  { label: "All messages", value: "" },
                  ...Object.entries(STATUS_LABEL).map(([value, label]) => ({ value, label })),
                ]}
                value={filter}
                onChange={choose("status")}
              />
            </Box>
            {log.entries.length === 0 ? (
              <EmptyState heading="No notifications yet" image="">
                <p>Messages appear here as your orders ship, move and arrive.</p>
              </EmptyState>
            ) : (
              <IndexTable
                resourceName={{ singular: "notification", plural: "notifications" }}
                itemCount={log.entries.length}
                selectable={false}
                headings={[
                  { title: "Order" },
                  { title: "Milestone" },
                  { title: "Channel" },
                  { title: "Status" },
                  { title: "To" },
                  { title: "When" },
                  { title: "Details" },
                ]}
              >
                {log.entries.map((entry, index) => (
                  <IndexTable.Row id={entry.id} key={entry.id} position={index}>
                    <IndexTable.Cell>{entry.orderName ?? "—"}</IndexTable.Cell>
                    <IndexTable.Cell>{labels.milestone[entry.milestone] ?? entry.milestone}</IndexTable.Cell>
                    <IndexTable.Cell>{labels.channel[entry.channel] ?? entry.channel}</IndexTable.Cell>
                    <IndexTable.Cell>
                      <Badge tone={TONE[entry.status]}>{STATUS_LABEL[entry.status] ?? entry.status}</Badge>
                    </IndexTable.Cell>
                    <IndexTable.Cell>{entry.recipient ?? "—"}</IndexTable.Cell>
                    <IndexTable.Cell>
                      {time.format(
                        new Date(
                          entry.sentAt ?? (entry.status === "PENDING" ? entry.dueAt : entry.createdAt),
                        ),
                      )}
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <Text as="span" tone={entry.status === "FAILED" ? "critical" : "subdued"}>
                        {entry.detail ?? ""}
                        {entry.status === "PENDING" && entry.attempts > 0
                          ? ` (attempt ${entry.attempts + 1} next)`
                          : ""}
                      </Text>
                    </IndexTable.Cell>
                  </IndexTable.Row>
                ))}
              </IndexTable>
            )}
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Preview
              </Text>
              <InlineStack gap="300">
                <Select
                  label="Milestone"
                  options={options.milestones}
                  value={choice.milestone}
                  onChange={choose("milestone")}
                />
                <Select
                  label="Channel"
                  options={options.channels}
                  value={choice.channel}
                  onChange={choose("channel")}
                />
                <Select
                  label="Language"
                  options={options.locales}
                  value={choice.locale}
                  onChange={choose("locale")}
                />
              </InlineStack>
              {preview ? (
                <BlockStack gap="200">
                  {preview.subject ? (
                    <Text as="p" fontWeight="semibold">
                      {preview.subject}
                    </Text>
                  ) : null}
                  {preview.html ? (
                    <iframe
                      title="Email preview"
                      sandbox=""
                      srcDoc={preview.html}
                      style={{ width: "100%", height: 560, border: "1px solid #e3e3e3", borderRadius: 8 }}
                    />
                  ) : (
                    <Box padding="300" background="bg-surface-secondary" borderRadius="200">
                      <Text as="p">{preview.text}</Text>
                    </Box>
                  )}
                </BlockStack>
              ) : null}
              <Form method="post">
                <input type="hidden" name="milestone" value={choice.milestone} />
                <input type="hidden" name="channel" value={choice.channel} />
                <input type="hidden" name="locale" value={choice.locale} />
                <InlineStack gap="200" blockAlign="end">
                  <TextField
                    label={
                      choice.channel === "email" ? "Send a test to (email)" : "Send a test to (phone, +…)"
                    }
                    name="to"
                    value={to}
                    onChange={setTo}
                    autoComplete="off"
                  />
                  <Button submit loading={navigation.state === "submitting"}>
                    Send test
                  </Button>
                </InlineStack>
              </Form>
              {result ? (
                <Banner tone={result.ok ? "success" : "critical"}>
                  {result.ok ? "Test message sent." : result.error}
                </Banner>
              ) : null}
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
