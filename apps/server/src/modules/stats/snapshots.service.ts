// Snapshots of the roll-ups: at every month's end (in-process, no cron) and on demand.
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import type { Scope } from '../../platform/scope.js';
import * as snapshots from './snapshots.repository.js';

/** The calendar date in China, where every user of the platform is. */
export function chinaDate(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

export function isMonthEnd(date: string): boolean {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

/** Month-ends from `months` ago up to the last one before `today`, oldest first. */
export function pastMonthEnds(today: string, months: number): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  // day 0 of a month is the last day of the one before
  return Array.from({ length: months }, (_, i) => new Date(Date.UTC(year, month - months + i, 0)).toISOString().slice(0, 10));
}

export async function takeSnapshot(services: Services, scope: Scope, actor: AuditActor, now = new Date()) {
  const takenOn = chinaDate(now);
  const prefix = scope.regionPrefix ?? '';
  return services.database.transaction(async (tx) => {
    const rows = await snapshots.copyCounters(tx, takenOn, prefix);
    await recordAudit(tx, actor, { action: 'stats.snapshot_taken', targetType: 'region', targetId: prefix, regionCode: prefix || null, after: { takenOn, rows } });
    return { takenOn, rows };
  });
}

/** Demo only: month-end snapshots of the past `months`, rebuilt from founding dates (see reconstructSnapshot). */
export async function reconstructHistory(services: Services, months: number, now = new Date()) {
  for (const takenOn of pastMonthEnds(chinaDate(now), months)) await services.database.transaction((tx) => snapshots.reconstructSnapshot(tx, takenOn));
}

const HOUR = 3_600_000;

/**
 * Takes the whole platform's snapshot hourly on the last day of each month, so the one that stays is the
 * day's last. Returns a stop function.
 */
export function scheduleMonthEndSnapshots(services: Services, log: (error: unknown) => void): () => void {
  const tick = () => {
    const today = chinaDate();
    if (!isMonthEnd(today)) return;
    services.database.transaction((tx) => snapshots.copyCounters(tx, today, '')).catch(log);
  };
  tick();
  const timer = setInterval(tick, HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
