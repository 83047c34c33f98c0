import { Form } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, FormLayout, InlineStack, TextField } from "@shopify/polaris";
import { useState, type ReactNode } from "react";
import { useAdminI18n } from "../../i18n";
import type { ChannelsPageData } from "../channels.server";
import type { SettingsErrors } from "../errors";
import { ConnectionTest } from "./ConnectionTest";
import { SecretField, useSecret, type SecretCopy } from "../../ui/SecretField";
import { useFieldErrors } from "./labels";

interface CardProps {
  errors: SettingsErrors | undefined;
  /** The successful save's result: the typed secrets leave the form after it. */
  saved: object | null;
  submitting: boolean;
  canStoreSecrets: boolean;
}

const SECRET_COPY: SecretCopy = {
  isSet: "notifications.settings.secretSet",
  notSet: "notifications.settings.secretNotSet",
  cannotStore: "notifications.settings.noEncryption",
  remove: "notifications.settings.remove",
};

function ChannelForm({
  intent,
  errors,
  submitting,
  saveLabel,
  children,
  test,
}: {
  intent: string;
  errors: SettingsErrors | undefined;
  submitting: boolean;
  saveLabel: string;
  children: ReactNode;
  test: ReactNode;
}) {
  const { t } = useAdminI18n();
  const error = useFieldErrors(errors);
  return (
    <Card>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value={intent} />
        <BlockStack gap="400">
          {errors && Object.keys(errors).length > 0 && (
            <Banner tone="critical">{error("form") ?? t("notifications.settings.notSaved")}</Banner>
          )}
          <FormLayout>{children}</FormLayout>
          <InlineStack align="space-between" blockAlign="start" gap="300">
            {test}
            <Button submit variant="primary" loading={submitting}>
              {saveLabel}
            </Button>
          </InlineStack>
        </BlockStack>
      </Form>
    </Card>
  );
}

/** Sender, reply-to and the shop's own SMTP server (write-only: it holds a password). */
export function EmailChannelCard({ email, ...props }: CardProps & { email: ChannelsPageData["email"] }) {
  const { t } = useAdminI18n();
  const error = useFieldErrors(props.errors);
  const [senderName, setSenderName] = useState(email.senderName ?? "");
  const [senderEmail, setSenderEmail] = useState(email.senderEmail ?? "");
  const [replyTo, setReplyTo] = useState(email.replyTo ?? "");
  const smtp = useSecret(props.saved);
  const from = { from: email.deploymentFrom };
  return (
    <ChannelForm
      intent="email"
      errors={props.errors}
      submitting={props.submitting}
      saveLabel={t("notifications.email.save")}
      test={<ConnectionTest intent="test-smtp" fields={{ smtpUrl: smtp.remove ? "" : smtp.value }} />}
    >
      {!email.smtpUrlSet && (
        <Banner tone={email.deploymentHasServer ? "info" : "warning"}>
          {email.deploymentHasServer
            ? t("notifications.email.usingDeployment", from)
            : t("notifications.email.noServer")}
        </Banner>
      )}
      <FormLayout.Group>
        <TextField
          label={t("notifications.email.senderName")}
          name="senderName"
          value={senderName}
          onChange={setSenderName}
          helpText={t("notifications.email.senderNameHelp")}
          error={error("senderName")}
          autoComplete="organization"
        />
        <TextField
          label={t("notifications.email.replyTo")}
          name="replyTo"
          type="email"
          value={replyTo}
          onChange={setReplyTo}
          helpText={t("notifications.email.replyToHelp")}
          error={error("replyTo")}
          autoComplete="email"
        />
      </FormLayout.Group>
      <TextField
        label={t("notifications.email.senderEmail")}
        name="senderEmail"
        type="email"
        value={senderEmail}
        onChange={setSenderEmail}
        helpText={t("notifications.email.senderEmailHelp", from)}
        error={error("senderEmail")}
        autoComplete="email"
      />
      <SecretField
        label={t("notifications.email.smtpUrl")}
        name="smtpUrl"
        removeName="removeSmtpUrl"
        copy={SECRET_COPY}
        isSet={email.smtpUrlSet}
        canStore={props.canStoreSecrets}
        placeholder={t("notifications.email.smtpUrlPlaceholder")}
        help={t("notifications.email.smtpUrlHelp")}
        error={error("smtpUrl")}
        {...smtp}
      />
    </ChannelForm>
  );
}

