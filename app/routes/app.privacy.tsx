import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, Box, Card, EmptyState, Layout, Page, Text } from "@shopify/polaris";
import { useAdminI18n } from "../admin/i18n";
import db from "../db.server";
import { listDataRequests } from "../privacy/list-data-requests.server";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return { requests: await listDataRequests(db, session.shop) };
};

/** Customer data requests Shopify forwarded (customers/data_request), with what Parcelwise holds. */
export default function PrivacyRequests() {
  const { requests } = useLoaderData<typeof loader>();
  const { t, formatDate } = useAdminI18n();
  return (
    <Page title={t("privacy.title")} backAction={{ url: "/app" }}>
      <Layout>
        <Layout.Section>
          {requests.length === 0 ? (
            <Card>
              <EmptyState heading={t("privacy.empty.heading")} image="">
                <p>{t("privacy.empty.body")}</p>
              </EmptyState>
            </Card>
          ) : (
            <BlockStack gap="400">
              {requests.map((r) => (
                <Card key={r.id}>
                  <BlockStack gap="200">
                    <Text as="h2" variant="headingMd">
                      {r.customerEmail ??
                        t("privacy.customer", { id: r.customerShopifyId ?? t("privacy.unknownCustomer") })}
                    </Text>
                    <Text as="p" tone="subdued">
                      {t("privacy.requested", { date: formatDate(r.createdAt) })}
                      {r.compiledAt ? "" : ` · ${t("privacy.compiling")}`}
                    </Text>
                    {r.data ? (
                      <Box background="bg-surface-secondary" padding="300" borderRadius="200">
                        <pre style={{ margin: 0, whiteSpace: "pre-wrap", fontSize: 12 }}>{r.data}</pre>
                      </Box>
                    ) : null}
                  </BlockStack>
                </Card>
              ))}
            </BlockStack>
          )}
        </Layout.Section>
      </Layout>
    </Page>
  );
}
