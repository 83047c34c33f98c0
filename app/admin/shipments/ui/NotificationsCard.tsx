import { Badge, BlockStack, Box, Card, IndexTable, InlineStack, Text } from "@shopify/polaris";
import { CHANNELS, isMilestone, type Channel } from "../../../notifications/milestones";
import { useAdminI18n } from "../../i18n";
import type { ShipmentDetail } from "../detail.server";
import { NOTIFICATION_TONE } from "../tones";
import { useShipmentFormat } from "./use-format";
import { reasonText } from "../../notifications/reasons";

const STATES = ["PENDING", "SENT", "FAILED", "SKIPPED"] as const;
const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);

/** Every message about this shipment: what, how, to whom (masked), and what came of it. */
export function NotificationsCard({ detail }: { detail: ShipmentDetail }) {
  const { t } = useAdminI18n();
  const format = useShipmentFormat(detail.timeZone);
  const none = t("common.none");
  return (
    <Card padding="0">
      <Box padding="400">
        <Text as="h2" variant="headingMd">
          {t("shipments.detail.notifications.heading")}
        </Text>
      </Box>
      {detail.notifications.length === 0 ? (
        <Box paddingInline="400" paddingBlockEnd="400">
          <Text as="p" tone="subdued">
            {t("shipments.detail.notifications.empty")}
          </Text>
        </Box>
      ) : (
        <IndexTable
          resourceName={{
            singular: t("shipments.detail.notifications.heading"),
            plural: t("shipments.detail.notifications.heading"),
          }}
          itemCount={detail.notifications.length}
          selectable={false}
          headings={[
            { title: t("shipments.detail.notifications.milestone") },
            { title: t("shipments.detail.notifications.channel") },
            { title: t("shipments.detail.notifications.status") },
            { title: t("shipments.detail.notifications.recipient") },
            { title: t("shipments.detail.notifications.when") },
            { title: t("shipments.detail.notifications.details") },
          ]}
        >
          {detail.notifications.map((n, index) => {
            const state = STATES.find((s) => s === n.status);
            return (
              <IndexTable.Row id={n.id} key={n.id} position={index}>
                <IndexTable.Cell>
                  <InlineStack gap="100" wrap={false}>
                    <Text as="span">
                      {isMilestone(n.milestone)
                        ? t(`shipments.detail.milestone.${n.milestone}`)
                        : n.milestone}
                    </Text>
                    {n.resent && <Badge>{t("shipments.detail.notifications.resent")}</Badge>}
                  </InlineStack>
                </IndexTable.Cell>
                <IndexTable.Cell>
                  {isChannel(n.channel) ? t(`shipments.detail.channel.${n.channel}`) : n.channel}
                </IndexTable.Cell>
                <IndexTable.Cell>
                  <Badge tone={NOTIFICATION_TONE[n.status]}>
                    {state ? t(`shipments.detail.notifications.state.${state}`) : n.status}
                  </Badge>
                </IndexTable.Cell>
                <IndexTable.Cell>{n.recipient ?? none}</IndexTable.Cell>
                <IndexTable.Cell>{format.dateTime(n.at)}</IndexTable.Cell>
                <IndexTable.Cell>
                  <BlockStack>
                    <Text as="span" tone={n.status === "FAILED" ? "critical" : "subdued"} breakWord>
                      {reasonText(n.detail, t, n.reason)}
                      {n.status === "PENDING" && n.attempts > 0
                        ? ` (${t("shipments.detail.notifications.nextAttempt", { count: n.attempts + 1 })})`
                        : ""}
                    </Text>
                  </BlockStack>
                </IndexTable.Cell>
              </IndexTable.Row>
            );
          })}
        </IndexTable>
      )}
    </Card>
  );
}
