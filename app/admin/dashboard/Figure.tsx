import { BlockStack, Text } from "@shopify/polaris";

/** One number with its label (and a line of help), as Shopify's analytics cards show them. */
export function Figure({
  label,
  value,
  critical,
  help,
}: {
  label: string;
  value: string;
  critical?: boolean;
  help?: string;
}) {
  return (
    <BlockStack gap="100">
      <Text as="h3" variant="bodySm" tone="subdued">
        {label}
      </Text>
      <Text as="p" variant="headingLg" tone={critical ? "critical" : undefined}>
        {value}
      </Text>
      {help && (
        <Text as="p" variant="bodySm" tone="subdued">
          {help}
        </Text>
      )}
    </BlockStack>
  );
}
