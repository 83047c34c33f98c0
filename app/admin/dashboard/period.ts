/** The dashboard's period, in days, as the `period` search parameter of /app (shared by loader and page). */
export const PERIODS = [7, 30, 90] as const;
export type PeriodDays = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: PeriodDays = 30;

/**
 * Delivery performance always looks back this far: a median over a week of deliveries moves with a
 * handful of parcels, and carriers are judged over a quarter.
 */
export const PERFORMANCE_DAYS = 90;

/** `?period=7|30|90`; anything else is the default. */
export function parsePeriod(value: string | null | undefined): PeriodDays {
  const days = Number(value);
  return (PERIODS as readonly number[]).includes(days) ? (days as PeriodDays) : DEFAULT_PERIOD;
}
