import { wallClock } from "../notifications/shopper-time";

/**
 * Delivery-day arithmetic. Transit is counted in a carrier's delivery days, not calendar days: a parcel
 * shipped on Friday with a carrier that does not deliver at weekends takes "two days" to Tuesday, not
 * four. Local calendar days are plain numbers (days since 1970-01-01), so weekdays and differences are
 * arithmetic; a weekday set is a 7-bit mask, bit 0 = Sunday … bit 6 = Saturday (as Date#getUTCDay).
 */
export type DayNumber = number;

const DAY_MS = 86_400_000;
/** Monday to Friday: every carrier's days, and the calendar until history shows weekend deliveries. */
export const MON_TO_FRI = 0b0111110;
export const SATURDAY = 1 << 6;
export const SUNDAY = 1 << 0;

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The calendar day `at` falls on in `timeZone`. */
export function localDayNumber(at: Date, timeZone: string): DayNumber {
  const { year, month, day } = wallClock(at.getTime(), timeZone);
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** "YYYY-MM-DD" of a day number. */
export function dayIso(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isDeliveryDay(day: DayNumber, mask: number): boolean {
  return (mask & (1 << weekdayOf(day))) !== 0;
}

/**
 * Delivery days from `weekday` over `calendarDays` calendar days: how many of the days after the start,
 * up to and including the last, are in `mask`. A parcel delivered on a day outside the mask counts as
 * delivered on the delivery day before it.
 */
export function deliveryDaysAfter(weekday: number, calendarDays: number, mask: number): number {
  const days = Math.max(0, Math.floor(calendarDays));
  const weeks = Math.floor(days / 7);
  let count = weeks * popCount(mask & 0b1111111);
  for (let k = weeks * 7 + 1; k <= days; k++) if (mask & (1 << ((weekday + k) % 7))) count++;
  return count;
}

/** The day `count` delivery days after `from` (`from` itself for 0). The mask always holds Monday–Friday. */
export function addDeliveryDays(from: DayNumber, count: number, mask: number): DayNumber {
  const safe = mask | MON_TO_FRI;
  let day = from;
  for (let left = Math.max(0, Math.round(count)); left > 0;) {
    day++;
    if (isDeliveryDay(day, safe)) left--;
  }
  return day;
}

function popCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/**
 * Noon of a local day in `timeZone`: how an estimated day is stored (as the merchant's estimates are,
 * app/admin/exceptions/estimate-dates.server.ts), so it reads as that date up to eleven hours either side.
 */
export function noonOf(day: DayNumber, timeZone: string): Date {
  return localTime(day, 12, timeZone);
}

/** The instant of `hour` (fractional) on a local day in `timeZone`. */
export function localTime(day: DayNumber, hour: number, timeZone: string): Date {
  const wall = day * DAY_MS + Math.round(hour * 3_600_000);
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in ms (to the second). */
function offsetAt(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClock(instant, timeZone);
  return Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(instant / 1000) * 1000;
}

/** `timeZone`'s offset from UTC at `at`, in whole minutes (for SQL that takes days at a fixed offset). */
export function utcOffsetMinutes(at: Date, timeZone: string): number {
  return Math.round(offsetAt(at.getTime(), timeZone) / 60_000);
}

/** The zone itself when Intl knows it, else UTC: a bad stored zone must not stop estimates. */
export function knownZone(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat("en", { timeZone }).resolvedOptions().timeZone;
  } catch {
    return "UTC";
  }
}
