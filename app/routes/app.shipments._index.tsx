import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import {
  Badge,
  BlockStack,
  Card,
  ChoiceList,
  EmptySearchResult,
  EmptyState,
  Filters,
  IndexTable,
  InlineStack,
  Link,
  Page,
  Text,
  TextField,
  type AppliedFilterInterface,
} from "@shopify/polaris";
import { useEffect, useMemo, useState } from "react";
import { useAdminI18n } from "../admin/i18n";
import { shipmentFormat } from "../admin/shipments/format";
import { listShipments, type ShipmentListRow } from "../admin/shipments/list.server";
import { parseListParams, withCursor, withFilter, withoutFilters } from "../admin/shipments/params";
import { STATUS_TONE } from "../admin/shipments/tones";
import db from "../db.server";
import { SHIPMENT_STATUSES } from "../shipments/status";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return listShipments(db, session.shop, parseListParams(new URL(request.url).searchParams));
};

/** Typing in the search box waits this long before the list reloads. */
const SEARCH_DELAY_MS = 400;

export default function ShipmentsIndex() {
  const { params, rows, carriers, page, timeZone, shopHasShipments } = useLoaderData<typeof loader>();
  const { t, locale } = useAdminI18n();
  const format = useMemo(() => shipmentFormat(locale, timeZone), [locale, timeZone]);
  const [search, setSearch] = useSearchParams();
  const navigation = useNavigation();
  const loading = navigation.state === "loading" && navigation.location.pathname === "/app/shipments";
  const set = (name: Parameters<typeof withFilter>[1], value: string | null) =>
    setSearch(withFilter(search, name, value), { preventScrollReset: true });

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

  const statusLabel = (status: (typeof SHIPMENT_STATUSES)[number]) => t(`shipments.status.${status}`);
  const filters = [
    {
      key: "status",
      label: t("shipments.list.filters.status"),
      pinned: true,
      filter: (
        <ChoiceList
          title={t("shipments.list.filters.status")}
          titleHidden
          allowMultiple
          choices={SHIPMENT_STATUSES.map((status) => ({ value: status, label: statusLabel(status) }))}
          selected={params.statuses}
          onChange={(selected) => set("status", selected.join(",") || null)}
        />
      ),
    },
    {
      key: "carrier",
      label: t("shipments.list.filters.carrier"),
      pinned: true,
      filter: carriers.length ? (
        <ChoiceList
          title={t("shipments.list.filters.carrier")}
          titleHidden
          choices={carriers.map((carrier) => ({ value: carrier, label: carrier }))}
          selected={params.carrier ? [params.carrier] : []}
          onChange={([carrier]) => set("carrier", carrier ?? null)}
        />
      ) : (
        <Text as="p" tone="subdued">
          {t("shipments.list.filters.noCarriers")}
        </Text>
      ),
    },
    {
      key: "late",
      label: t("shipments.list.filters.late"),
      pinned: true,
      filter: (
        <ChoiceList
          title={t("shipments.list.filters.late")}
          titleHidden
          allowMultiple
          choices={[{ value: "1", label: t("shipments.list.filters.lateOnly") }]}
          selected={params.late ? ["1"] : []}
          onChange={(selected) => set("late", selected.length ? "1" : null)}
        />
      ),
    },
    {
      key: "shipped",
      label: t("shipments.list.filters.shipped"),
      filter: (
        <BlockStack gap="200">
          <TextField
            label={t("shipments.list.filters.shippedFrom")}
            type="date"
            autoComplete="off"
            value={params.shippedFrom ?? ""}
            onChange={(value) => set("shippedFrom", value || null)}
          />
          <TextField
            label={t("shipments.list.filters.shippedTo")}
            type="date"
            autoComplete="off"
            value={params.shippedTo ?? ""}
            onChange={(value) => set("shippedTo", value || null)}
          />
        </BlockStack>
      ),
    },
  ];

  const applied: AppliedFilterInterface[] = [];
  if (params.statuses.length) {
    applied.push({
      key: "status",
      label: t("shipments.list.filters.statusApplied", {
        value: params.statuses.map(statusLabel).join(", "),
      }),
      onRemove: () => set("status", null),
    });
  }
  if (params.carrier) {
    applied.push({
      key: "carrier",
      label: t("shipments.list.filters.carrierApplied", { value: params.carrier }),
      onRemove: () => set("carrier", null),
    });
  }
  if (params.late) {
    applied.push({
      key: "late",
      label: t("shipments.list.filters.lateApplied"),
      onRemove: () => set("late", null),
    });
  }
  if (params.shippedFrom || params.shippedTo) {
    const from = params.shippedFrom ? format.filterDay(params.shippedFrom) : "";
    const to = params.shippedTo ? format.filterDay(params.shippedTo) : "";
    applied.push({
      key: "shipped",
      label:
        from && to
          ? t("shipments.list.filters.shippedBetween", { from, to })
          : from
            ? t("shipments.list.filters.shippedSince", { from })
            : t("shipments.list.filters.shippedUntil", { to }),
      onRemove: () => setSearch(withFilter(withFilter(search, "shippedFrom", null), "shippedTo", null)),
    });
  }

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
            <Row key={row.id} row={row} position={index} format={format} />
          ))}
        </IndexTable>
      </Card>
    </Page>
  );
}

function Row({
  row,
  position,
  format,
}: {
  row: ShipmentListRow;
  position: number;
  format: ReturnType<typeof shipmentFormat>;
}) {
  const { t } = useAdminI18n();
  const none = t("common.none");
  return (
    <IndexTable.Row id={row.id} position={position}>
      <IndexTable.Cell>
        <Link url={`/app/shipments/${row.id}`} dataPrimaryLink removeUnderline monochrome>
          <Text as="span" fontWeight="semibold">
            {row.orderName ?? none}
          </Text>
        </Link>
      </IndexTable.Cell>
      <IndexTable.Cell>{row.customer ?? none}</IndexTable.Cell>
      <IndexTable.Cell>
        <Badge tone={STATUS_TONE[row.status]}>{t(`shipments.status.${row.status}`)}</Badge>
      </IndexTable.Cell>
      <IndexTable.Cell>{row.carrier ?? none}</IndexTable.Cell>
      <IndexTable.Cell>
        <InlineStack gap="100" wrap={false}>
          <Text as="span">{row.trackingNumber ?? none}</Text>
          {row.moreTrackingNumbers > 0 && (
            <Text as="span" tone="subdued">
              {t("shipments.list.moreTracking", { count: row.moreTrackingNumbers })}
            </Text>
          )}
        </InlineStack>
      </IndexTable.Cell>
      <IndexTable.Cell>
        {[row.destinationCity, row.destinationCountry].filter(Boolean).join(", ") || none}
      </IndexTable.Cell>
      <IndexTable.Cell>{format.date(row.shippedAt)}</IndexTable.Cell>
      <IndexTable.Cell>
        <InlineStack gap="100" wrap={false} blockAlign="center">
          <Text as="span">
            {row.deliveredAt
              ? t("shipments.list.deliveredOn", { date: format.date(row.deliveredAt) })
              : format.date(row.estimatedDeliveryAt)}
          </Text>
          {row.late && <Badge tone="warning">{t("shipments.late")}</Badge>}
        </InlineStack>
      </IndexTable.Cell>
      <IndexTable.Cell>{format.dateTime(row.lastUpdateAt)}</IndexTable.Cell>
    </IndexTable.Row>
  );
}
