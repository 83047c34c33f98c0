import { useMemo } from "react";
import { useAdminI18n } from "../../i18n";
import { shipmentFormat } from "../format";

/** The page's date formats: the admin's language, the shop's time zone. */
export function useShipmentFormat(timeZone: string) {
  const { locale } = useAdminI18n();
  return useMemo(() => shipmentFormat(locale, timeZone), [locale, timeZone]);
}
