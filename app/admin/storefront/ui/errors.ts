import { useAdminI18n } from "../../i18n";
import type { StorefrontErrorCode } from "../actions.server";

/** A function that finds the translated refusal for a field of a save's errors. */
export function useStorefrontErrors(errors: Record<string, StorefrontErrorCode> | undefined) {
  const { t } = useAdminI18n();
  return (field: string) => (errors?.[field] ? t(`storefront.errors.${errors[field]}`) : undefined);
}
