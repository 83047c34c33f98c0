import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Layout } from "@shopify/polaris";
import { useEffect } from "react";
import { adminMessages, translate, useAdminI18n } from "../admin/i18n";
import { notificationsOverview, overviewAction } from "../admin/notifications/overview.server";
import { LimitsCard } from "../admin/notifications/ui/LimitsCard";
import { RulesCard } from "../admin/notifications/ui/RulesCard";
import { showToast } from "../admin/toast";
import { useSubmittingIntent } from "../admin/ui/useSubmittingIntent";
import db from "../db.server";
import { dispatchConfig } from "../jobs/runtime.server";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return notificationsOverview(db, session.shop, dispatchConfig());
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return overviewAction(db, session.shop, await request.formData(), dispatchConfig());
};

/** Which channel goes out for which milestone, in which order; and quiet hours, cap and stall period. */
export default function NotificationsOverview() {
  const overview = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useSubmittingIntent();
  const { locale } = useAdminI18n();
  const errorsFor = (intent: string) =>
    result && !result.ok && (result.intent ?? "rules") === intent ? result.errors : undefined;

  useEffect(() => {
    if (!result?.ok) return;
    const key = result.intent === "rules" ? "notifications.rules.saved" : "notifications.limits.saved";
    showToast(translate(adminMessages(locale), key));
  }, [result, locale]);

  return (
    <Layout>
      <Layout.Section>
        <RulesCard
          rules={overview.rules}
          readiness={overview.readiness}
          locale={overview.templateLocale}
          errors={errorsFor("rules")}
          submitting={submitting === "rules"}
        />
      </Layout.Section>
      <Layout.Section>
        <LimitsCard
          limits={overview.limits}
          stallRange={overview.stallRange}
          errors={errorsFor("limits")}
          submitting={submitting === "limits"}
        />
      </Layout.Section>
    </Layout>
  );
}
