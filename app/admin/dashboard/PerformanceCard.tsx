import { BlockStack, Box, Button, ButtonGroup, Card, DataTable, InlineGrid, Text } from "@shopify/polaris";
import { useState } from "react";
import { ClientBarChart } from "./ClientBarChart";
import type { DashboardFormat } from "./format";
import type { DeliveryPerformance, PerformanceRow } from "./performance.server";

/** Days to deliver and on-time rate per carrier or destination country: two charts and the table. */
export function PerformanceCard({
  performance,
  days,
  fmt,
}: {
  performance: DeliveryPerformance;
  days: number;
  fmt: DashboardFormat;
}) {
  const { t } = fmt;
  const [tab, setTab] = useState(0);
  const tabs = [
    { id: "carrier", content: t("dashboard.performance.byCarrier") },
    { id: "country", content: t("dashboard.performance.byCountry") },
  ];
  const rows = tab === 0 ? performance.byCarrier : performance.byCountry;
  const name = (row: PerformanceRow) => (tab === 0 ? fmt.carrier(row.key) : fmt.country(row.key));
  const { overall } = performance;
  const height = Math.max(140, 30 * rows.length + 50);
  return (
    <Card padding="0">
      <Box padding="400">
        <BlockStack gap="100">
          <Text as="h2" variant="headingMd">
            {t("dashboard.performance.title")}
          </Text>
          <Text as="p" tone="subdued">
            {overall
              ? t("dashboard.performance.overall", {
                  median: fmt.days(overall.medianDays),
                  onTime: fmt.percent(overall.onTimeRate),
                })
              : t("dashboard.performance.empty", { days })}
          </Text>
          <Text as="p" variant="bodySm" tone="subdued">
            {t("dashboard.performance.subtitle", { days })}
          </Text>
        </BlockStack>
      </Box>
      {overall && (
        <>
          <Box paddingInline="400">
            {/* Segmented buttons, not Tabs: Tabs measure themselves in the browser and move after hydration. */}
            <ButtonGroup variant="segmented">
              {tabs.map((item, index) => (
                <Button key={item.id} pressed={tab === index} onClick={() => setTab(index)}>
                  {item.content}
                </Button>
              ))}
            </ButtonGroup>
          </Box>
          <Box padding="400">
            <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
              <BlockStack gap="200">
                <Text as="h3" variant="headingSm">
                  {t("dashboard.performance.median")}
                </Text>
                <ClientBarChart
                  key={`median-${tab}`}
                  label={t("dashboard.performance.median")}
                  height={height}
                  direction="horizontal"
                  showLegend={false}
                  data={[
                    {
                      name: t("dashboard.performance.median"),
                      data: rows.map((r) => ({ key: name(r), value: round1(r.medianDays) })),
                    },
                  ]}
                />
              </BlockStack>
              <BlockStack gap="200">
                <Text as="h3" variant="headingSm">
                  {t("dashboard.performance.onTime")}
                </Text>
                <ClientBarChart
                  key={`onTime-${tab}`}
                  label={t("dashboard.performance.onTime")}
                  height={height}
                  direction="horizontal"
                  showLegend={false}
                  xAxisOptions={{ labelFormatter: (v) => `${v}%` }}
                  data={[
                    {
                      name: t("dashboard.performance.onTime"),
                      data: rows.map((r) => ({
                        key: name(r),
                        value: r.onTimeRate === null ? null : Math.round(r.onTimeRate * 100),
                      })),
                    },
                  ]}
                />
                <Text as="p" variant="bodySm" tone="subdued">
                  {t("dashboard.performance.onTimeHelp")}
                </Text>
              </BlockStack>
            </InlineGrid>
          </Box>
          <DataTable
            columnContentTypes={["text", "numeric", "numeric", "numeric", "numeric"]}
            headings={[
              tabs[tab].content,
              t("dashboard.performance.delivered"),
              t("dashboard.performance.median"),
              t("dashboard.performance.mean"),
              t("dashboard.performance.onTime"),
            ]}
            rows={rows.map((r) => [
              name(r),
              fmt.integer(r.delivered),
              fmt.decimal(r.medianDays),
              fmt.decimal(r.meanDays),
              fmt.percent(r.onTimeRate),
            ])}
            increasedTableDensity
          />
        </>
      )}
    </Card>
  );
}

const round1 = (n: number) => Math.round(n * 10) / 10;
