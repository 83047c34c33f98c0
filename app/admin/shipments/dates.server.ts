import { wallClock } from "../../notifications/shopper-time";

const DAY_MS = 86_400_000;

/**
 * The instant a calendar day ("2026-11-04") begins in `timeZone`: the merchant filters by the shop's
 * days, not UTC's. The offset is taken at the guessed instant and once more after correcting, which
 * settles it except within the hour of a DST switch at midnight (a handful of zones, an hour off).
 */
export function startOfDay(day: string, timeZone: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  const wall = Date.UTC(year, month - 1, date);
  let instant = wall - offset(wall, timeZone);
  instant = wall - offset(instant, timeZone);
  return new Date(instant);
}

/** The instant the day after `day` begins: the exclusive end of an inclusive "until" date. */
export function endOfDay(day: string, timeZone: string): Date {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return startOfDay(next, timeZone);
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in ms. */
function offset(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClock(instant, timeZone);
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  return local - Math.floor(instant / 1000) * 1000;
}
