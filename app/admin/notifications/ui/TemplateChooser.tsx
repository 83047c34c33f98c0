import { useNavigate } from "@remix-run/react";
import { Badge, BlockStack, Card, InlineGrid, InlineStack, Select, Text } from "@shopify/polaris";
import { LOCALES, MILESTONES } from "../../../notifications/milestones";
import { useAdminI18n } from "../../i18n";
import { SHOPPER_CHANNELS, templateEditorUrl, type TemplateChoice } from "../model";
import { useNotificationLabels } from "./labels";

/**
 * Which wording the editor has open: milestone, channel and language, each a query parameter of the
 * editor's URL. Wordings the shop has made its own are marked. Leaving unsaved changes asks first.
 */
export function TemplateChooser({
  choice,
  edited,
  custom,
  dirty,
}: {
  choice: TemplateChoice;
  /** "MILESTONE:channel:locale" of every wording the shop saved. */
  edited: string[];
  custom: boolean;
  dirty: boolean;
}) {
  const { t } = useAdminI18n();
  const labels = useNotificationLabels();
  const navigate = useNavigate();
  const isEdited = (c: TemplateChoice) => edited.includes(`${c.milestone}:${c.channel}:${c.locale}`);
  const option = (value: string, label: string, c: TemplateChoice) => ({
    value,
    label: isEdited(c) ? t("notifications.templates.edited", { name: label }) : label,
  });
  const go = (change: Partial<TemplateChoice>) => {
    if (dirty && !window.confirm(t("notifications.templates.discard"))) return;
    navigate(templateEditorUrl({ ...choice, ...change }));
  };

  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            {t("notifications.templates.title")}
          </Text>
          <InlineStack gap="200">
            {dirty && <Badge tone="attention">{t("notifications.templates.unsaved")}</Badge>}
            <Badge tone={custom ? "success" : undefined}>
              {custom ? t("notifications.templates.custom") : t("notifications.templates.default")}
            </Badge>
          </InlineStack>
        </InlineStack>
        <Text as="p" tone="subdued">
          {t("notifications.templates.description")}
        </Text>
        <InlineGrid columns={{ xs: 1, sm: 3 }} gap="300">
          <Select
            label={t("notifications.templates.milestone")}
            options={MILESTONES.map((m) => option(m, labels.milestone(m), { ...choice, milestone: m }))}
            value={choice.milestone}
            onChange={(milestone) => go({ milestone: milestone as TemplateChoice["milestone"] })}
          />
          <Select
            label={t("notifications.templates.channel")}
            options={SHOPPER_CHANNELS.map((c) => option(c, labels.channel(c), { ...choice, channel: c }))}
            value={choice.channel}
            onChange={(channel) => go({ channel: channel as TemplateChoice["channel"] })}
          />
          <Select
            label={t("notifications.templates.language")}
            options={LOCALES.map((l) => option(l, labels.locale(l), { ...choice, locale: l }))}
            value={choice.locale}
            onChange={(locale) => go({ locale: locale as TemplateChoice["locale"] })}
          />
        </InlineGrid>
      </BlockStack>
    </Card>
  );
}
