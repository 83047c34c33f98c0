import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, Box, Card, EmptyState, Layout, Page, Text } from "@shopify/polaris";
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
  return (
    <Page title="Privacy requests" backAction={{ url: "/app" }}>
      <Layout>
        <Layout.Section>
          {requests.length === 0 ? (
            <Card>
              <EmptyState heading="No customer data requests" image="">
                <p>
                  When a customer asks for their data, Shopify tells Parcelwise and the export appears here.
                </p>
              </EmptyState>
            </Card>
          ) : (
            <BlockStack gap="400">
              {requests.map((r) => (
                <Card key={r.id}>
                  <BlockStack gap="200">
                    <Text as="h2" variant="headingMd">
                      {r.customerEmail ?? `Customer ${r.customerShopifyId ?? "unknown"}`}
                    </Text>
                    <Text as="p" tone="subdued">
                      Requested {new Date(r.createdAt).toUTCString()}
                      {r.compiledAt ? "" : " · being compiled"}
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
