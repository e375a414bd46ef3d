// The confirmation window of service records: hours are confirmed within 10 working days of the need's end
// (issue 6). Working days are Monday to Friday in China time; statutory holidays and the weekend days worked in
// their place (调休) are not known to the platform yet (docs/decisions/0017-time-bank.md).
import { CONFIRMATION_WORKING_DAYS } from '@linli/shared';

const DAY_MS = 86_400_000;
/** China Standard Time, UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Midnight UTC of the calendar day (in China) an instant falls on. */
function chinaDayOf(instant: Date): number {
  const shifted = new Date(instant.getTime() + CHINA_OFFSET_MS);
  return Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
}

const isWorkingDay = (dayUtcMidnight: number) => {
  const weekday = new Date(dayUtcMidnight).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

/**
 * The last moment hours of a need that ended at `endedAt` can be confirmed: the end (23:59:59.999 China time) of
 * the `workingDays`-th working day after the day it ended.
 */
export function confirmationDeadline(endedAt: Date, workingDays = CONFIRMATION_WORKING_DAYS): Date {
  let day = chinaDayOf(endedAt);
  for (let counted = 0; counted < workingDays;) {
    day += DAY_MS;
    if (isWorkingDay(day)) counted++;
  }
  return new Date(day + DAY_MS - CHINA_OFFSET_MS - 1);
}

/** The instant a day (YYYY-MM-DD, China time) begins. */
export const chinaDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** The instant after a day (YYYY-MM-DD, China time) ends. */
export const chinaDayEnd = (day: string) => new Date(chinaDayStart(day).getTime() + DAY_MS);

/** YYYY-MM-DD of an instant in China time. */
export const chinaDate = (instant: Date) => new Date(chinaDayOf(instant)).toISOString().slice(0, 10);
