// How volunteering shows hours, periods and star levels.
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../app/format.js';

/** 2.5 → '2.5', 3 → '3' */
export const hoursText = (hours: number) => String(Math.round(hours * 100) / 100);

/** '2026-03-08 09:00 – 11:00' within a day, both ends in full otherwise. */
export function timeRange(startsAt: string, endsAt: string): string {
  const from = formatDateTime(startsAt);
  const to = formatDateTime(endsAt);
  return from.slice(0, 10) === to.slice(0, 10) ? `${from} – ${to.slice(11)}` : `${from} – ${to}`;
}

export function starText(t: TFunction, star: { level: number }) {
  return star.level === 0 ? t('star.none') : t('star.level', { count: star.level });
}

/** Hours the service lasted (what a confirmation may not exceed), in steps of 0.01. */
export const durationHours = (startsAt: string, endsAt: string) =>
  Math.floor(((new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 3_600_000) * 100) / 100;
