import { useAdminI18n } from "../i18n";

export type DashboardFormat = ReturnType<typeof useDashboardFormat>;

/**
 * Number and date formats of the dashboard in the admin's language. Dates are shown in the shop's time
 * zone (as Shopify's admin does), which also keeps the server's and the browser's text the same.
 */
export function useDashboardFormat(timeZone: string) {
  const { locale, t } = useAdminI18n();
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const integer = new Intl.NumberFormat(locale);
  const date = dateFormat(locale, timeZone);
  const regions = regionNames(locale);
  return {
    t,
    integer: (n: number) => integer.format(n),
    decimal: (n: number) => decimal.format(n),
    days: (n: number) => t("dashboard.performance.days", { value: decimal.format(n) }),
    percent: (ratio: number | null) => (ratio === null ? "—" : percent.format(ratio)),
    date: (iso: string | null) => (iso ? date.format(new Date(iso)) : "—"),
    country: (code: string) => {
      if (!code) return t("dashboard.performance.unknownCountry");
      try {
        return regions?.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
    carrier: (name: string) => name || t("dashboard.performance.unknownCarrier"),
  };
}

function dateFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  }
}

function regionNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type: "region" });
  } catch {
    return null;
  }
}
