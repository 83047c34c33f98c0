import { useFetcher } from "@remix-run/react";
import { BlockStack, Button, InlineStack, Text } from "@shopify/polaris";
import { useAdminI18n } from "../../i18n";
import type { ChannelTestIntent, ChannelsActionResult } from "../channels.server";

const PROVIDER = { "test-smtp": "smtp", "test-twilio": "twilio", "test-klaviyo": "klaviyo" } as const;

/**
 * "Test connection": asks the provider with what's typed (or what's saved where a field is empty) and
 * says what answered, or why it didn't, in the admin's language. Nothing is saved or sent.
 */
export function ConnectionTest({
  intent,
  fields,
}: {
  intent: ChannelTestIntent;
  fields: Record<string, string>;
}) {
  const { t } = useAdminI18n();
  const fetcher = useFetcher<ChannelsActionResult>();
  const answer =
    fetcher.data && "check" in fetcher.data && fetcher.data.intent === intent ? fetcher.data.check : null;
  const testing = fetcher.state !== "idle";
  return (
    <BlockStack gap="100">
      <InlineStack gap="300" blockAlign="center">
        <Button loading={testing} onClick={() => fetcher.submit({ intent, ...fields }, { method: "post" })}>
          {t("notifications.connection.test")}
        </Button>
        {answer && !testing && (
          <span role="status">
            <Text as="span" tone={answer.ok ? "success" : "critical"}>
              {answer.ok
                ? t(`notifications.connection.ok.${PROVIDER[intent]}`, { detail: answer.detail })
                : t(`notifications.connection.errors.${answer.code}`, { message: answer.message })}
            </Text>
          </span>
        )}
      </InlineStack>
      <Text as="span" tone="subdued" variant="bodySm">
        {t("notifications.connection.testHelp")}
      </Text>
    </BlockStack>
  );
}
