import { Banner, BlockStack, Button, Card, FormLayout, InlineStack, Select, Text } from "@shopify/polaris";
import { Form } from "@remix-run/react";
import { useState } from "react";
import type { Milestone } from "../../../notifications/milestones";
import { useAdminI18n } from "../../i18n";
import type { ShipmentErrorCode } from "../action-result";
import { RESEND_CHANNELS } from "../resendable";

export interface ResendErrors {
  milestone?: ShipmentErrorCode;
  channel?: ShipmentErrorCode;
  form?: ShipmentErrorCode;
}

/** Send one of the shipment's messages again, on a channel the merchant picks. */
export function ResendCard({
  resendable,
  errors,
  done,
  submitting,
}: {
  resendable: Milestone[];
  errors: ResendErrors | undefined;
  /** The last submission queued the message. */
  done: boolean;
  submitting: boolean;
}) {
  const { t } = useAdminI18n();
  const [milestone, setMilestone] = useState("");
  const [channel, setChannel] = useState<string>("email");
  return (
    <Card>
      <Form method="post">
        <input type="hidden" name="intent" value="resend" />
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {t("shipments.detail.resend.heading")}
          </Text>
          <Text as="p" tone="subdued">
            {t("shipments.detail.resend.help")}
          </Text>
          {errors?.form && <Banner tone="critical">{t(`shipments.errors.${errors.form}`)}</Banner>}
          {done && <Banner tone="success">{t("shipments.detail.resend.queued")}</Banner>}
          {resendable.length === 0 ? (
            <Text as="p">{t("shipments.detail.resend.none")}</Text>
          ) : (
            <>
              <FormLayout.Group>
                <Select
                  label={t("shipments.detail.resend.milestone")}
                  name="milestone"
                  placeholder={t("shipments.detail.resend.choose")}
                  options={resendable.map((value) => ({
                    value,
                    label: t(`shipments.detail.milestone.${value}`),
                  }))}
                  value={milestone}
                  onChange={setMilestone}
                  error={errors?.milestone && t(`shipments.errors.${errors.milestone}`)}
                />
                <Select
                  label={t("shipments.detail.resend.channel")}
                  name="channel"
                  options={RESEND_CHANNELS.map((value) => ({
                    value,
                    label: t(`shipments.detail.channel.${value}`),
                  }))}
                  value={channel}
                  onChange={setChannel}
                  error={errors?.channel && t(`shipments.errors.${errors.channel}`)}
                />
              </FormLayout.Group>
              <InlineStack>
                <Button submit loading={submitting}>
                  {t("shipments.detail.resend.submit")}
                </Button>
              </InlineStack>
            </>
          )}
        </BlockStack>
      </Form>
    </Card>
  );
}
