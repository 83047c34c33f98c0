import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useEffect } from "react";
import { adminMessages, translate, useAdminI18n } from "../admin/i18n";
import { templateAction, templateEditor } from "../admin/notifications/templates.server";
import { TemplateEditor } from "../admin/notifications/ui/TemplateEditor";
import { showToast } from "../admin/toast";
import { useSubmittingIntent } from "../admin/ui/useSubmittingIntent";
import db from "../db.server";
import { dispatchConfig } from "../jobs/runtime.server";
import { authenticate } from "../shopify.server";

/** `?milestone=SHIPPED&channel=email&language=de`: the wording to edit (defaults: Shipped, email, the shop's language). */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return templateEditor(db, session.shop, new URL(request.url).searchParams, dispatchConfig());
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return templateAction(db, session.shop, await request.formData(), dispatchConfig());
};

/** The template editor: one milestone × channel × language at a time. */
export default function NotificationTemplates() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const intent = useSubmittingIntent();
  const { locale } = useAdminI18n();

  useEffect(() => {
    if (!result?.ok) return;
    if (result.intent === "save")
      showToast(translate(adminMessages(locale), "notifications.templates.saved"));
    if (result.intent === "reset")
      showToast(translate(adminMessages(locale), "notifications.templates.resetDone"));
  }, [result, locale]);

  return (
    <TemplateEditor
      key={data.key}
      data={data}
      result={result}
      submitting={intent === "save" || intent === "reset" ? intent : null}
    />
  );
}
