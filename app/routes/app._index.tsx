import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import {
  Badge,
  BlockStack,
  Card,
  EmptyState,
  IndexTable,
  InlineGrid,
  Layout,
  Page,
  Text,
  type BadgeProps,
} from "@shopify/polaris";
import db from "../db.server";
import { shipmentOverview } from "../shipments/overview.server";
import { NEEDS_ATTENTION, SHIPMENT_STATUSES, STATUS_LABEL, type ShipmentStatus } from "../shipments/status";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return shipmentOverview(db, session.shop);
};

const TONE: Partial<Record<ShipmentStatus, BadgeProps["tone"]>> = {
  DELIVERED: "success",
  OUT_FOR_DELIVERY: "info",
  DELAYED: "warning",
  ATTEMPTED_DELIVERY: "warning",
  EXCEPTION: "critical",
};

const dateFormat = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const formatDate = (iso: string | null) => (iso ? dateFormat.format(new Date(iso)) : "—");

export default function Shipments() {
  const { counts, total, shipments } = useLoaderData<typeof loader>();
  return (
    <Page title="Shipments">
      <Layout>
        <Layout.Section>
          <InlineGrid columns={{ xs: 2, sm: 3, md: 5 }} gap="300">
            {SHIPMENT_STATUSES.filter((s) => counts[s] > 0 || NEEDS_ATTENTION.has(s)).map((status) => (
              <Card key={status}>
                <BlockStack gap="100">
                  <Text as="h2" variant="headingSm">
                    {STATUS_LABEL[status]}
                  </Text>
                  <Text
                    as="p"
                    variant="headingLg"
                    tone={NEEDS_ATTENTION.has(status) && counts[status] > 0 ? "critical" : undefined}
                  >
                    {counts[status]}
                  </Text>
                </BlockStack>
              </Card>
            ))}
          </InlineGrid>
        </Layout.Section>
        <Layout.Section>
          <Card padding="0">
            {total === 0 ? (
              <EmptyState heading="No shipments yet" image="">
                <p>Shipments appear here as soon as you fulfill an order with a tracking number.</p>
              </EmptyState>
            ) : (
              <IndexTable
                resourceName={{ singular: "shipment", plural: "shipments" }}
                itemCount={shipments.length}
                selectable={false}
                headings={[
                  { title: "Order" },
                  { title: "Status" },
                  { title: "Since" },
                  { title: "Carrier" },
                  { title: "Tracking number" },
                  { title: "Estimated delivery" },
                ]}
              >
                {shipments.map((s, index) => (
                  <IndexTable.Row id={s.id} key={s.id} position={index}>
                    <IndexTable.Cell>
                      <Text as="span" fontWeight="semibold">
                        {s.orderName ?? s.name ?? "—"}
                      </Text>
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <Badge tone={TONE[s.status]}>{STATUS_LABEL[s.status]}</Badge>
                    </IndexTable.Cell>
                    <IndexTable.Cell>{formatDate(s.statusAt)}</IndexTable.Cell>
                    <IndexTable.Cell>{s.carrier ?? "—"}</IndexTable.Cell>
                    <IndexTable.Cell>{s.trackingNumber ?? "—"}</IndexTable.Cell>
                    <IndexTable.Cell>{formatDate(s.estimatedDeliveryAt)}</IndexTable.Cell>
                  </IndexTable.Row>
                ))}
              </IndexTable>
            )}
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
