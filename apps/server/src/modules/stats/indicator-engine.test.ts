import type { Indicator } from '@linli/shared';
import { describe, expect, it } from 'vitest';
import { statusOf } from './indicator-engine.js';
import { bucketSizes } from './stats-breakdown.service.js';

const indicator = (overrides: Partial<Indicator> = {}) =>
  ({ id: 'x', kind: 'count', comparator: 'gte', target: 100, deadline: '2030-12-31', ...overrides }) as Indicator;

describe('statusOf', () => {
  it('met when the comparison holds, strictly for "more than"', () => {
    expect(statusOf(100, indicator(), '2020-01-01', '2026-01-01')).toBe('met');
    expect(statusOf(0.5, indicator({ comparator: 'gt', target: 0.5 }), '2020-01-01', '2026-01-01')).not.toBe('met');
    expect(statusOf(0.5000001, indicator({ comparator: 'gt', target: 0.5 }), '2020-01-01', '2026-01-01')).toBe('met');
    // shares computed as 7/10 must not miss 0.7 by a rounding error
    expect(statusOf(7 / 10, indicator({ target: 0.7 }), '2020-01-01', '2026-01-01')).toBe('met');
  });

  it('before the deadline: on track at or above a straight line from zero at the start, behind below it', () => {
    // half-way through 2021-01-01 … 2031-01-01 (3,652 days): the line stands at about 50
    expect(statusOf(51, indicator({ deadline: '2031-01-01' }), '2021-01-01', '2026-01-01')).toBe('on_track');
    expect(statusOf(49, indicator({ deadline: '2031-01-01' }), '2021-01-01', '2026-01-01')).toBe('behind');
    expect(statusOf(0, indicator(), '2020-01-01', '2020-01-01')).toBe('on_track');
  });

  it('overdue the day after the deadline; behind without one; not applicable without a value', () => {
    expect(statusOf(99, indicator({ deadline: '2025-12-31' }), '2020-01-01', '2025-12-31')).toBe('behind');
    expect(statusOf(99, indicator({ deadline: '2025-12-31' }), '2020-01-01', '2026-01-01')).toBe('overdue');
    expect(statusOf(99, indicator({ deadline: undefined }), '2020-01-01', '2026-01-01')).toBe('behind');
    expect(statusOf(null, indicator(), '2020-01-01', '2026-01-01')).toBe('not_applicable');
  });
});

describe('bucketSizes', () => {
  it('puts communities by organization count into 0, 1–4, 5–9, 10–14, 15–19, 20+', () => {
    expect(bucketSizes([1, 4, 5, 14, 15, 20, 300], 10).map((b) => b.communities)).toEqual([3, 2, 1, 1, 1, 2]);
    expect(bucketSizes([], 0).map((b) => [b.from, b.to])).toEqual([
      [0, 0],
      [1, 4],
      [5, 9],
      [10, 14],
      [15, 19],
      [20, null],
    ]);
  });
});
