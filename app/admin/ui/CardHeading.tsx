import { BlockStack, Text } from "@shopify/polaris";

/**
 * A card's title and the subdued line under it that says what the card is for; `compact` sets them
 * closer, the line in small type (the template editor's side cards).
 */
export function CardHeading({
  title,
  description,
  compact = false,
}: {
  title: string;
  description: string;
  compact?: boolean;
}) {
  return (
    <BlockStack gap={compact ? "050" : "100"}>
      <Text as="h2" variant="headingMd">
        {title}
      </Text>
      <Text as="p" tone="subdued" variant={compact ? "bodySm" : undefined}>
        {description}
      </Text>
    </BlockStack>
  );
}
