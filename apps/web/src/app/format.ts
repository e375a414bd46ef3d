// Dates and numbers the way Chinese offices write them: 2026-03-08, 2026-03-08 14:05, 12,345.
import dayjs from 'dayjs';

type DateInput = string | number | Date | null | undefined;
const DASH = '—';

/** '2026-03-08 14:05' in the browser's time zone; '—' when there is no value. */
export function formatDateTime(value: DateInput, withSeconds = false): string {
  if (value === null || value === undefined || value === '') return DASH;
  const date = dayjs(value);
  return date.isValid() ? date.format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm') : String(value);
}

/** '2026-03-08'. A bare calendar date ('2026-03-08') stays that day whatever the time zone. */
export function formatDate(value: DateInput): string {
  if (value === null || value === undefined || value === '') return DASH;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = dayjs(value);
  return date.isValid() ? date.format('YYYY-MM-DD') : String(value);
}

/** Thousands separated with commas (the same in zh-CN and en-US). */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? DASH : value.toLocaleString('zh-CN');
}
