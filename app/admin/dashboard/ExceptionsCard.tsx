import {
  Badge,
  BlockStack,
  Box,
  Card,
  IndexTable,
  InlineStack,
  Link,
  Text,
  type BadgeProps,
} from "@shopify/polaris";
import type { ExceptionItem, Exceptions } from "./exceptions.server";
import { EXCEPTION_KINDS, exceptionListPath, shipmentPath, type ExceptionKind } from "./exception-kinds";
import type { DashboardFormat } from "./format";

const TONE: Record<ExceptionKind, BadgeProps["tone"]> = {
  exception: "critical",
  attempted: "warning",
  notPickedUp: "attention",
  late: "warning",
  stalled: "attention",
};

/** "Needs attention": a count per kind with its full list one click away, and the most urgent few. */
export function ExceptionsCard({ exceptions, fmt }: { exceptions: Exceptions; fmt: DashboardFormat }) {
  const { t } = fmt;
  const kinds = EXCEPTION_KINDS.filter((kind) => exceptions.counts[kind] > 0);
  return (
    <Card padding="0">
      <Box padding="400">
        <BlockStack gap="300">
          <BlockStack gap="100">
            <InlineStack gap="200" blockAlign="center">
              <Text as="h2" variant="headingMd">
                {t("dashboard.exceptions.title")}
              </Text>
              {exceptions.total > 0 && <Badge tone="critical">{fmt.integer(exceptions.total)}</Badge>}
            </InlineStack>
            <Text as="p" tone="subdued">
              {exceptions.total > 0 ? t("dashboard.exceptions.subtitle") : t("dashboard.exceptions.empty")}
            </Text>
          </BlockStack>
          {kinds.length > 0 && (
            <InlineStack gap="400" wrap>
              {kinds.map((kind) => (
                <InlineStack key={kind} gap="100" blockAlign="center">
                  <Badge tone={TONE[kind]}>
                    {`${t(`dashboard.exceptions.kind.${kind}`)}: ${fmt.integer(exceptions.counts[kind])}`}
                  </Badge>
                  <Link
                    url={exceptionListPath(kind)}
                    accessibilityLabel={t("dashboard.exceptions.viewAllLabel", {
                      kind: t(`dashboard.exceptions.kind.${kind}`),
                    })}
                  >
                    {t("dashboard.exceptions.viewAll")}
                  </Link>
                </InlineStack>
              ))}
            </InlineStack>
          )}
        </BlockStack>
      </Box>
      {exceptions.items.length > 0 && (
        <IndexTable
          itemCount={exceptions.items.length}
          selectable={false}
          headings={[
            { title: t("dashboard.exceptions.order") },
            { title: t("dashboard.exceptions.problem") },
            { title: t("dashboard.exceptions.since") },
            { title: t("dashboard.exceptions.carrier") },
          ]}
        >
          {exceptions.items.map((item, index) => (
            <IndexTable.Row id={item.id} key={item.id} position={index}>
              <IndexTable.Cell>
                <Link url={shipmentPath(item.id)} removeUnderline monochrome>
                  <Text as="span" fontWeight="semibold">
                    {item.orderName ?? item.trackingNumber ?? t("common.none")}
                  </Text>
                </Link>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Badge tone={TONE[item.kind]}>{t(`dashboard.exceptions.kind.${item.kind}`)}</Badge>
              </IndexTable.Cell>
              <IndexTable.Cell>{detail(item, fmt)}</IndexTable.Cell>
              <IndexTable.Cell>
                <BlockStack>
                  <Text as="span">{item.carrier ?? t("common.none")}</Text>
                  {item.trackingNumber && (
                    <Text as="span" tone="subdued" variant="bodySm">
                      {item.trackingNumber}
                    </Text>
                  )}
                </BlockStack>
              </IndexTable.Cell>
            </IndexTable.Row>
          ))}
        </IndexTable>
      )}
    </Card>
  );
}

/** What went wrong when: a late parcel by the date it was expected, when the carrier gave one. */
function detail(item: ExceptionItem, fmt: DashboardFormat): string {
  if (item.kind === "late") {
    return item.estimatedDeliveryAt
      ? fmt.t("dashboard.exceptions.detail.late", { date: fmt.date(item.estimatedDeliveryAt) })
      : fmt.t("dashboard.exceptions.detail.lateNoEstimate", { date: fmt.date(item.since) });
  }
  return fmt.t(`dashboard.exceptions.detail.${item.kind}`, { date: fmt.date(item.since) });
}
