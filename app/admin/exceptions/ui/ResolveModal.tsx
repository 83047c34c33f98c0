import { Banner, BlockStack, ChoiceList, Form, Modal, TextField } from "@shopify/polaris";
import { useState } from "react";
import { useAdminI18n } from "../../i18n";
import { NOTE_MAX } from "../../shipments/action-result";
import type { InboxRow } from "../inbox.server";
import { MANUAL_RESOLUTIONS } from "../result";
import { useInboxAction, type InboxSuccess } from "./use-result";

/** "Resolve": reshipped, refunded or handled otherwise, with the note the next person needs. */
export function ResolveModal({
  row,
  onClose,
  onDone,
}: {
  row: InboxRow;
  onClose: () => void;
  onDone: (result: InboxSuccess) => void;
}) {
  const { t } = useAdminI18n();
  const { submit, busy, errors } = useInboxAction(onDone);
  const [resolution, setResolution] = useState<string>("RESHIPPED");
  const [note, setNote] = useState("");
  const error = (field: keyof typeof errors) => {
    const code = errors[field];
    return code ? t(`exceptions.errors.${code}`, { max: NOTE_MAX }) : undefined;
  };
  const save = () => submit({ intent: "resolve", shipmentId: row.id, resolution, note });
  return (
    <Modal
      open
      onClose={onClose}
      title={t("exceptions.resolve.title", {
        order: row.orderName ?? row.trackingNumber ?? t("common.none"),
      })}
      primaryAction={{ content: t("exceptions.resolve.submit"), onAction: save, loading: busy }}
      secondaryActions={[{ content: t("common.cancel"), onAction: onClose }]}
    >
      <Modal.Section>
        <Form onSubmit={save}>
          <BlockStack gap="300">
            {errors.form && <Banner tone="critical">{error("form")}</Banner>}
            <ChoiceList
              title={t("exceptions.resolve.resolution")}
              choices={MANUAL_RESOLUTIONS.map((value) => ({
                value,
                label: t(`exceptions.resolve.choice.${value}`),
              }))}
              selected={[resolution]}
              onChange={([value]) => setResolution(value)}
              error={error("resolution")}
            />
            <TextField
              label={t("exceptions.resolve.note")}
              name="note"
              value={note}
              onChange={setNote}
              multiline={3}
              maxLength={NOTE_MAX}
              showCharacterCount
              autoComplete="off"
              helpText={t("exceptions.resolve.noteHelp")}
              error={error("note")}
            />
          </BlockStack>
        </Form>
      </Modal.Section>
    </Modal>
  );
}
