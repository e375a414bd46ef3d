import { describe, expect, it } from 'vitest';
import { chinaDate, confirmationDeadline } from './working-days.js';

const at = (iso: string) => new Date(iso);

describe('the confirmation window: 10 working days after the need ends, Monday to Friday in China time', () => {
  it('counts two whole weeks from a Monday', () => {
    // Monday 2026-03-02 → ten working days later is Monday 2026-03-16, to its last moment
    expect(confirmationDeadline(at('2026-03-02T10:00:00+08:00')).toISOString()).toBe(at('2026-03-16T23:59:59.999+08:00').toISOString());
  });

  it('skips the weekend after a Friday', () => {
    expect(confirmationDeadline(at('2026-03-06T18:00:00+08:00')).toISOString()).toBe(at('2026-03-20T23:59:59.999+08:00').toISOString());
  });

  it('starts counting on the Monday after a need that ended on a weekend', () => {
    for (const ended of ['2026-03-07T09:00:00+08:00', '2026-03-08T20:00:00+08:00'])
      expect(chinaDate(confirmationDeadline(at(ended)))).toBe('2026-03-20');
  });

  it('takes the day in China time, not in UTC', () => {
    // 23:30 on Friday in Beijing (15:30 UTC): a Friday
    expect(chinaDate(confirmationDeadline(at('2026-03-06T15:30:00Z')))).toBe('2026-03-20');
    // 00:30 on Saturday in Beijing is Friday 16:30 UTC: it counts as Saturday
    expect(chinaDate(confirmationDeadline(at('2026-03-06T16:30:00Z')))).toBe('2026-03-20');
    // 07:00 Monday in Beijing is Sunday 23:00 UTC: Monday it is
    expect(chinaDate(confirmationDeadline(at('2026-03-08T23:00:00Z')))).toBe('2026-03-23');
  });

  it('takes any number of working days', () => {
    expect(chinaDate(confirmationDeadline(at('2026-03-05T12:00:00+08:00'), 1))).toBe('2026-03-06');
    expect(chinaDate(confirmationDeadline(at('2026-03-06T12:00:00+08:00'), 1))).toBe('2026-03-09');
  });
});
