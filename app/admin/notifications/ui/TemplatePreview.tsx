import { Banner, BlockStack, Box, Card, InlineStack, Spinner, Text } from "@shopify/polaris";
import type { MessageChannel } from "../../../notifications/milestones";
import { useAdminI18n } from "../../i18n";
import { CardHeading } from "../../ui/CardHeading";
import { smsLength } from "../sms-segments";

/** A rendered message as the editor's preview gets it (RenderedMessage). */
export interface PreviewMessage {
  subject?: string;
  text: string;
  html?: string;
}

/**
 * The message as a customer would get it, with sample data: an email in a sandboxed frame (no scripts,
 * no same origin: it is the merchant's HTML), a text with its length and, for SMS, how many it becomes.
 */
export function TemplatePreview({
  channel,
  message,
  updating,
  broken,
}: {
  channel: MessageChannel;
  message: PreviewMessage | null;
  updating: boolean;
  /** The editor's wording has a problem: this is the last version that rendered. */
  broken: boolean;
}) {
  const { t, formatNumber } = useAdminI18n();
  const length = message && channel === "sms" ? smsLength(message.text) : null;
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <CardHeading
            title={t("notifications.templates.previewTitle")}
            description={t("notifications.templates.previewHelp")}
            compact
          />
          {updating && (
            <Spinner size="small" accessibilityLabel={t("notifications.templates.previewUpdating")} />
          )}
        </InlineStack>
        {broken && <Banner tone="warning">{t("notifications.templates.previewBroken")}</Banner>}
        {message && (
          <div data-testid="template-preview" aria-live="polite">
            <BlockStack gap="200">
              {message.subject !== undefined && (
                <Text as="p" fontWeight="semibold">
                  {t("notifications.templates.subjectLine", { subject: message.subject })}
                </Text>
              )}
              {message.html ? (
                <iframe
                  title={t("notifications.templates.emailFrame")}
                  sandbox=""
                  srcDoc={message.html}
                  style={{ width: "100%", height: 560, border: "1px solid #e3e3e3", borderRadius: 8 }}
                />
              ) : (
                <Box padding="300" background="bg-surface-secondary" borderRadius="200">
                  <Text as="p">
                    <span style={{ whiteSpace: "pre-wrap" }}>{message.text}</span>
                  </Text>
                </Box>
              )}
              {channel !== "email" && (
                <Text as="p" tone="subdued" variant="bodySm">
                  {length
                    ? t("notifications.templates.segments", {
                        count: formatNumber(length.characters),
                        segments: formatNumber(length.segments),
                        encoding:
                          length.encoding === "gsm"
                            ? t("notifications.templates.gsm")
                            : t("notifications.templates.unicode"),
                      })
                    : t("notifications.templates.characters", {
                        count: formatNumber([...message.text].length),
                      })}
                </Text>
              )}
              {channel === "whatsapp" && (
                <Text as="p" tone="subdued" variant="bodySm">
                  {t("notifications.templates.whatsappNote")}
                </Text>
              )}
            </BlockStack>
          </div>
        )}
      </BlockStack>
    </Card>
  );
}
