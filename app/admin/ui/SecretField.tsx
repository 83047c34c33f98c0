import { BlockStack, Checkbox, TextField } from "@shopify/polaris";
import { useState } from "react";
import { useAdminI18n, type AdminKey } from "../i18n";

/** The page's own words for a secret's state and its removal (keys of the admin's copy). */
export interface SecretCopy {
  /** One is saved (never shown). */
  isSet: AdminKey;
  notSet: AdminKey;
  /** The server cannot store secrets (no ENCRYPTION_KEY). */
  cannotStore: AdminKey;
  /** The checkbox that removes the saved one. */
  remove: AdminKey;
}

/**
 * A write-only credential: the page only knows whether one is saved. Empty keeps it, typing replaces it,
 * the checkbox removes it (posted as `removeName`: "true"/"false"); what is saved is never shown.
 */
export function SecretField({
  label,
  name,
  removeName,
  copy,
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
  copy: SecretCopy;
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
  const state = t(!canStore ? copy.cannotStore : isSet ? copy.isSet : copy.notSet);
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
      {isSet && <Checkbox label={t(copy.remove)} checked={remove} onChange={onRemoveChange} />}
    </BlockStack>
  );
}

/**
 * A secret field's typed value and removal, both cleared once a save went through (`saved`: the
 * successful save's result; adjusted while rendering, as React recommends over an effect).
 */
export function useSecret(saved: object | null) {
  const [value, setValue] = useState("");
  const [remove, setRemove] = useState(false);
  const [lastSaved, setLastSaved] = useState(saved);
  if (saved !== lastSaved) {
    setLastSaved(saved);
    if (saved) {
      setValue("");
      setRemove(false);
    }
  }
  return { value, onChange: setValue, remove, onRemoveChange: setRemove };
}
