import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { NavMenu } from "@shopify/app-bridge-react";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import { boundary } from "@shopify/shopify-app-remix/server";
import { AppProvider } from "@shopify/shopify-app-remix/react";
import polarisDe from "@shopify/polaris/locales/de.json";
import polarisEn from "@shopify/polaris/locales/en.json";
import { adminLocale, useAdminI18n } from "../admin/i18n";
import { env } from "../env.server";
import { authenticate } from "../shopify.server";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.admin(request);
  // Shopify passes the merchant's admin language when it loads the app.
  return {
    apiKey: env.SHOPIFY_API_KEY,
    locale: adminLocale(new URL(request.url).searchParams.get("locale")),
  };
};

/**
 * The layout's data belongs to the document Shopify loaded: Shopify passes `locale` only on that load,
 * so re-running this loader for an in-app navigation or a filter change (a URL without it) would switch
 * the admin to English. Every page authenticates in its own loader.
 */
export const shouldRevalidate = () => false;

export default function App() {
  const { apiKey, locale } = useLoaderData<typeof loader>();
  const { t } = useAdminI18n();
  return (
    <AppProvider isEmbeddedApp apiKey={apiKey} i18n={locale === "de" ? polarisDe : polarisEn}>
      <NavMenu>
        <Link to="/app" rel="home">
          {t("nav.home")}
        </Link>
        <Link to="/app/shipments">{t("nav.shipments")}</Link>
        <Link to="/app/exceptions">{t("nav.exceptions")}</Link>
        <Link to="/app/notifications">{t("nav.notifications")}</Link>
        <Link to="/app/storefront">{t("nav.storefront")}</Link>
        <Link to="/app/conversations">{t("nav.conversations")}</Link>
        <Link to="/app/privacy">{t("nav.privacy")}</Link>
      </NavMenu>
      <Outlet />
    </AppProvider>
  );
}

// Shopify needs Remix to catch some thrown responses, so that their headers are included.
export function ErrorBoundary() {
  return boundary.error(useRouteError());
}

export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);
