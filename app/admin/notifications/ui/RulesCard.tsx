import { Form } from "@remix-run/react";
import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  Checkbox,
  IndexTable,
  InlineError,
  InlineStack,
  Link,
  Select,
  Text,
} from "@shopify/polaris";
import { useState } from "react";
import {
  MILESTONES,
  type Locale,
  type MessageChannel,
  type Milestone,
} from "../../../notifications/milestones";
import type { NotificationRules } from "../../../notifications/rules";
import { useAdminI18n } from "../../i18n";
import { CardHeading } from "../../ui/CardHeading";
import type { SettingsErrors } from "../errors";
import {
  chainOrders,
  NOTIFICATIONS_PATH,
  SHOPPER_CHANNELS,
  templateEditorUrl,
  type Readiness,
} from "../model";
import { useFieldErrors, useNotificationLabels } from "./labels";

/**
 * The milestone × channel matrix: which channels each milestone goes out on, the order they are tried
 * in (the next when a customer can't be reached on one), and the Klaviyo event. A channel that isn't set
 * up can't be switched on; one that was on before its account was removed stays, with a warning, since
 * the dispatcher skips it for the next channel.
 */
export function RulesCard({
  rules: saved,
  readiness,
  locale,
  errors,
  submitting,
}: {
  rules: NotificationRules;
  readiness: Readiness;
  locale: Locale;
  errors: SettingsErrors | undefined;
  submitting: boolean;
}) {
  const { t } = useAdminI18n();
  const labels = useNotificationLabels();
  const error = useFieldErrors(errors);
  const [rules, setRules] = useState(saved);
  // New rules from the server (after a save, or saved elsewhere) replace the form's.
  const [lastSaved, setLastSaved] = useState(JSON.stringify(saved));
  if (JSON.stringify(saved) !== lastSaved) {
    setLastSaved(JSON.stringify(saved));
    setRules(saved);
  }
  const update = (milestone: Milestone, change: Partial<NotificationRules[Milestone]>) =>
    setRules((current) => ({ ...current, [milestone]: { ...current[milestone], ...change } }));
  const toggle = (milestone: Milestone, channel: MessageChannel) => {
    const chain = rules[milestone].channels;
    update(milestone, {
      channels: chain.includes(channel) ? chain.filter((c) => c !== channel) : [...chain, channel],
    });
  };
  const chainText = (chain: MessageChannel[]) =>
    chain.map(labels.channel).join(t("notifications.rules.chainSeparator"));
  const unready = ([...SHOPPER_CHANNELS, "klaviyo"] as const).filter((c) => !readiness[c]);

  const heading = (channel: MessageChannel | "klaviyo") => (
    <InlineStack gap="100" blockAlign="center" wrap={false}>
      <span>{channel === "klaviyo" ? t("notifications.rules.klaviyo") : labels.channel(channel)}</span>
      {readiness[channel] ? null : <Badge tone="attention">{t("notifications.rules.notSetUp")}</Badge>}
    </InlineStack>
  );

  return (
    <Card padding="0">
      <Form method="post">
        <input type="hidden" name="intent" value="rules" />
        {MILESTONES.map((m) => (
          <span key={m}>
            <input type="hidden" name={`rules.${m}.channels`} value={rules[m].channels.join(",")} />
            <input type="hidden" name={`rules.${m}.klaviyo`} value={String(rules[m].klaviyo)} />
          </span>
        ))}
        <Box padding="400">
          <BlockStack gap="300">
            <CardHeading
              title={t("notifications.rules.title")}
              description={t("notifications.rules.description")}
            />
            {unready.length > 0 && (
              <Banner
                tone="info"
                title={t("notifications.rules.setupBanner.title")}
                action={{
                  content: t("notifications.rules.setupBanner.action"),
                  url: `${NOTIFICATIONS_PATH}/channels`,
                }}
              >
                {t("notifications.rules.setupBanner.body", {
                  channels: unready.map(labels.channel).join(t("notifications.reminder.listSeparator")),
                })}
              </Banner>
            )}
            {errors && Object.keys(errors).length > 0 && (
              <Banner tone="critical">
                <BlockStack gap="100">
                  <Text as="p">{t("notifications.rules.notSaved")}</Text>
                  {error("form") && <Text as="p">{error("form")}</Text>}
                </BlockStack>
              </Banner>
            )}
          </BlockStack>
        </Box>
        <IndexTable
          resourceName={{
            singular: t("notifications.rules.milestone"),
            plural: t("notifications.rules.milestone"),
          }}
          itemCount={MILESTONES.length}
          selectable={false}
          headings={[
            { title: t("notifications.rules.milestone") },
            ...SHOPPER_CHANNELS.map((c) => ({ id: c, title: heading(c) })),
            { title: t("notifications.rules.order") },
            { id: "klaviyo", title: heading("klaviyo") },
          ]}
        >
          {MILESTONES.map((milestone, index) => {
            const rule = rules[milestone];
            const wasOn = saved[milestone];
            const rowError = error(`rules.${milestone}`);
            const skipped = rule.channels.filter((c) => !readiness[c]);
            const name = labels.milestone(milestone);
            return (
              <IndexTable.Row id={milestone} key={milestone} position={index}>
                <IndexTable.Cell>
                  <BlockStack gap="100">
                    <Text as="span" fontWeight="semibold">
                      {name}
                    </Text>
                    <Link
                      url={templateEditorUrl({ milestone, channel: rule.channels[0] ?? "email", locale })}
                    >
                      <Text as="span" variant="bodySm">
                        {t("notifications.rules.editWording")}
                      </Text>
                    </Link>
                    {skipped.map((c) => (
                      <Text as="span" variant="bodySm" tone="caution" key={c}>
                        {t(
                          rule.channels.slice(rule.channels.indexOf(c) + 1).some((next) => readiness[next])
                            ? "notifications.rules.skipped"
                            : "notifications.rules.skippedLast",
                          { channel: labels.channel(c) },
                        )}
                      </Text>
                    ))}
                    {rule.klaviyo && !readiness.klaviyo && (
                      <Text as="span" variant="bodySm" tone="caution">
                        {t("notifications.rules.klaviyoSkipped")}
                      </Text>
                    )}
                    {rowError && <InlineError message={rowError} fieldID={`rules-${milestone}`} />}
                  </BlockStack>
                </IndexTable.Cell>
                {SHOPPER_CHANNELS.map((channel) => (
                  <IndexTable.Cell key={channel}>
                    <Checkbox
                      id={`rules-${milestone}-${channel}`}
                      label={t("notifications.rules.toggle", {
                        channel: labels.channel(channel),
                        milestone: name,
                      })}
                      labelHidden
                      checked={rule.channels.includes(channel)}
                      disabled={
                        !readiness[channel] &&
                        !rule.channels.includes(channel) &&
                        !wasOn.channels.includes(channel)
                      }
                      onChange={() => toggle(milestone, channel)}
                    />
                  </IndexTable.Cell>
                ))}
                <IndexTable.Cell>
                  {rule.channels.length > 1 ? (
                    <Select
                      label={t("notifications.rules.orderLabel", { milestone: name })}
                      labelHidden
                      value={rule.channels.join(",")}
                      options={chainOrders(rule.channels).map((order) => ({
                        value: order.join(","),
                        label: chainText(order),
                      }))}
                      onChange={(value) =>
                        update(milestone, { channels: value.split(",") as MessageChannel[] })
                      }
                    />
                  ) : (
                    <Text as="span" tone="subdued">
                      {rule.channels.length === 1
                        ? t("notifications.rules.only", { channel: labels.channel(rule.channels[0]) })
                        : t("notifications.rules.off")}
                    </Text>
                  )}
                </IndexTable.Cell>
                <IndexTable.Cell>
                  <Checkbox
                    id={`rules-${milestone}-klaviyo`}
                    label={t("notifications.rules.klaviyoToggle", { milestone: name })}
                    labelHidden
                    checked={rule.klaviyo}
                    disabled={!readiness.klaviyo && !rule.klaviyo && !wasOn.klaviyo}
                    onChange={(checked) => update(milestone, { klaviyo: checked })}
                  />
                </IndexTable.Cell>
              </IndexTable.Row>
            );
          })}
        </IndexTable>
        <Box padding="400">
          <InlineStack align="end">
            <Button submit variant="primary" loading={submitting}>
              {t("notifications.rules.save")}
            </Button>
          </InlineStack>
        </Box>
      </Form>
    </Card>
  );
}
