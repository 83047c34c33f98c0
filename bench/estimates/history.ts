import type { HistoryGroup } from "~/estimates/build";
import { localDayNumber, weekdayOf, type DayNumber } from "~/estimates/calendar";
import type { SimShipment } from "./generator";

/**
 * The aggregate the app's SQL returns (app/estimates/aggregate.server.ts), computed from simulated
 * shipments: per delivery day, the groups its deliveries fall into. Summing a window of days gives what
 * the query would return on the morning after it (deliveries of the last `windowDays` days).
 */
export class RollingHistory {
  private readonly byDay = new Map<DayNumber, Map<string, HistoryGroup>>();

  constructor(shipments: SimShipment[], timeZone: string) {
    for (const s of shipments) {
      if (s.deliveryDay === null || s.deliveryDay < s.shipDay) continue;
      const groups = this.byDay.get(s.deliveryDay) ?? new Map<string, HistoryGroup>();
      this.byDay.set(s.deliveryDay, groups);
      const weekday = weekdayOf(s.shipDay);
      const transitKey = `t|${s.carrier}|${s.destination}|${weekday}|${s.deliveryDay - s.shipDay}`;
      const transit = groups.get(transitKey);
      if (transit) transit.n++;
      else
        groups.set(transitKey, {
          kind: "transit",
          carrier: s.carrier,
          country: s.destination,
          weekday,
          days: s.deliveryDay - s.shipDay,
          n: 1,
        });
      const scanDays = s.firstScanAt ? localDayNumber(s.firstScanAt, timeZone) - s.shipDay : null;
      const scanKey = `s|${s.carrier}|${weekday}|${scanDays}`;
      const scan = groups.get(scanKey);
      if (scan) scan.n++;
      else groups.set(scanKey, { kind: "scan", carrier: s.carrier, weekday, days: scanDays, n: 1 });
    }
  }

  /** Groups of the deliveries made on days [day − windowDays, day). */
  before(day: DayNumber, windowDays: number): HistoryGroup[] {
    const merged = new Map<string, HistoryGroup>();
    for (let d = day - windowDays; d < day; d++) {
      for (const [key, group] of this.byDay.get(d) ?? []) {
        const seen = merged.get(key);
        if (seen) seen.n += group.n;
        else merged.set(key, { ...group });
      }
    }
    return [...merged.values()];
  }
}
