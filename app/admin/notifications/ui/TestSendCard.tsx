import { useFetcher } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, TextField } from "@shopify/polaris";
import { useState } from "react";
import { useAdminI18n } from "../../i18n";
import { CardHeading } from "../../ui/CardHeading";
import { NOTIFICATIONS_PATH, type TemplateChoice } from "../model";
import type { TemplateActionResult } from "../templates.server";

/**
 * Sends what the editor holds now (saved or not) with sample data to an address or number the merchant
 * types, through the shop's channel settings: what the preview shows is what arrives.
 */
export function TestSendCard({
  choice,
  subject,
  body,
  ready,
}: {
  choice: TemplateChoice;
  subject: string | null;
  body: string;
  /** Whether the channel can send for the shop (a mail server; Twilio and this channel's sender). */
  ready: boolean;
}) {
  const { t } = useAdminI18n();
  const fetcher = useFetcher<TemplateActionResult>();
  const [to, setTo] = useState("");
  const result = fetcher.data?.intent === "test" ? fetcher.data : null;
  const email = choice.channel === "email";
  const send = () =>
    fetcher.submit(
      { intent: "test", ...choice, ...(subject === null ? {} : { subject }), body, to },
      { method: "post" },
    );

  return (
    <Card>
      <BlockStack gap="300">
        <CardHeading
          title={t("notifications.testSend.title")}
          description={t("notifications.testSend.description")}
          compact
        />
        {!ready && (
          <Banner
            tone="warning"
            action={{
              content: t("notifications.rules.setupBanner.action"),
              url: `${NOTIFICATIONS_PATH}/channels`,
            }}
          >
            {email
              ? t("notifications.testSend.errors.emailNotSetUp")
              : t("notifications.testSend.errors.twilioNotSetUp")}
          </Banner>
        )}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <TextField
            label={email ? t("notifications.testSend.toEmail") : t("notifications.testSend.toPhone")}
            helpText={
              email ? t("notifications.testSend.toEmailHelp") : t("notifications.testSend.toPhoneHelp")
            }
            name="to"
            type={email ? "email" : "tel"}
            value={to}
            onChange={setTo}
            autoComplete={email ? "email" : "tel"}
            connectedRight={
              <Button submit loading={fetcher.state !== "idle"}>
                {t("notifications.testSend.send")}
              </Button>
            }
          />
        </form>
        {result && (
          <Banner tone={result.ok ? "success" : "critical"}>
            {result.ok
              ? t("notifications.testSend.sent", { to: result.to })
              : t(`notifications.testSend.errors.${result.code}`, { detail: result.detail })}
          </Banner>
        )}
      </BlockStack>
    </Card>
  );
}
