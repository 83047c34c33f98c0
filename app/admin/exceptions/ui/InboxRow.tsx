import {
  Badge,
  BlockStack,
  Button,
  IndexTable,
  InlineStack,
  Link,
  Text,
  type BadgeProps,
} from "@shopify/polaris";
import { isShipmentStatus } from "../../../shipments/status";
import type { ExceptionKind } from "../../dashboard/exception-kinds";
import { useAdminI18n } from "../../i18n";
import type { InboxRow as Row } from "../inbox.server";
import type { InboxFormat } from "./use-format";

export type RowAction = "estimate" | "carrier" | "resolve";

export const KIND_TONE: Record<ExceptionKind, BadgeProps["tone"]> = {
  exception: "critical",
  attempted: "warning",
  notPickedUp: "attention",
  late: "warning",
  stalled: "attention",
};

/** One open problem: what, since when, the carrier's last word, and the three ways to deal with it. */
export function InboxRow({
  row,
  position,
  format,
  onAction,
}: {
  row: Row;
  position: number;
  format: InboxFormat;
  onAction: (action: RowAction, row: Row) => void;
}) {
  const { t } = useAdminI18n();
  const none = t("common.none");
  const event = row.lastEvent;
  const label = (action: RowAction) =>
    `${t(`exceptions.actions.${action}`)}: ${row.orderName ?? row.trackingNumber ?? ""}`;
  const eventText = event
    ? event.message || (event.status && isShipmentStatus(event.status) ? t(`status.${event.status}`) : none)
    : t("exceptions.noEvent");
  return (
    <IndexTable.Row id={row.id} position={position}>
      <IndexTable.Cell>
        <Link url={`/app/shipments/${encodeURIComponent(row.id)}`} removeUnderline monochrome>
          <Text as="span" fontWeight="semibold">
            {row.orderName ?? none}
          </Text>
        </Link>
      </IndexTable.Cell>
      <IndexTable.Cell>{row.customer ?? none}</IndexTable.Cell>
      <IndexTable.Cell>
        <BlockStack>
          <Text as="span">{row.carrier ?? none}</Text>
          <Text as="span" tone="subdued" variant="bodySm">
            {row.trackingNumber ?? none}
            {row.moreTrackingNumbers > 0 &&
              ` ${t("exceptions.moreTracking", { count: row.moreTrackingNumbers })}`}
          </Text>
        </BlockStack>
      </IndexTable.Cell>
      <IndexTable.Cell>
        <BlockStack gap="050" inlineAlign="start">
          <Badge tone={KIND_TONE[row.kind]}>{t(`exceptions.kind.${row.kind}`)}</Badge>
          <Text as="span" variant="bodySm">
            {format.ago(row.since)}
          </Text>
          <Text as="span" tone="subdued" variant="bodySm">
            {t("exceptions.since", { date: format.dateTime(row.since) })}
          </Text>
        </BlockStack>
      </IndexTable.Cell>
      <IndexTable.Cell>
        <BlockStack>
          <Text as="span" breakWord>
            {eventText}
          </Text>
          {event && (
            <Text as="span" tone="subdued" variant="bodySm">
              {[event.place, format.dateTime(event.at)].filter(Boolean).join(" · ")}
            </Text>
          )}
        </BlockStack>
      </IndexTable.Cell>
      <IndexTable.Cell>
        {[row.destinationCity, row.destinationCountry].filter(Boolean).join(", ") || none}
      </IndexTable.Cell>
      <IndexTable.Cell>
        <InlineStack gap="100" wrap={false}>
          <Button
            size="slim"
            variant="primary"
            onClick={() => onAction("estimate", row)}
            accessibilityLabel={label("estimate")}
          >
            {t("exceptions.actions.estimate")}
          </Button>
          <Button size="slim" onClick={() => onAction("carrier", row)} accessibilityLabel={label("carrier")}>
            {t("exceptions.actions.carrier")}
          </Button>
          <Button size="slim" onClick={() => onAction("resolve", row)} accessibilityLabel={label("resolve")}>
            {t("exceptions.actions.resolve")}
          </Button>
        </InlineStack>
      </IndexTable.Cell>
    </IndexTable.Row>
  );
}
