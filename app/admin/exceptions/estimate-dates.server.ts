import { wallClock } from "../../notifications/shopper-time";
import { startOfDay } from "../shipments/dates.server";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The zone itself when Intl knows it, else UTC: a bad stored zone must not break the page. */
export function safeZone(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat("en", { timeZone }).resolvedOptions().timeZone;
  } catch {
    return "UTC";
  }
}

/** A "YYYY-MM-DD" that is a real calendar day, else null. */
export function calendarDay(value: unknown): string | null {
  if (typeof value !== "string" || !DAY.test(value.trim())) return null;
  const day = value.trim();
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : day;
}

/** The calendar day it is at `now` in `timeZone`. */
export function localDay(now: Date, timeZone: string): string {
  const { year, month, day } = wallClock(now.getTime(), timeZone);
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant an estimated day is stored as: noon of that day in the shop's zone. Lateness is the end
 * of the estimated day in the shop's zone (check-at.ts, lateAfter), and noon reads as the same date to a
 * shopper up to eleven hours either side, where midnight would be the day before for anyone west of it.
 */
export function estimateInstant(day: string, timeZone: string): Date {
  return new Date(startOfDay(day, timeZone).getTime() + 12 * HOUR_MS);
}
