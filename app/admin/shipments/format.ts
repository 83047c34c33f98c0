/**
 * Dates on the Shipments pages, in the admin's language and an explicit time zone: the shop's for its
 * own dates, a scan's place's for the carrier's. Explicit, so the server's render and the browser's
 * agree (no hydration mismatch) and every merchant's staff sees the shop's days whatever their laptop says.
 */
export function shipmentFormat(locale: string, shopTimeZone: string) {
  const zone = safeZone(shopTimeZone);
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: zone,
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: zone });
  const day = new Intl.DateTimeFormat("en-CA", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: zone,
  });
  const local = new Map<string, Intl.DateTimeFormat>();
  return {
    dateTime: (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : "—"),
    date: (iso: string | null) => (iso ? date.format(new Date(iso)) : "—"),
    /** A delivery window: one date, or "Nov 4 – 6, 2026" when the carrier gives a range of days. */
    dateRange: (earliest: string, latest: string) =>
      day.format(new Date(earliest)) === day.format(new Date(latest))
        ? date.format(new Date(earliest))
        : date.formatRange(new Date(earliest), new Date(latest)),
    /** A share (0–1) as a whole percentage: "86%", "86 %". */
    percent: (share: number) =>
      new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share),
    /** A "YYYY-MM-DD" filter day as the merchant reads it (noon UTC: the same day in every zone). */
    filterDay: (value: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
        new Date(`${value}T12:00:00Z`),
      ),
    /** A time with its zone's abbreviation, in `timeZone` (a scan's place). */
    localTime: (iso: string, timeZone: string) => {
      const key = safeZone(timeZone);
      let format = local.get(key);
      if (!format) {
        format = new Intl.DateTimeFormat(locale, {
          year: "numeric",
          month: "short",
          day: "numeric",
          hour: "numeric",
          minute: "2-digit",
          timeZoneName: "short",
          timeZone: key,
        });
        local.set(key, format);
      }
      return format.format(new Date(iso));
    },
  };
}

function safeZone(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat("en", { timeZone }).resolvedOptions().timeZone;
  } catch {
    return "UTC";
  }
}
