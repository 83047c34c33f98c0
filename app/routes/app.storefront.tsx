import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Layout, Page } from "@shopify/polaris";
import { useEffect } from "react";
import { adminMessages, translate, useAdminI18n } from "../admin/i18n";
import { showToast } from "../admin/toast";
import { storefrontPageAction } from "../admin/storefront/actions.server";
import { storefrontPage } from "../admin/storefront/page.server";
import { useSubmittingIntent } from "../admin/ui/useSubmittingIntent";
import { BrandingCard } from "../admin/storefront/ui/BrandingCard";
import { ChatSettingsCard } from "../admin/storefront/ui/ChatSettingsCard";
import { ChecklistCard } from "../admin/storefront/ui/ChecklistCard";
import db from "../db.server";
import { env } from "../env.server";
import { parseEncryptionKey } from "../security/secrets.server";
import { createAdminGraphql } from "../shopify-admin/admin-graphql.server";
import { API_VERSION, authenticate } from "../shopify.server";

/** A page load waits this long for Shopify, then says "couldn't check" and offers to check again. */
const THEME_CHECK_TIMEOUT_MS = 8_000;

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const graphql = createAdminGraphql({
    shop: session.shop,
    accessToken: session.accessToken ?? "",
    apiVersion: API_VERSION,
    origin: env.SHOPIFY_ADMIN_ORIGIN,
    // Nor does it wait out a throttle or an outage.
    maxRetries: 0,
    fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(THEME_CHECK_TIMEOUT_MS) }),
  });
  return storefrontPage(db, session.shop, graphql, {
    apiKey: env.SHOPIFY_API_KEY,
    canStoreSecrets: Boolean(env.ENCRYPTION_KEY),
  });
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const encryptionKey = env.ENCRYPTION_KEY ? parseEncryptionKey(env.ENCRYPTION_KEY) : undefined;
  return storefrontPageAction(db, session.shop, await request.formData(), encryptionKey);
};

/** Tracking page & chat: setting them up on the store, what the chat says, the tracking page's look. */
export default function StorefrontSettings() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useSubmittingIntent();
  const { t, locale } = useAdminI18n();
  const errorsFor = (intent: string) =>
    result && !result.ok && result.intent === intent ? result.errors : undefined;

  // A new result each save: the toast shows once per save, not on every render.
  useEffect(() => {
    if (!result?.ok) return;
    const saved = result.intent === "chat" ? "storefront.chat.saved" : "storefront.branding.saved";
    showToast(translate(adminMessages(locale), saved));
  }, [result, locale]);

  return (
    <Page title={t("storefront.title")} subtitle={t("storefront.subtitle")}>
      <Layout>
        <Layout.Section>
          <ChecklistCard checklist={page.checklist} />
        </Layout.Section>
        <Layout.Section>
          <ChatSettingsCard
            chat={page.chat}
            canStoreSecrets={page.canStoreSecrets}
            errors={errorsFor("chat")}
            saved={result?.ok && result.intent === "chat" ? result : null}
            submitting={submitting === "chat"}
          />
        </Layout.Section>
        <Layout.Section>
          <BrandingCard
            branding={page.branding}
            preview={page.preview}
            errors={errorsFor("branding")}
            submitting={submitting === "branding"}
          />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
