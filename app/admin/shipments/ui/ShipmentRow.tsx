import { Badge, IndexTable, InlineStack, Link, Text } from "@shopify/polaris";
import { useAdminI18n } from "../../i18n";
import type { shipmentFormat } from "../format";
import type { ShipmentListRow } from "../list.server";
import { STATUS_TONE } from "../tones";

/** One shipment in the list; the order name links to its page (and makes the whole row clickable). */
export function ShipmentRow({
  row,
  position,
  format,
}: {
  row: ShipmentListRow;
  position: number;
  format: ReturnType<typeof shipmentFormat>;
}) {
  const { t } = useAdminI18n();
  const none = t("common.none");
  return (
    <IndexTable.Row id={row.id} position={position}>
      <IndexTable.Cell>
        <Link url={`/app/shipments/${row.id}`} dataPrimaryLink removeUnderline monochrome>
          <Text as="span" fontWeight="semibold">
            {row.orderName ?? none}
          </Text>
        </Link>
      </IndexTable.Cell>
      <IndexTable.Cell>{row.customer ?? none}</IndexTable.Cell>
      <IndexTable.Cell>
        <Badge tone={STATUS_TONE[row.status]}>{t(`status.${row.status}`)}</Badge>
      </IndexTable.Cell>
      <IndexTable.Cell>
        {row.detectedCarrier ? (
          <InlineStack gap="100" wrap={false}>
            <Text as="span">{row.detectedCarrier}</Text>
            <Text as="span" tone="subdued">
              {t("shipments.list.detected")}
            </Text>
          </InlineStack>
        ) : (
          (row.carrier ?? none)
        )}
      </IndexTable.Cell>
      <IndexTable.Cell>
        <InlineStack gap="100" wrap={false}>
          <Text as="span">{row.trackingNumber ?? none}</Text>
          {row.moreTrackingNumbers > 0 && (
            <Text as="span" tone="subdued">
              {t("shipments.list.moreTracking", { count: row.moreTrackingNumbers })}
            </Text>
          )}
        </InlineStack>
      </IndexTable.Cell>
      <IndexTable.Cell>
        {[row.destinationCity, row.destinationCountry].filter(Boolean).join(", ") || none}
      </IndexTable.Cell>
      <IndexTable.Cell>{format.date(row.shippedAt)}</IndexTable.Cell>
      <IndexTable.Cell>
        <InlineStack gap="100" wrap={false} blockAlign="center">
          <Text as="span">
            {row.deliveredAt
              ? t("shipments.list.deliveredOn", { date: format.date(row.deliveredAt) })
              : row.estimatedDeliveryAt && row.estimatedDeliveryLatestAt
                ? format.dateRange(row.estimatedDeliveryAt, row.estimatedDeliveryLatestAt)
                : none}
          </Text>
          {row.late && <Badge tone="warning">{t("shipments.late")}</Badge>}
        </InlineStack>
      </IndexTable.Cell>
      <IndexTable.Cell>{format.dateTime(row.lastUpdateAt)}</IndexTable.Cell>
    </IndexTable.Row>
  );
}
