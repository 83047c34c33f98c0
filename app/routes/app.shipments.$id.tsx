import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation, useNavigate, useNavigation } from "@remix-run/react";
import { Badge, BlockStack, InlineStack, Layout, Page } from "@shopify/polaris";
import { useAdminI18n } from "../admin/i18n";
import { shipmentPageAction } from "../admin/shipments/actions.server";
import { shipmentDetail } from "../admin/shipments/detail.server";
import { handlingResolution } from "../admin/shipments/handle.server";
import { STATUS_TONE } from "../admin/shipments/tones";
import { ExceptionCard } from "../admin/shipments/ui/ExceptionCard";
import { ItemsCard } from "../admin/shipments/ui/ItemsCard";
import { NotificationsCard } from "../admin/shipments/ui/NotificationsCard";
import { ResendCard } from "../admin/shipments/ui/ResendCard";
import { SummaryCard } from "../admin/shipments/ui/SummaryCard";
import { Timeline } from "../admin/shipments/ui/Timeline";
import { useShipmentFormat } from "../admin/shipments/ui/use-format";
import db from "../db.server";
import { env } from "../env.server";
import { wakeNotifications } from "../jobs/runtime.server";
import { authenticate } from "../shopify.server";

/** Another shop's shipment is answered exactly like one that does not exist. */
const notFound = () => new Response("Shipment not found", { status: 404 });

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const [detail, resolution] = await Promise.all([
    shipmentDetail(db, session.shop, params.id ?? ""),
    handlingResolution(db, session.shop, params.id ?? ""),
  ]);
  if (!detail) throw notFound();
  return { ...detail, resolution };
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const form = await request.formData();
  const result = await shipmentPageAction(db, session.shop, params.id ?? "", form, { smtpUrl: env.SMTP_URL });
  if (!result) throw notFound();
  if (result.ok && result.intent === "resend") wakeNotifications();
  return result;
};

export default function ShipmentPage() {
  const detail = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useAdminI18n();
  const format = useShipmentFormat(detail.timeZone);
  const navigation = useNavigation();
  const navigate = useNavigate();
  const location = useLocation();
  const submitting = (intent: string) =>
    navigation.state === "submitting" && navigation.formData?.get("intent") === intent;

  const errors = result && !result.ok ? result.errors : undefined;
  return (
    <Page
      title={detail.title ?? t("shipments.detail.fallbackTitle")}
      titleMetadata={
        <InlineStack gap="100">
          <Badge tone={STATUS_TONE[detail.status]}>{t(`status.${detail.status}`)}</Badge>
          {detail.late && <Badge tone="warning">{t("shipments.late")}</Badge>}
          {detail.problem?.handled && (
            <Badge tone="success">
              {detail.resolution ? t(`exceptions.resolution.${detail.resolution}`) : t("shipments.handled")}
            </Badge>
          )}
        </InlineStack>
      }
      subtitle={t("shipments.detail.subtitle", { date: format.dateTime(detail.shippedAt) })}
      backAction={{
        content: t("shipments.title"),
        // Back to the list as it was left (filters, page), when the merchant came from it.
        onAction: () => (location.key !== "default" ? navigate(-1) : navigate("/app/shipments")),
      }}
      secondaryActions={[
        { content: t("shipments.detail.openOrder"), url: detail.orderAdminUrl, target: "_top" },
      ]}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Timeline detail={detail} />
            <ItemsCard items={detail.items} />
            <NotificationsCard detail={detail} />
            <ResendCard
              resendable={detail.resendable}
              errors={result?.intent === "resend" ? errors : undefined}
              done={result?.ok === true && result.intent === "resend"}
              submitting={submitting("resend")}
            />
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <SummaryCard detail={detail} />
            <ExceptionCard
              detail={detail}
              errors={result?.intent === "handle" ? errors : undefined}
              done={result?.ok === true && result.intent === "handle"}
              submitting={submitting("handle")}
            />
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
