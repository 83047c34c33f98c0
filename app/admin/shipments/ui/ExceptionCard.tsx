import { Banner, BlockStack, Button, Card, InlineStack, Text, TextField } from "@shopify/polaris";
import { Form } from "@remix-run/react";
import { useState } from "react";
import { useAdminI18n } from "../../i18n";
import { NOTE_MAX, type ShipmentErrorCode } from "../action-result";
import type { ShipmentDetail } from "../detail.server";
import { useShipmentFormat } from "./use-format";

export interface HandleErrors {
  note?: ShipmentErrorCode;
  form?: ShipmentErrorCode;
}

/** What is wrong with the parcel, and the merchant's record of having dealt with it. */
export function ExceptionCard({
  detail,
  errors,
  done,
  submitting,
}: {
  detail: ShipmentDetail;
  errors: HandleErrors | undefined;
  /** The last submission saved the handling. */
  done: boolean;
  submitting: boolean;
}) {
  const { t } = useAdminI18n();
  const format = useShipmentFormat(detail.timeZone);
  const [note, setNote] = useState(detail.handling?.note ?? "");
  const { problem, handling } = detail;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("shipments.detail.problem.heading")}
        </Text>
        {problem ? (
          <Text as="p" tone={problem.handled ? undefined : "critical"}>
            {t(`shipments.detail.problem.kind.${problem.kind}`, { date: format.dateTime(problem.since) })}
          </Text>
        ) : (
          <Text as="p" tone="subdued">
            {t("shipments.detail.problem.none")}
          </Text>
        )}
        {handling && (
          <BlockStack gap="100">
            <Text as="p" fontWeight="semibold">
              {t("shipments.detail.problem.handledAt", { date: format.dateTime(handling.at) })}
            </Text>
            {handling.note && (
              <Text as="p" breakWord>
                {handling.note}
              </Text>
            )}
          </BlockStack>
        )}
        {problem && (
          <Form method="post">
            <input type="hidden" name="intent" value="handle" />
            <BlockStack gap="300">
              {errors?.form && <Banner tone="critical">{t(`shipments.errors.${errors.form}`)}</Banner>}
              {done && <Banner tone="success">{t("shipments.detail.problem.saved")}</Banner>}
              <TextField
                label={t("shipments.detail.problem.note")}
                name="note"
                value={note}
                onChange={setNote}
                multiline={3}
                maxLength={NOTE_MAX}
                showCharacterCount
                autoComplete="off"
                helpText={t("shipments.detail.problem.noteHelp")}
                error={errors?.note && t(`shipments.errors.${errors.note}`, { max: NOTE_MAX })}
              />
              <InlineStack>
                <Button submit variant="primary" loading={submitting}>
                  {problem.handled
                    ? t("shipments.detail.problem.update")
                    : t("shipments.detail.problem.submit")}
                </Button>
              </InlineStack>
            </BlockStack>
          </Form>
        )}
      </BlockStack>
    </Card>
  );
}
