import { useSearchParams } from "@remix-run/react";
import {
  Badge,
  BlockStack,
  Box,
  Card,
  EmptyState,
  IndexTable,
  InlineGrid,
  Select,
  Text,
  type BadgeProps,
} from "@shopify/polaris";
import { isMilestone } from "../../../notifications/milestones";
import type { NotificationLog } from "../../../notifications/log.server";
import { LOG_STATUSES, isLogStatus as isStatus, type LogStatus } from "../model";
import { useAdminI18n } from "../../i18n";
import { useNotificationLabels } from "./labels";
import { reasonText } from "../reasons";

const TONE: Record<LogStatus, BadgeProps["tone"]> = {
  SENT: "success",
  PENDING: "info",
  FAILED: "critical",
  SKIPPED: undefined,
};

/** The shop's messages, newest first, with counts per status and a filter by status. */
export function ActivityLog({ log, status }: { log: NotificationLog; status: LogStatus | null }) {
  const { t, formatDate } = useAdminI18n();
  const labels = useNotificationLabels();
  const [params, setParams] = useSearchParams();
  const statusLabel = (value: string) => (isStatus(value) ? t(`notifications.status.${value}`) : value);
  const filter = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set("status", value);
    else next.delete("status");
    setParams(next, { preventScrollReset: true });
  };

  return (
    <BlockStack gap="400">
      <InlineGrid columns={{ xs: 2, md: 4 }} gap="300">
        {LOG_STATUSES.map((s) => (
          <Card key={s}>
            <BlockStack gap="100">
              <Text as="h2" variant="headingSm">
                {statusLabel(s)}
              </Text>
              <Text
                as="p"
                variant="headingLg"
                tone={s === "FAILED" && log.counts.FAILED ? "critical" : undefined}
              >
                {log.counts[s]}
              </Text>
            </BlockStack>
          </Card>
        ))}
      </InlineGrid>
      <Card padding="0">
        <Box padding="300">
          <Select
            label={t("notifications.filter.label")}
            labelInline
            options={[
              { label: t("notifications.filter.all"), value: "" },
              ...LOG_STATUSES.map((value) => ({ value, label: statusLabel(value) })),
            ]}
            value={status ?? ""}
            onChange={filter}
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
                <IndexTable.Cell>
                  {isMilestone(entry.milestone) ? labels.milestone(entry.milestone) : entry.milestone}
                </IndexTable.Cell>
                <IndexTable.Cell>{labels.channel(entry.channel)}</IndexTable.Cell>
                <IndexTable.Cell>
                  <Badge tone={isStatus(entry.status) ? TONE[entry.status] : undefined}>
                    {statusLabel(entry.status)}
                  </Badge>
                </IndexTable.Cell>
                <IndexTable.Cell>{entry.recipient ?? "—"}</IndexTable.Cell>
                <IndexTable.Cell>
                  {formatDate(entry.sentAt ?? (entry.status === "PENDING" ? entry.dueAt : entry.createdAt))}
                </IndexTable.Cell>
                <IndexTable.Cell>
                  <Text as="span" tone={entry.status === "FAILED" ? "critical" : "subdued"}>
                    {reasonText(entry.detail, t, entry.reason)}
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
    </BlockStack>
  );
}
