import { BlockStack, ChoiceList, Text, TextField, type AppliedFilterInterface } from "@shopify/polaris";
import { SHIPMENT_STATUSES, type ShipmentStatus } from "../../../shipments/status";
import type { useAdminI18n } from "../../i18n";
import type { shipmentFormat } from "../format";
import { ATTENTION_PARAMS, withFilter, type ShipmentListParams } from "../params";

type Translate = ReturnType<typeof useAdminI18n>["t"];
type Change = (search: URLSearchParams) => URLSearchParams;

/**
 * The list's filters (status, carrier, late / stalled / not picked up, shipped dates) as Polaris Filters wants them, and the pills
 * of those applied. Every change goes through `navigate`, which applies it to the URL (first page again).
 */
export function listFilters(
  t: Translate,
  params: ShipmentListParams,
  carriers: string[],
  format: ReturnType<typeof shipmentFormat>,
  navigate: (change: Change) => void,
) {
  const set = (name: Parameters<typeof withFilter>[1], value: string | null) =>
    navigate((search) => withFilter(search, name, value));
  const statusLabel = (status: ShipmentStatus) => t(`status.${status}`);
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
    // The home's "Needs attention" kinds, as its "View all" links set them.
    ...ATTENTION_PARAMS.map((name) => ({
      key: name,
      label: t(`shipments.list.filters.${name}`),
      pinned: true,
      filter: (
        <ChoiceList
          title={t(`shipments.list.filters.${name}`)}
          titleHidden
          allowMultiple
          choices={[
            {
              value: "1",
              label: t(`shipments.list.filters.${name}Only`),
              helpText: t(`shipments.list.filters.${name}Help`),
            },
          ]}
          selected={params[name] ? ["1"] : []}
          onChange={(selected) => set(name, selected.length ? "1" : null)}
        />
      ),
    })),
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
  for (const name of ATTENTION_PARAMS) {
    if (!params[name]) continue;
    applied.push({
      key: name,
      label: t(`shipments.list.filters.${name}Applied`),
      onRemove: () => set(name, null),
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
      onRemove: () =>
        navigate((search) => withFilter(withFilter(search, "shippedFrom", null), "shippedTo", null)),
    });
  }

  return { filters, applied };
}
