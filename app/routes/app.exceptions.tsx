import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { Banner, Card, EmptySearchResult, IndexTable, Page, Tabs, Text } from "@shopify/polaris";
import { useState } from "react";
import { EXCEPTION_KINDS } from "../admin/dashboard/exception-kinds";
import { exceptionsAction } from "../admin/exceptions/actions.server";
import { exceptionsInbox, type InboxRow as Row } from "../admin/exceptions/inbox.server";
import { parseInboxParams, withKind, withPage } from "../admin/exceptions/params";
import type { NotSentReason } from "../admin/exceptions/result";
import { CarrierModal } from "../admin/exceptions/ui/CarrierModal";
import { EstimateModal } from "../admin/exceptions/ui/EstimateModal";
import { InboxRow, type RowAction } from "../admin/exceptions/ui/InboxRow";
import { ResolveModal } from "../admin/exceptions/ui/ResolveModal";
import { useInboxFormat } from "../admin/exceptions/ui/use-format";
import type { InboxSuccess } from "../admin/exceptions/ui/use-result";
import { useAdminI18n } from "../admin/i18n";
import { showToast } from "../admin/toast";
import db from "../db.server";
import { wakeNotifications } from "../jobs/runtime.server";
import { authenticate } from "../shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return exceptionsInbox(db, session.shop, parseInboxParams(new URL(request.url).searchParams));
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const result = await exceptionsAction(db, session.shop, await request.formData());
  // Another shop's shipment is answered exactly like one that does not exist.
  if (!result) throw new Response("Shipment not found", { status: 404 });
  if (result.ok && result.intent === "estimate" && result.channels.length) wakeNotifications();
  return result;
};

/**
 * The exceptions inbox: the home's "Needs attention" as a worklist, one tab per kind with the home's
 * counts, oldest problem first. Each row can get a new estimate (the shopper is told), a carrier
 * checklist, or be resolved; a handled row leaves the list.
 */
export default function ExceptionsInbox() {
  const inbox = useLoaderData<typeof loader>();
  const { t } = useAdminI18n();
  const format = useInboxFormat(inbox.timeZone, inbox.now);
  const [search, setSearch] = useSearchParams();
  const navigation = useNavigation();
  const loading = navigation.state === "loading" && navigation.location.pathname === "/app/exceptions";
  const [open, setOpen] = useState<{ action: RowAction; row: Row } | null>(null);
  const [notice, setNotice] = useState<{ order: string; reason: NotSentReason } | null>(null);

  const close = () => setOpen(null);
  // Saved: the reloaded list no longer has the row. A new estimate that went to no one says why.
  const done = (result: InboxSuccess) => {
    setOpen(null);
    const order = result.orderName ?? t("common.none");
    if (result.intent === "resolve") {
      setNotice(null);
      const resolution = t(`exceptions.resolution.${result.resolution}`);
      showToast(t("exceptions.toast.resolved", { order, resolution }));
      return;
    }
    showToast(t(result.notSent ? "exceptions.toast.saved" : "exceptions.toast.notified", { order }));
    setNotice(result.notSent ? { order, reason: result.notSent } : null);
  };

  const selected = EXCEPTION_KINDS.indexOf(inbox.kind);
  const tabs = EXCEPTION_KINDS.map((kind) => ({
    id: `exceptions-${kind}`,
    content: t(`exceptions.kind.${kind}`),
    badge: format.integer(inbox.counts[kind]),
    accessibilityLabel: t("exceptions.tab", {
      kind: t(`exceptions.kind.${kind}`),
      count: format.integer(inbox.counts[kind]),
    }),
  }));

  return (
    <Page title={t("exceptions.title")} subtitle={t("exceptions.subtitle")} fullWidth>
      {notice && (
        <div style={{ marginBottom: "var(--p-space-400)" }}>
          <Banner
            tone="warning"
            title={t("exceptions.notSent.title", { order: notice.order })}
            onDismiss={() => setNotice(null)}
            action={
              notice.reason === "ruleOff"
                ? { content: t("exceptions.estimate.settings"), url: "/app/notifications" }
                : undefined
            }
          >
            <Text as="p">{t(`exceptions.notSent.${notice.reason}`)}</Text>
          </Banner>
        </div>
      )}
      <Card padding="0">
        <Tabs
          tabs={tabs}
          selected={selected}
          onSelect={(index) => setSearch(withKind(search, EXCEPTION_KINDS[index]))}
        />
        <IndexTable
          resourceName={{
            singular: t("exceptions.resourceSingular"),
            plural: t("exceptions.resourcePlural"),
          }}
          itemCount={inbox.rows.length}
          selectable={false}
          loading={loading}
          emptyState={
            <EmptySearchResult
              title={t("exceptions.empty.heading")}
              description={t("exceptions.empty.body")}
              withIllustration
            />
          }
          headings={[
            { title: t("exceptions.columns.order") },
            { title: t("exceptions.columns.customer") },
            { title: t("exceptions.columns.carrier") },
            { title: t("exceptions.columns.problem") },
            { title: t("exceptions.columns.lastEvent") },
            { title: t("exceptions.columns.destination") },
            { title: t("exceptions.columns.actions") },
          ]}
          pagination={
            inbox.page.hasPrevious || inbox.page.hasNext
              ? {
                  accessibilityLabel: t("exceptions.pagination"),
                  hasPrevious: inbox.page.hasPrevious,
                  hasNext: inbox.page.hasNext,
                  onPrevious: () =>
                    inbox.page.startCursor && setSearch(withPage(search, "before", inbox.page.startCursor)),
                  onNext: () =>
                    inbox.page.endCursor && setSearch(withPage(search, "after", inbox.page.endCursor)),
                }
              : undefined
          }
        >
          {inbox.rows.map((row, index) => (
            <InboxRow
              key={row.id}
              row={row}
              position={index}
              format={format}
              onAction={(chosen, target) => setOpen({ action: chosen, row: target })}
            />
          ))}
        </IndexTable>
      </Card>
      {open?.action === "estimate" && (
        <EstimateModal
          key={open.row.id}
          row={open.row}
          days={inbox.estimateDays}
          channels={inbox.newEstimateChannels}
          format={format}
          onClose={close}
          onDone={done}
        />
      )}
      {open?.action === "carrier" && <CarrierModal key={open.row.id} row={open.row} onClose={close} />}
      {open?.action === "resolve" && (
        <ResolveModal key={open.row.id} row={open.row} onClose={close} onDone={done} />
      )}
    </Page>
  );
}
