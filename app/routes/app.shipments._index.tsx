import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { Card, EmptySearchResult, EmptyState, Filters, IndexTable, Page } from "@shopify/polaris";
import { useEffect, useState } from "react";
import { useAdminI18n } from "../admin/i18n";
import { listShipments } from "../admin/shipments/list.server";
import { parseListParams, withCursor, withFilter, withoutFilters } from "../admin/shipments/params";
import { listFilters } from "../admin/shipments/ui/list-filters";
import { ShipmentRow } from "../admin/shipments/ui/ShipmentRow";
import { useShipmentFormat } from "../admin/shipments/ui/use-format";
import db from "../db.server";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return listShipments(db, session.shop, parseListParams(new URL(request.url).searchParams));
};

/** Typing in the search box waits this long before the list reloads. */
const SEARCH_DELAY_MS = 400;

export default function ShipmentsIndex() {
  const { params, rows, carriers, page, timeZone, shopHasShipments } = useLoaderData<typeof loader>();
  const { t } = useAdminI18n();
  const format = useShipmentFormat(timeZone);
  const [search, setSearch] = useSearchParams();
  const navigation = useNavigation();
  const loading = navigation.state === "loading" && navigation.location.pathname === "/app/shipments";

  // The search box follows the URL (back button, "clear all") and is debounced into it while typing.
  const [query, setQuery] = useState(params.q);
  const [urlQuery, setUrlQuery] = useState(params.q);
  if (urlQuery !== params.q) {
    setUrlQuery(params.q);
    setQuery(params.q);
  }
  useEffect(() => {
    if (query.trim() === params.q) return;
    const timer = setTimeout(
      () => setSearch(withFilter(search, "q", query.trim() || null), { replace: true }),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [query, params.q, search, setSearch]);

  if (!shopHasShipments) {
    return (
      <Page title={t("shipments.title")}>
        <Card>
          <EmptyState heading={t("shipments.list.empty.heading")} image="">
            <p>{t("shipments.list.empty.body")}</p>
          </EmptyState>
        </Card>
      </Page>
    );
  }

  const { filters, applied } = listFilters(t, params, carriers, format, (changes) =>
    setSearch(changes(search), { preventScrollReset: true }),
  );

  return (
    <Page title={t("shipments.title")} fullWidth>
      <Card padding="0">
        <Filters
          queryValue={query}
          queryPlaceholder={t("shipments.list.searchPlaceholder")}
          filters={filters}
          appliedFilters={applied}
          onQueryChange={setQuery}
          onQueryClear={() => setQuery("")}
          onClearAll={() => setSearch(withoutFilters(search))}
          loading={loading}
        />
        <IndexTable
          resourceName={{
            singular: t("shipments.list.resourceSingular"),
            plural: t("shipments.list.resourcePlural"),
          }}
          itemCount={rows.length}
          selectable={false}
          loading={loading}
          emptyState={
            <EmptySearchResult
              title={t("shipments.list.noResults.heading")}
              description={t("shipments.list.noResults.body")}
              withIllustration
            />
          }
          headings={[
            { title: t("shipments.list.columns.order") },
            { title: t("shipments.list.columns.customer") },
            { title: t("shipments.list.columns.status") },
            { title: t("shipments.list.columns.carrier") },
            { title: t("shipments.list.columns.tracking") },
            { title: t("shipments.list.columns.destination") },
            { title: t("shipments.list.columns.shipped") },
            { title: t("shipments.list.columns.estimatedDelivery") },
            { title: t("shipments.list.columns.lastUpdate") },
          ]}
          pagination={
            page.hasPrevious || page.hasNext
              ? {
                  accessibilityLabel: t("shipments.list.pagination"),
                  hasPrevious: page.hasPrevious,
                  hasNext: page.hasNext,
                  onPrevious: () =>
                    page.startCursor && setSearch(withCursor(search, "before", page.startCursor)),
                  onNext: () => page.endCursor && setSearch(withCursor(search, "after", page.endCursor)),
                }
              : undefined
          }
        >
          {rows.map((row, index) => (
            <ShipmentRow key={row.id} row={row} position={index} format={format} />
          ))}
        </IndexTable>
      </Card>
    </Page>
  );
}
