import { BlockStack, Card, InlineStack, Text, Thumbnail } from "@shopify/polaris";
import { useAdminI18n } from "../../i18n";
import type { ShipmentDetail } from "../detail.server";

/** What is in the parcel. */
export function ItemsCard({ items }: { items: ShipmentDetail["items"] }) {
  const { t } = useAdminI18n();
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("shipments.detail.items.heading")}
        </Text>
        {items.length === 0 ? (
          <Text as="p" tone="subdued">
            {t("shipments.detail.items.empty")}
          </Text>
        ) : (
          items.map((item, index) => (
            <InlineStack key={index} gap="300" blockAlign="center" wrap={false}>
              {item.imageUrl && <Thumbnail source={item.imageUrl} alt={item.title} size="small" />}
              <BlockStack gap="050">
                <Text as="p" fontWeight="semibold">
                  {item.title}
                </Text>
                <Text as="p" tone="subdued">
                  {[
                    item.variantTitle,
                    item.sku && t("shipments.detail.items.sku", { sku: item.sku }),
                    t("shipments.detail.items.quantity", { count: item.quantity }),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
              </BlockStack>
            </InlineStack>
          ))
        )}
      </BlockStack>
    </Card>
  );
}
