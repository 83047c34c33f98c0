import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Layout } from "@shopify/polaris";
import { useEffect } from "react";
import { adminMessages, translate, useAdminI18n } from "../admin/i18n";
import { channelsAction, channelsPage, type ChannelSaveIntent } from "../admin/notifications/channels.server";
import {
  EmailChannelCard,
  KlaviyoChannelCard,
  TwilioChannelCard,
} from "../admin/notifications/ui/ChannelCards";
import { showToast } from "../admin/toast";
import { useSubmittingIntent } from "../admin/ui/useSubmittingIntent";
import db from "../db.server";
import { dispatchConfig } from "../jobs/runtime.server";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return channelsPage(db, session.shop, dispatchConfig());
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return channelsAction(db, session.shop, await request.formData(), dispatchConfig());
};

/** The channels' account details: email sender and SMTP server, Twilio, Klaviyo; each with a connection test. */
export default function NotificationChannels() {
  const page = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const submitting = useSubmittingIntent();
  const { t, locale } = useAdminI18n();
  const result = data && "ok" in data ? data : undefined;
  const props = (intent: ChannelSaveIntent) => ({
    errors: result && !result.ok && result.intent === intent ? result.errors : undefined,
    saved: result?.ok && result.intent === intent ? result : null,
    submitting: submitting === intent,
    canStoreSecrets: page.canStoreSecrets,
  });

  useEffect(() => {
    if (!result?.ok) return;
    showToast(translate(adminMessages(locale), `notifications.${result.intent}.saved`));
  }, [result, locale]);

  return (
    <Layout>
      <Layout.AnnotatedSection
        id="email"
        title={t("notifications.email.title")}
        description={t("notifications.email.description")}
      >
        <EmailChannelCard email={page.email} {...props("email")} />
      </Layout.AnnotatedSection>
      <Layout.AnnotatedSection
        id="twilio"
        title={t("notifications.twilio.title")}
        description={t("notifications.twilio.description")}
      >
        <TwilioChannelCard twilio={page.twilio} {...props("twilio")} />
      </Layout.AnnotatedSection>
      <Layout.AnnotatedSection
        id="klaviyo"
        title={t("notifications.klaviyo.title")}
        description={t("notifications.klaviyo.description")}
      >
        <KlaviyoChannelCard klaviyo={page.klaviyo} {...props("klaviyo")} />
      </Layout.AnnotatedSection>
    </Layout>
  );
}
