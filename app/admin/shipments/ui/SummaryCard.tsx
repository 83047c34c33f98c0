import { BlockStack, Card, Link, Text } from "@shopify/polaris";
import type { ReactNode } from "react";
import { useAdminI18n } from "../../i18n";
import type { ShipmentDetail } from "../detail.server";
import { useShipmentFormat } from "./use-format";

/** When it should arrive (or did), where it goes, and how to follow it at the carrier. */
export function SummaryCard({ detail }: { detail: ShipmentDetail }) {
  const { t } = useAdminI18n();
  const format = useShipmentFormat(detail.timeZone);
  const none = t("common.none");
  const lastUpdate = detail.lastEventAt ?? detail.statusAt;
  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          {t("shipments.detail.summary.heading")}
        </Text>
        {detail.deliveredAt ? (
          <Fact label={t("shipments.detail.summary.delivered")}>{format.dateTime(detail.deliveredAt)}</Fact>
        ) : (
          <Fact label={t("shipments.detail.summary.estimatedDelivery")}>
            {detail.estimatedDelivery
              ? format.dateRange(detail.estimatedDelivery.earliest, detail.estimatedDelivery.latest)
              : t("shipments.detail.summary.noEstimate")}
            {detail.lateSince && (
              <Text as="span" tone="critical">
                {" · "}
                {t("shipments.detail.lateSince", { date: format.date(detail.lateSince) })}
              </Text>
            )}
            {detail.estimateSource && (
              <Text as="p" tone="subdued">
                {detail.estimateSource.kind === "LEARNED" && detail.estimateSource.confidence !== null
                  ? t("shipments.detail.summary.source.LEARNED", {
                      share: format.percent(detail.estimateSource.confidence),
                    })
                  : t(`shipments.detail.summary.source.${detail.estimateSource.kind}`, { share: "" })}
              </Text>
            )}
          </Fact>
        )}
        {lastUpdate && (
          <Fact label={t("shipments.detail.summary.lastUpdate")}>
            {format.dateTime(lastUpdate)}
            {detail.stalledSince && !detail.deliveredAt && (
              <Text as="span" tone="critical">
                {" · "}
                {t("shipments.detail.stalledSince", { date: format.date(detail.stalledSince) })}
              </Text>
            )}
          </Fact>
        )}
        <Fact label={t("shipments.detail.summary.destination")}>
          {[detail.destination.city, detail.destination.country].filter(Boolean).join(", ") || none}
        </Fact>
        <Fact label={t("shipments.detail.summary.customer")}>{detail.customer ?? none}</Fact>
        <Fact label={t("shipments.detail.carrier.heading")}>
          {detail.carrier ?? t("shipments.detail.carrier.unknown")}
          {detail.detectedCarrier && (
            <Text as="p" tone="subdued">
              {t("shipments.detail.carrier.detected", { carrier: detail.detectedCarrier })}
            </Text>
          )}
        </Fact>
        <Fact label={t("shipments.detail.carrier.trackingNumbers")}>
          {detail.tracking.length === 0 ? (
            t("shipments.detail.carrier.noTracking")
          ) : (
            <BlockStack gap="100">
              {detail.tracking.map(({ number, url }) =>
                url ? (
                  <Link
                    key={number}
                    url={url}
                    target="_blank"
                    accessibilityLabel={`${t("shipments.detail.carrier.track")}: ${number}`}
                  >
                    {number}
                  </Link>
                ) : (
                  <Text key={number} as="span">
                    {number}
                  </Text>
                ),
              )}
            </BlockStack>
          )}
        </Fact>
      </BlockStack>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <BlockStack gap="100">
      <Text as="h3" variant="headingSm" tone="subdued">
        {label}
      </Text>
      <div>{children}</div>
    </BlockStack>
  );
}
