import { Form } from "@remix-run/react";
import {
  Banner,
  BlockStack,
  Button,
  Card,
  Checkbox,
  FormLayout,
  InlineStack,
  Text,
  TextField,
} from "@shopify/polaris";
import { useState } from "react";
import { useAdminI18n } from "../../i18n";
import { CardHeading } from "../../ui/CardHeading";
import { SecretField, useSecret, type SecretCopy } from "../../ui/SecretField";
import type { StorefrontErrorCode } from "../actions.server";
import type { StorefrontPageData } from "../page.server";
import { useStorefrontErrors } from "./errors";

const KEY_COPY: SecretCopy = {
  isSet: "storefront.chat.llm.apiKeyStored",
  notSet: "storefront.chat.llm.apiKeyNone",
  cannotStore: "storefront.chat.llm.noEncryption",
  remove: "storefront.chat.llm.removeKey",
};

/**
 * What the chat tells shoppers, and the optional LLM. The API key is write-only (SecretField): the page only
 * learns whether one is stored, an empty field keeps it, and it is cleared from the form once saved.
 */
export function ChatSettingsCard({
  chat,
  canStoreSecrets,
  errors,
  saved,
  submitting,
}: {
  chat: StorefrontPageData["chat"];
  canStoreSecrets: boolean;
  errors: Record<string, StorefrontErrorCode> | undefined;
  /** The successful save's result, to reset the key fields after it. */
  saved: object | null;
  submitting: boolean;
}) {
  const { t } = useAdminI18n();
  const [processingDays, setProcessingDays] = useState(String(chat.processingDays));
  const [replyHours, setReplyHours] = useState(String(chat.replyHours));
  const [refundPolicyUrl, setRefundPolicyUrl] = useState(chat.refundPolicyUrl ?? "");
  const [refundPolicySummary, setRefundPolicySummary] = useState(chat.refundPolicySummary ?? "");
  const [llmEnabled, setLlmEnabled] = useState(chat.llmEnabled);
  const [llmBaseUrl, setLlmBaseUrl] = useState(chat.llmBaseUrl ?? "");
  const [llmModel, setLlmModel] = useState(chat.llmModel ?? "");
  // Once saved, the key leaves the form.
  const apiKey = useSecret(saved);
  const error = useStorefrontErrors(errors);

  return (
    <Card>
      <Form method="post">
        <input type="hidden" name="intent" value="chat" />
        <input type="hidden" name="llmEnabled" value={String(llmEnabled)} />
        <BlockStack gap="400">
          <CardHeading title={t("storefront.chat.title")} description={t("storefront.chat.description")} />
          {errors?.form && <Banner tone="critical">{error("form")}</Banner>}
          <FormLayout>
            <FormLayout.Group>
              <TextField
                label={t("storefront.chat.processingDays")}
                name="processingDays"
                type="number"
                min={0}
                max={60}
                value={processingDays}
                onChange={setProcessingDays}
                helpText={t("storefront.chat.processingDaysHelp")}
                error={error("processingDays")}
                autoComplete="off"
              />
              <TextField
                label={t("storefront.chat.replyHours")}
                name="replyHours"
                type="number"
                min={1}
                max={168}
                value={replyHours}
                onChange={setReplyHours}
                helpText={t("storefront.chat.replyHoursHelp")}
                error={error("replyHours")}
                autoComplete="off"
              />
            </FormLayout.Group>
            <TextField
              label={t("storefront.chat.refundPolicyUrl")}
              name="refundPolicyUrl"
              type="url"
              value={refundPolicyUrl}
              onChange={setRefundPolicyUrl}
              helpText={t("storefront.chat.refundPolicyUrlHelp")}
              error={error("refundPolicyUrl")}
              autoComplete="off"
            />
            <TextField
              label={t("storefront.chat.refundPolicySummary")}
              name="refundPolicySummary"
              value={refundPolicySummary}
              onChange={setRefundPolicySummary}
              multiline={2}
              maxLength={500}
              showCharacterCount
              helpText={t("storefront.chat.refundPolicySummaryHelp")}
              error={error("refundPolicySummary")}
              autoComplete="off"
            />
          </FormLayout>
          <BlockStack gap="300">
            <Text as="h3" variant="headingSm">
              {t("storefront.chat.llm.title")}
            </Text>
            <Checkbox
              label={t("storefront.chat.llm.enabled")}
              helpText={t("storefront.chat.llm.help")}
              checked={llmEnabled}
              onChange={setLlmEnabled}
              error={error("llmEnabled")}
            />
            <FormLayout>
              <FormLayout.Group>
                <TextField
                  label={t("storefront.chat.llm.baseUrl")}
                  name="llmBaseUrl"
                  type="url"
                  placeholder="https://api.openai.com/v1"
                  value={llmBaseUrl}
                  onChange={setLlmBaseUrl}
                  error={error("llmBaseUrl")}
                  autoComplete="off"
                />
                <TextField
                  label={t("storefront.chat.llm.model")}
                  name="llmModel"
                  placeholder="gpt-4o-mini"
                  value={llmModel}
                  onChange={setLlmModel}
                  error={error("llmModel")}
                  autoComplete="off"
                />
              </FormLayout.Group>
              <SecretField
                label={t("storefront.chat.llm.apiKey")}
                name="llmApiKey"
                removeName="removeLlmApiKey"
                copy={KEY_COPY}
                isSet={chat.llmKeyStored}
                canStore={canStoreSecrets}
                error={error("llmApiKey")}
                {...apiKey}
              />
            </FormLayout>
          </BlockStack>
          <InlineStack align="end">
            <Button submit variant="primary" loading={submitting}>
              {t("storefront.chat.save")}
            </Button>
          </InlineStack>
        </BlockStack>
      </Form>
    </Card>
  );
}
