import { BlockStack, Button, InlineStack, Link, List, Modal, Text, TextField } from "@shopify/polaris";
import { useAdminI18n } from "../../i18n";
import { showToast } from "../../toast";
import { carrierChecklist } from "../carriers";
import type { InboxRow } from "../inbox.server";

/** "Contact carrier": what to do for this kind of problem, where to go, and the number to quote. */
export function CarrierModal({ row, onClose }: { row: InboxRow; onClose: () => void }) {
  const { t, locale } = useAdminI18n();
  const { carrier, steps } = carrierChecklist(row.carrier, row.kind, locale);
  const name = carrier.name || row.carrier || "";
  const copy = () => {
    if (!row.trackingNumber) return;
    void navigator.clipboard
      ?.writeText(row.trackingNumber)
      .then(() => showToast(t("exceptions.carrier.copied")))
      .catch(() => undefined);
  };
  return (
    <Modal
      open
      onClose={onClose}
      title={name ? t("exceptions.carrier.title", { carrier: name }) : t("exceptions.carrier.genericTitle")}
      secondaryActions={[{ content: t("exceptions.carrier.close"), onAction: onClose }]}
    >
      <Modal.Section>
        <BlockStack gap="400">
          {row.trackingNumber && (
            <TextField
              label={t("exceptions.carrier.trackingNumber")}
              value={row.trackingNumber}
              readOnly
              selectTextOnFocus
              autoComplete="off"
              connectedRight={<Button onClick={copy}>{t("exceptions.carrier.copy")}</Button>}
            />
          )}
          <BlockStack gap="200">
            <Text as="h3" variant="headingSm">
              {t("exceptions.carrier.steps")}
            </Text>
            <List type="number">
              {steps.map((step) => (
                <List.Item key={step}>{step}</List.Item>
              ))}
            </List>
          </BlockStack>
          <InlineStack gap="400" wrap>
            {carrier.contactUrl && (
              <Link url={carrier.contactUrl} target="_blank">
                {t("exceptions.carrier.contact", { carrier: carrier.name })}
              </Link>
            )}
            {carrier.claimsUrl && (
              <Link url={carrier.claimsUrl} target="_blank">
                {t("exceptions.carrier.claims", { carrier: carrier.name })}
              </Link>
            )}
            {row.trackingUrl && (
              <Link url={row.trackingUrl} target="_blank">
                {t("exceptions.carrier.tracking")}
              </Link>
            )}
          </InlineStack>
          {!carrier.contactUrl && (
            <Text as="p" tone="subdued">
              {t("exceptions.carrier.noContact")}
            </Text>
          )}
        </BlockStack>
      </Modal.Section>
    </Modal>
  );
}
