import { BlockStack, Checkbox, TextField } from "@shopify/polaris";
import { useAdminI18n } from "../../i18n";

/**
 * A write-only credential: the page only knows whether one is saved. Empty keeps it, typing replaces it,
 * the checkbox removes it; what is saved is never shown.
 */
export function SecretField({
  label,
  name,
  removeName,
  isSet,
  canStore,
  value,
  onChange,
  remove,
  onRemoveChange,
  error,
  placeholder,
  help,
}: {
  label: string;
  name: string;
  removeName: string;
  isSet: boolean;
  canStore: boolean;
  value: string;
  onChange: (value: string) => void;
  remove: boolean;
  onRemoveChange: (remove: boolean) => void;
  error?: string;
  placeholder?: string;
  help?: string;
}) {
  const { t } = useAdminI18n();
  const state = !canStore
    ? t("notifications.settings.noEncryption")
    : isSet
      ? t("notifications.settings.secretSet")
      : t("notifications.settings.secretNotSet");
  return (
    <BlockStack gap="100">
      <input type="hidden" name={removeName} value={String(remove)} />
      <TextField
        label={label}
        name={name}
        type="password"
        value={value}
        onChange={onChange}
        disabled={!canStore || remove}
        placeholder={placeholder}
        helpText={help ? `${help} ${state}` : state}
        error={error}
        autoComplete="new-password"
      />
      {isSet && (
        <Checkbox label={t("notifications.settings.remove")} checked={remove} onChange={onRemoveChange} />
      )}
    </BlockStack>
  );
}
