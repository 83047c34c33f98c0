import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import {
  AppProvider as PolarisAppProvider,
  Button,
  Card,
  FormLayout,
  Page,
  Text,
  TextField,
} from "@shopify/polaris";
import polarisTranslations from "@shopify/polaris/locales/en.json";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import { LoginErrorType } from "@shopify/shopify-app-remix/server";
import { useState } from "react";
import { login } from "../shopify.server";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];

const MESSAGES: Partial<Record<LoginErrorType, string>> = {
  [LoginErrorType.MissingShop]: "Please enter your shop domain to log in",
  [LoginErrorType.InvalidShop]: "Please enter a valid shop domain to log in",
};

/** Login outside Shopify admin (e.g. opening the app URL directly): asks for the shop, then OAuth. */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const errors = await login(request);
  return { error: MESSAGES[errors.shop as LoginErrorType] ?? null, polarisTranslations };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const errors = await login(request);
  return { error: MESSAGES[errors.shop as LoginErrorType] ?? null };
};

export default function Auth() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [shop, setShop] = useState("");
  return (
    <PolarisAppProvider i18n={loaderData.polarisTranslations}>
      <Page narrowWidth>
        <Card>
          <Form method="post">
            <FormLayout>
              <Text variant="headingMd" as="h1">
                Log in to Parcelwise
              </Text>
              <TextField
                type="text"
                name="shop"
                label="Shop domain"
                helpText="example.myshopify.com"
                value={shop}
                onChange={setShop}
                autoComplete="on"
                error={actionData?.error ?? loaderData.error ?? undefined}
              />
              <Button submit>Log in</Button>
            </FormLayout>
          </Form>
        </Card>
      </Page>
    </PolarisAppProvider>
  );
}
