import { useMemo } from "react";
import { useAdminI18n } from "../../i18n";
import { shipmentFormat } from "../../shipments/format";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export type InboxFormat = ReturnType<typeof useInboxFormat>;

/**
 * The inbox's formats: the shipments pages' dates (admin's language, shop's zone) and "3 days ago",
 * counted from the moment the page was read (`now`), not the clock's, so the server's text and the
 * browser's are the same.
 */
export function useInboxFormat(timeZone: string, now: string) {
  const { locale } = useAdminI18n();
  return useMemo(() => {
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    const integer = new Intl.NumberFormat(locale);
    const base = Date.parse(now);
    return {
      ...shipmentFormat(locale, timeZone),
      integer: (n: number) => integer.format(n),
      ago: (iso: string) => {
        const diff = Date.parse(iso) - base;
        const size = Math.abs(diff);
        if (size < HOUR_MS) return relative.format(Math.round(diff / MINUTE_MS), "minute");
        if (size < DAY_MS) return relative.format(Math.round(diff / HOUR_MS), "hour");
        return relative.format(Math.round(diff / DAY_MS), "day");
      },
    };
  }, [locale, timeZone, now]);
}
