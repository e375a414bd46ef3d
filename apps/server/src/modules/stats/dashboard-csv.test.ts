// The dashboard table as CSV (GET /stats/indicators/export?format=csv): unit test of the writer on a hand-made result.
import type { IndicatorResult, StatsIndicators } from '@linli/shared';
import { describe, expect, it } from 'vitest';
import { dashboardCsv } from './stats-export.js';

const indicator = (id: string, unit: IndicatorResult['unit'], target: number, value: number | null, status = 'met'): IndicatorResult =>
  ({
    id,
    name: { zh: `指标${id}`, en: `Indicator ${id}` },
    unit,
    target,
    value,
    status,
    numerator: null,
    denominator: null,
  }) as unknown as IndicatorResult;

const result = {
  region: { code: '310101', name: '黄浦区', level: 3, path: [] },
  childLevel: 4,
  evaluatedAt: '2026-05-12T09:30:00.000Z',
  packs: [
    {
      id: 'p',
      title: { zh: '测试政策', en: 'Test policy' },
      documentNumber: '测〔2020〕1号',
      indicators: [
        indicator('a', 'share', 0.5, 0.125),
        indicator('b', 'per_community', 3, 2.5),
        indicator('c', 'count', 10, null, 'no_data'),
      ],
      children: [
        {
          code: '310101002',
          name: '南京东路街道',
          level: 4,
          behind: 1,
          values: {
            a: { status: 'behind', value: 0.3333, numerator: 1, denominator: 3 },
            b: { status: 'met', value: 4, numerator: 8, denominator: 2 },
            c: { status: 'no_data', value: null, numerator: null, denominator: null },
          },
        },
        {
          code: '310101013',
          name: '=HYPERLINK("x")',
          level: 4,
          behind: 0,
          values: { a: { status: 'met', value: null }, b: { status: 'met', value: 3 }, c: { status: 'no_data', value: null } },
        },
      ],
    },
  ],
} as unknown as StatsIndicators;

describe('dashboard table as CSV', () => {
  it('writes one section per pack: title, time, header, targets, the region, its children', () => {
    const file = dashboardCsv(result, 'zh-CN');
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.toString('utf8').slice(1).split('\r\n');
    expect(lines.slice(0, 7)).toEqual([
      '黄浦区 — 测试政策（测〔2020〕1号）',
      '统计时间,2026-05-12 09:30:00',
      '区划代码,区划名称,指标a,指标b,指标c,未达标指标数',
      ',目标,50.0%,3.00,10',
      '310101,黄浦区（合计）,12.5%,2.50,暂无数据来源',
      '310101002,南京东路街道,33.3%,4.00,暂无数据来源,1',
      `310101013,"'=HYPERLINK(""x"")",,3.00,暂无数据来源,0`,
    ]);
  });

  it('speaks English for an English reader', () => {
    const text = dashboardCsv(result, 'en-US').toString('utf8');
    expect(text).toContain('Region code,Region,Indicator a,Indicator b,Indicator c,Indicators behind');
    expect(text).toContain('No data source');
  });

  it('says so when the region adopts no policy', () => {
    const text = dashboardCsv({ ...result, region: { ...result.region, code: '' }, packs: [] }, 'zh-CN').toString('utf8');
    expect(text).toBe('\ufeff全国: 未采用任何政策\r\n');
  });
});
