import { BlockStack, Box, Card, Divider, InlineStack, Text } from "@shopify/polaris";
import { Fragment } from "react";
import { useAdminI18n } from "../../i18n";
import { isShipmentStatus } from "../../../shipments/status";
import type { ShipmentDetail } from "../detail.server";
import { useShipmentFormat } from "./use-format";

/** The carrier's scans, newest first, each at its place's local time. */
export function Timeline({ detail }: { detail: ShipmentDetail }) {
  const { t } = useAdminI18n();
  const format = useShipmentFormat(detail.timeZone);
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("shipments.detail.timeline.heading")}
        </Text>
        {detail.events.length === 0 ? (
          <Text as="p" tone="subdued">
            {t("shipments.detail.timeline.empty")}
          </Text>
        ) : (
          <BlockStack gap="300">
            {detail.events.map((event, index) => (
              <Fragment key={event.id}>
                {index > 0 && <Divider />}
                <InlineStack align="space-between" blockAlign="start" gap="400" wrap={false}>
                  <BlockStack gap="100">
                    <Text as="p" fontWeight="semibold">
                      {event.status && isShipmentStatus(event.status)
                        ? t(`status.${event.status}`)
                        : t("shipments.detail.timeline.unknownStatus")}
                    </Text>
                    {event.message && <Text as="p">{event.message}</Text>}
                    {event.place && (
                      <Text as="p" tone="subdued">
                        {event.place}
                      </Text>
                    )}
                  </BlockStack>
                  <Box minWidth="11rem">
                    <Text as="p" alignment="end" tone="subdued">
                      <time dateTime={event.at} title={t("shipments.detail.timeline.localTime")}>
                        {format.localTime(event.at, event.timeZone)}
                      </time>
                    </Text>
                  </Box>
                </InlineStack>
              </Fragment>
            ))}
          </BlockStack>
        )}
      </BlockStack>
    </Card>
  );
}
