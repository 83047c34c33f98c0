import { BlockStack, Box, Card, InlineGrid, Text } from "@shopify/polaris";
import { NEEDS_ATTENTION, SHIPMENT_STATUSES } from "../../shipments/status";
import type { DashboardFormat } from "./format";
import type { ShipmentStates } from "./states.server";

/** Every status with shipments in it (and those needing attention, even at zero), problems in red. */
export function StatesCard({ states, fmt }: { states: ShipmentStates; fmt: DashboardFormat }) {
  const { t } = fmt;
  const shown = SHIPMENT_STATUSES.filter((s) => states.counts[s] > 0 || NEEDS_ATTENTION.has(s));
  return (
    <Card>
      <BlockStack gap="300">
        <BlockStack gap="100">
          <Text as="h2" variant="headingMd">
            {t("dashboard.states.title")}
          </Text>
          <Text as="p" tone="subdued">
            {states.total
              ? t("dashboard.states.total", { count: fmt.integer(states.total) })
              : t("dashboard.states.empty")}
          </Text>
        </BlockStack>
        <InlineGrid columns={{ xs: 2, sm: 3, md: 5 }} gap="300">
          {shown.map((status) => {
            const alert = NEEDS_ATTENTION.has(status) && states.counts[status] > 0;
            return (
              <Box
                key={status}
                padding="300"
                borderRadius="200"
                background={alert ? "bg-surface-critical" : "bg-surface-secondary"}
              >
                <BlockStack gap="100">
                  <Text as="h3" variant="bodySm" tone={alert ? "critical" : "subdued"}>
                    {t(`status.${status}`)}
                  </Text>
                  <Text as="p" variant="headingLg" tone={alert ? "critical" : undefined}>
                    {fmt.integer(states.counts[status])}
                  </Text>
                </BlockStack>
              </Box>
            );
          })}
        </InlineGrid>
      </BlockStack>
    </Card>
  );
}
