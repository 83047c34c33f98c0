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
import { useAdminI18n, type AdminKey } from "../admin/i18n";
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
const STATUSES = ["SENT", "PENDING", "FAILED", "SKIPPED"] as const;
type Status = (typeof STATUSES)[number];
const isStatus = (value: string): value is Status => (STATUSES as readonly string[]).includes(value);

export default function Notifications() {
  const { log, choice, preview, options, labels } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params, setParams] = useSearchParams();
  const [to, setTo] = useState("");
  const { t, formatDate } = useAdminI18n();
  const statusLabel = (status: string) => (isStatus(status) ? t(`notifications.status.${status}`) : status);
  /** A label from the page's section by key, or the server's (English) label for anything unknown. */
  const label = (key: string, fallback: string) => {
    const translated = t(key as AdminKey);
    return translated === key ? fallback : translated;
  };
  const milestoneLabel = (value: string) =>
    label(`notifications.milestones.${value}`, labels.milestone[value] ?? value);
  const channelLabel = (value: string) =>
    label(`notifications.channels.${value}`, labels.channel[value] ?? value);
  const choose = (name: string) => (value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next, { preventScrollReset: true });
  };
  const filter = params.get("status") ?? "";

  return (
    <Page title={t("notifications.title")} subtitle={t("notifications.subtitle")}>
      <Layout>
        <Layout.Section>
          <InlineGrid columns={{ xs: 2, md: 4 }} gap="300">
            {STATUSES.map((status) => (
              <Card key={status}>
                <BlockStack gap="100">
                  <Text as="h2" variant="headingSm">
                    {statusLabel(status)}
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
                label={t("notifications.filter.label")}
                labelInline
                options={[
                  { label: t("notifications.filter.all"), value: "" },
                  ...STATUSES.map((value) => ({ value, label: statusLabel(value) })),
                ]}
                value={filter}
                onChange={choose("status")}
              />
            </Box>
            {log.entries.length === 0 ? (
              <EmptyState heading={t("notifications.empty.heading")} image="">
                <p>{t("notifications.empty.body")}</p>
              </EmptyState>
            ) : (
              <IndexTable
                resourceName={{
                  singular: t("notifications.resourceSingular"),
                  plural: t("notifications.resourcePlural"),
                }}
                itemCount={log.entries.length}
                selectable={false}
                headings={[
                  { title: t("notifications.columns.order") },
                  { title: t("notifications.columns.milestone") },
                  { title: t("notifications.columns.channel") },
                  { title: t("notifications.columns.status") },
                  { title: t("notifications.columns.to") },
                  { title: t("notifications.columns.when") },
                  { title: t("notifications.columns.details") },
                ]}
              >
                {log.entries.map((entry, index) => (
                  <IndexTable.Row id={entry.id} key={entry.id} position={index}>
                    <IndexTable.Cell>{entry.orderName ?? "—"}</IndexTable.Cell>
                    <IndexTable.Cell>{milestoneLabel(entry.milestone)}</IndexTable.Cell>
                    <IndexTable.Cell>{channelLabel(entry.channel)}</IndexTable.Cell>
                    <IndexTable.Cell>
                      <Badge tone={TONE[entry.status]}>{statusLabel(entry.status)}</Badge>
                    </IndexTable.Cell>
                    <IndexTable.Cell>{entry.recipient ?? "—"}</IndexTable.Cell>
                    <IndexTable.Cell>
                      {formatDate(
                        entry.sentAt ?? (entry.status === "PENDING" ? entry.dueAt : entry.createdAt),
                      )}
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <Text as="span" tone={entry.status === "FAILED" ? "critical" : "subdued"}>
                        {entry.detail ?? ""}
                        {entry.status === "PENDING" && entry.attempts > 0
                          ? ` ${t("notifications.nextAttempt", { attempt: entry.attempts + 1 })}`
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
                {t("notifications.preview.heading")}
              </Text>
              <InlineStack gap="300">
                <Select
                  label={t("notifications.preview.milestone")}
                  options={options.milestones.map((o) => ({ ...o, label: milestoneLabel(o.value) }))}
                  value={choice.milestone}
                  onChange={choose("milestone")}
                />
                <Select
                  label={t("notifications.preview.channel")}
                  options={options.channels.map((o) => ({ ...o, label: channelLabel(o.value) }))}
                  value={choice.channel}
                  onChange={choose("channel")}
                />
                <Select
                  label={t("notifications.preview.language")}
                  options={options.locales.map((o) => ({
                    ...o,
                    label: label(`notifications.locales.${o.value}`, o.label),
                  }))}
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
                      title={t("notifications.preview.emailFrame")}
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
                      choice.channel === "email"
                        ? t("notifications.preview.sendToEmail")
                        : t("notifications.preview.sendToPhone")
                    }
                    name="to"
                    value={to}
                    onChange={setTo}
                    autoComplete="off"
                  />
                  <Button submit loading={navigation.state === "submitting"}>
                    {t("notifications.preview.send")}
                  </Button>
                </InlineStack>
              </Form>
              {result ? (
                <Banner tone={result.ok ? "success" : "critical"}>
                  {result.ok ? t("notifications.preview.sent") : result.error}
                </Banner>
              ) : null}
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
