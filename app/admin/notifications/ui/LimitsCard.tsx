import { Form } from "@remix-run/react";
import {
  Banner,
  BlockStack,
  Button,
  Card,
  FormLayout,
  InlineStack,
  Select,
  TextField,
} from "@shopify/polaris";
import { useState } from "react";
import { useAdminI18n } from "../../i18n";
import { CardHeading } from "../../ui/CardHeading";
import type { SettingsErrors } from "../errors";
import { useFieldErrors } from "./labels";

export interface Limits {
  quietHoursStart: number;
  quietHoursEnd: number;
  maxPerShipmentPerDay: number;
  stallDays: number;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** Quiet hours for SMS and WhatsApp, the frequency cap, and how long a parcel may be quiet. */
export function LimitsCard({
  limits,
  stallRange,
  errors,
  submitting,
}: {
  limits: Limits;
  stallRange: { min: number; max: number };
  errors: SettingsErrors | undefined;
  submitting: boolean;
}) {
  const { t } = useAdminI18n();
  const error = useFieldErrors(errors);
  const [start, setStart] = useState(String(limits.quietHoursStart));
  const [end, setEnd] = useState(String(limits.quietHoursEnd));
  const [cap, setCap] = useState(String(limits.maxPerShipmentPerDay));
  const [stallDays, setStallDays] = useState(String(limits.stallDays));
  const hours = HOURS.map((hour) => ({
    value: String(hour),
    label: t("notifications.limits.hour", { hour: String(hour).padStart(2, "0") }),
  }));

  return (
    <Card>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="limits" />
        <BlockStack gap="400">
          <CardHeading
            title={t("notifications.limits.title")}
            description={t("notifications.limits.description")}
          />
          {errors && Object.keys(errors).length > 0 && (
            <Banner tone="critical">{error("form") ?? t("notifications.settings.notSaved")}</Banner>
          )}
          <FormLayout>
            <FormLayout.Group>
              <Select
                label={t("notifications.limits.quietStart")}
                name="quietHoursStart"
                options={hours}
                value={start}
                onChange={setStart}
                error={error("quietHoursStart")}
              />
              <Select
                label={t("notifications.limits.quietEnd")}
                name="quietHoursEnd"
                options={hours}
                value={end}
                onChange={setEnd}
                error={error("quietHoursEnd")}
                helpText={t("notifications.limits.quietHelp")}
              />
            </FormLayout.Group>
            <FormLayout.Group>
              <TextField
                label={t("notifications.limits.cap")}
                name="maxPerShipmentPerDay"
                type="number"
                min={1}
                max={20}
                value={cap}
                onChange={setCap}
                helpText={t("notifications.limits.capHelp")}
                error={error("maxPerShipmentPerDay")}
                autoComplete="off"
              />
              <TextField
                label={t("notifications.limits.stallDays")}
                name="stallDays"
                type="number"
                min={stallRange.min}
                max={stallRange.max}
                value={stallDays}
                onChange={setStallDays}
                helpText={t("notifications.limits.stallHelp")}
                error={error("stallDays")}
                autoComplete="off"
              />
            </FormLayout.Group>
          </FormLayout>
          <InlineStack align="end">
            <Button submit variant="primary" loading={submitting}>
              {t("notifications.limits.save")}
            </Button>
          </InlineStack>
        </BlockStack>
      </Form>
    </Card>
  );
}
