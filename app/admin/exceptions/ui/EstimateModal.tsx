import {
  Banner,
  BlockStack,
  Checkbox,
  Form,
  FormLayout,
  Link,
  Modal,
  Text,
  TextField,
} from "@shopify/polaris";
import { useState } from "react";
import type { Channel } from "../../../notifications/milestones";
import { useAdminI18n } from "../../i18n";
import type { InboxRow } from "../inbox.server";
import { MAX_ESTIMATE_DAYS } from "../result";
import type { InboxFormat } from "./use-format";
import { useInboxAction, type InboxSuccess } from "./use-result";

/**
 * "New estimate": the merchant gives the day (or days) the parcel should now arrive; the shopper is told
 * with the shop's NEW_ESTIMATE message, when its rules send one (the form says beforehand when not).
 */
export function EstimateModal({
  row,
  days,
  channels,
  format,
  onClose,
  onDone,
}: {
  row: InboxRow;
  /** The days a new estimate may take, in the shop's zone. */
  days: { min: string; max: string };
  /** Where the shop's rules send NEW_ESTIMATE; empty: nowhere. */
  channels: Channel[];
  format: InboxFormat;
  onClose: () => void;
  onDone: (result: InboxSuccess) => void;
}) {
  const { t, locale } = useAdminI18n();
  const { submit, busy, errors } = useInboxAction(onDone);
  const [range, setRange] = useState(false);
  const [earliest, setEarliest] = useState("");
  const [latest, setLatest] = useState("");
  const order = row.orderName ?? row.trackingNumber ?? t("common.none");
  const error = (field: keyof typeof errors) => {
    const code = errors[field];
    return code ? t(`exceptions.errors.${code}`, { days: MAX_ESTIMATE_DAYS }) : undefined;
  };
  const save = () =>
    submit({
      intent: "estimate",
      shipmentId: row.id,
      earliest,
      latest: range ? latest : "",
      locale,
    });
  return (
    <Modal
      open
      onClose={onClose}
      title={t("exceptions.estimate.title", { order })}
      primaryAction={{
        content: channels.length ? t("exceptions.estimate.submit") : t("exceptions.estimate.submitSilent"),
        onAction: save,
        loading: busy,
      }}
      secondaryActions={[{ content: t("common.cancel"), onAction: onClose }]}
    >
      <Modal.Section>
        <Form onSubmit={save}>
          <BlockStack gap="300">
            <Text as="p">{t("exceptions.estimate.help")}</Text>
            <Text as="p" tone="subdued">
              {row.estimatedDelivery
                ? t("exceptions.estimate.current", {
                    date: format.dateRange(row.estimatedDelivery.earliest, row.estimatedDelivery.latest),
                  })
                : t("exceptions.estimate.noCurrent")}
            </Text>
            {errors.form && <Banner tone="critical">{error("form")}</Banner>}
            {channels.length === 0 && (
              <Banner tone="warning">
                <BlockStack gap="100">
                  <Text as="p">{t("exceptions.estimate.noRule")}</Text>
                  <Link url="/app/notifications">{t("exceptions.estimate.settings")}</Link>
                </BlockStack>
              </Banner>
            )}
            <Checkbox label={t("exceptions.estimate.useRange")} checked={range} onChange={setRange} />
            <FormLayout>
              <FormLayout.Group>
                <TextField
                  type="date"
                  label={range ? t("exceptions.estimate.earliest") : t("exceptions.estimate.date")}
                  name="earliest"
                  value={earliest}
                  onChange={setEarliest}
                  min={days.min}
                  max={days.max}
                  autoComplete="off"
                  helpText={t("exceptions.estimate.dateHelp", { days: MAX_ESTIMATE_DAYS })}
                  error={error("earliest")}
                />
                {range && (
                  <TextField
                    type="date"
                    label={t("exceptions.estimate.latest")}
                    name="latest"
                    value={latest}
                    onChange={setLatest}
                    min={earliest || days.min}
                    max={days.max}
                    autoComplete="off"
                    error={error("latest")}
                  />
                )}
              </FormLayout.Group>
            </FormLayout>
            {channels.length > 0 && (
              <Text as="p" tone="subdued">
                {t("exceptions.estimate.channels", {
                  channels: channels.map((c) => t(`shipments.detail.channel.${c}`)).join(", "),
                })}
              </Text>
            )}
          </BlockStack>
        </Form>
      </Modal.Section>
    </Modal>
  );
}
