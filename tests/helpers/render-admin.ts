import { AppProvider } from "@shopify/polaris";
import polarisDe from "@shopify/polaris/locales/de.json";
import polarisEn from "@shopify/polaris/locales/en.json";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { Outlet, type RouteObject } from "react-router-dom";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";

/**
 * An admin page as the server renders it: `pages` (routes below `/app`, each with a loader returning the
 * data under test) inside the app layout's data — the admin's language — and Polaris's provider, at `url`
 * ("/app/shipments?status=…"). Returns the whole markup, the router's hydration data included.
 */
export async function renderAdminPage(
  locale: "en" | "de",
  url: string,
  pages: RouteObject[],
): Promise<string> {
  const handler = createStaticHandler([
    {
      id: "routes/app",
      path: "/app",
      loader: () => ({ locale }),
      element: createElement(Outlet),
      children: pages,
    },
  ]);
  const context = await handler.query(new Request(`https://parcelwise.test${url}`));
  if (context instanceof Response) throw new Error(`unexpected response ${context.status}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    createElement(
      AppProvider,
      { i18n: locale === "de" ? polarisDe : polarisEn },
      createElement(StaticRouterProvider, { router, context }),
    ),
  );
}

/** The markup alone, without the loader data the router embeds for hydration (which holds stored text). */
export function markupOnly(html: string): string {
  const script = html.indexOf("<script>");
  return script < 0 ? html : html.slice(0, script);
}