/** The Twilio account (auth token write-only) and a sender per channel. */
export function TwilioChannelCard({ twilio, ...props }: CardProps & { twilio: ChannelsPageData["twilio"] }) {
  const { t } = useAdminI18n();
  const error = useFieldErrors(props.errors);
  const [accountSid, setAccountSid] = useState(twilio.accountSid ?? "");
  const [smsFrom, setSmsFrom] = useState(twilio.smsFrom ?? "");
  const [whatsappFrom, setWhatsappFrom] = useState(twilio.whatsappFrom ?? "");
  const token = useSecret(props.saved);
  return (
    <ChannelForm
      intent="twilio"
      errors={props.errors}
      submitting={props.submitting}
      saveLabel={t("notifications.twilio.save")}
      test={
        <ConnectionTest
          intent="test-twilio"
          fields={{ twilioAccountSid: accountSid, twilioAuthToken: token.remove ? "" : token.value }}
        />
      }
    >
      <FormLayout.Group>
        <TextField
          label={t("notifications.twilio.accountSid")}
          name="twilioAccountSid"
          value={accountSid}
          onChange={setAccountSid}
          placeholder="AC…"
          error={error("twilioAccountSid")}
          autoComplete="off"
          monospaced
        />
        <SecretField
          label={t("notifications.twilio.authToken")}
          name="twilioAuthToken"
          removeName="removeTwilioAuthToken"
          copy={SECRET_COPY}
          isSet={twilio.authTokenSet}
          canStore={props.canStoreSecrets}
          error={error("twilioAuthToken")}
          {...token}
        />
      </FormLayout.Group>
      <FormLayout.Group>
        <TextField
          label={t("notifications.twilio.smsFrom")}
          name="smsFrom"
          value={smsFrom}
          onChange={setSmsFrom}
          placeholder="+14155550100"
          helpText={t("notifications.twilio.smsFromHelp")}
          error={error("smsFrom")}
          autoComplete="off"
        />
        <TextField
          label={t("notifications.twilio.whatsappFrom")}
          name="whatsappFrom"
          value={whatsappFrom}
          onChange={setWhatsappFrom}
          placeholder="+14155550100"
          helpText={t("notifications.twilio.whatsappFromHelp")}
          error={error("whatsappFrom")}
          autoComplete="off"
        />
      </FormLayout.Group>
    </ChannelForm>
  );
}

/** The Klaviyo private key (write-only). */
export function KlaviyoChannelCard({
  klaviyo,
  ...props
}: CardProps & { klaviyo: ChannelsPageData["klaviyo"] }) {
  const { t } = useAdminI18n();
  const error = useFieldErrors(props.errors);
  const key = useSecret(props.saved);
  return (
    <ChannelForm
      intent="klaviyo"
      errors={props.errors}
      submitting={props.submitting}
      saveLabel={t("notifications.klaviyo.save")}
      test={<ConnectionTest intent="test-klaviyo" fields={{ klaviyoApiKey: key.remove ? "" : key.value }} />}
    >
      <SecretField
        label={t("notifications.klaviyo.apiKey")}
        name="klaviyoApiKey"
        removeName="removeKlaviyoApiKey"
        copy={SECRET_COPY}
        isSet={klaviyo.apiKeySet}
        canStore={props.canStoreSecrets}
        placeholder="pk_…"
        help={t("notifications.klaviyo.apiKeyHelp")}
        error={error("klaviyoApiKey")}
        {...key}
      />
    </ChannelForm>
  );
}
