// Breakdown, snapshots, trend and the Excel export, on the hand-built fixture (stats.fixture.ts).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconstructHistory } from './snapshots.service.js';
import { BAOSHAN, LUCHAOGANG, statsFixture, U1 } from './stats.fixture.js';

type Fixture = Awaited<ReturnType<typeof statsFixture>>;
let f: Fixture;

beforeAll(async () => {
  f = await statsFixture();
});
afterAll(() => f.t.close());

describe('breakdown', () => {
  it('counts tiers, the pack categories and communities by size', async () => {
    const response = await f.as.city.get('/api/v1/stats/breakdown?region=31');
    expect(response.statusCode, response.body).toBe(200);
    const breakdown = response.json();
    // 9 active: teams in U1 (2), U2, U3, 三星村, 五星村 = 6; groups: U1's brand = 1; registered hubs = 2
    expect(breakdown.active).toBe(9);
    expect(breakdown.tiers).toEqual([
      { tier: 'registered', count: 2 },
      { tier: 'team', count: 6 },
      { tier: 'group', count: 1 },
    ]);
    const [fixture] = breakdown.categories;
    expect(fixture.items.map((i: { id: string; count: number }) => [i.id, i.count])).toEqual([
      ['elderly', 5],
      ['other', 4],
    ]);
    // communities: U1 3, U2 1, U3 1, 三星村 1, 五星村 1 (street-level hubs sit in no community)
    expect(breakdown.distribution).toEqual([
      { from: 0, to: 0, communities: 0 },
      { from: 1, to: 4, communities: 5 },
      { from: 5, to: 9, communities: 0 },
      { from: 10, to: 14, communities: 0 },
      { from: 15, to: 19, communities: 0 },
      { from: 20, to: null, communities: 0 },
    ]);
  });

  it('counts a community live and keeps to the scope', async () => {
    const community = (await f.as.committee.get('/api/v1/stats/breakdown')).json();
    expect(community.region.code).toBe(U1);
    expect(community.active).toBe(3);
    expect(community.tiers.find((t: { tier: string }) => t.tier === 'group').count).toBe(1);
    expect((await f.as.baoshan.get(`/api/v1/stats/breakdown?region=${LUCHAOGANG}`)).statusCode).toBe(404);
  });
});

describe('snapshots and trend', () => {
  it('a snapshot on demand is audited and shows in the trend; history rebuilt from founding dates precedes it', async () => {
    await reconstructHistory(f.t.services, 3, new Date('2026-11-25T12:00:00+08:00'));
    const taken = await f.as.city.post('/api/v1/stats/snapshots');
    expect(taken.statusCode, taken.body).toBe(201);
    expect(taken.json().rows).toBeGreaterThan(0);
    const trend = (await f.as.city.get('/api/v1/stats/trend?region=31&policy=fixture&months=24')).json();
    const dates = trend.points.map((p: { takenOn: string }) => p.takenOn);
    expect(dates.slice(0, 3)).toEqual(['2026-08-31', '2026-09-30', '2026-10-31']);
    expect(dates.at(-1)).toBe(taken.json().takenOn);
    // the fixture's organizations have no founding date and were entered today: none existed at the month-ends
    expect(trend.points[0]).toMatchObject({ reconstructed: true, values: { 'urban-avg': { numerator: 0, denominator: 3 } } });
    expect(trend.points.at(-1).reconstructed).toBe(false);
    expect(trend.points.at(-1).values['urban-avg']).toMatchObject({ numerator: 6, denominator: 3, value: 2 });
    expect(trend.points.at(-1).values['street-hubs']).toMatchObject({ numerator: 2, denominator: 4, status: 'overdue' });
    const audit = (await f.t.database.db.execute(
      (await import('drizzle-orm')).sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'stats.snapshot_taken'`,
    )) as unknown as [{ n: number }];
    expect(audit[0].n).toBe(1);
  });

  it('only civil affairs take snapshots; the trend needs an adopted pack', async () => {
    expect((await f.as.street.post('/api/v1/stats/snapshots')).statusCode).toBe(403);
    expect((await f.as.city.get('/api/v1/stats/trend?region=31&policy=mca-2017')).statusCode).toBe(404);
    const bad = await f.as.city.get('/api/v1/stats/trend?region=31&months=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['querystring.months', 'querystring.policy']);
  });
});

describe('Excel export', () => {
  it('downloads the child-region table, the region itself first, with values and targets', async () => {
    const response = await f.as.city.get('/api/v1/stats/indicators/export?region=31');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain('上海市-指标-');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('fixture')!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const header = rows[2]!.slice(1);
    expect(header.slice(0, 3)).toEqual(['区划代码', '区划名称', '城市']);
    expect(rows[3]!.slice(1, 4)).toEqual(['', '目标', 3]);
    expect(rows[4]!.slice(1, 4)).toEqual(['31', '上海市（合计）', 2]);
    const byCode = new Map(rows.slice(4).map((row) => [row[1], row.slice(1)]));
    expect(byCode.get(BAOSHAN)!.slice(0, 4)).toEqual([BAOSHAN, '宝山区', undefined, 1.5]);
    // the venture-funding column says why it is empty
    expect(byCode.get(BAOSHAN)).toContain('暂无数据来源');
  });

  it('answers English headers for Accept-Language en, and 404 outside the scope', async () => {
    const english = await f.as.city.request('GET', '/api/v1/stats/indicators/export?region=31', undefined, { 'accept-language': 'en' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(english.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('fixture')!.getRow(3).getCell(3).value).toBe('Urban');
    expect((await f.as.baoshan.get('/api/v1/stats/indicators/export?region=31')).statusCode).toBe(404);
  });
});
