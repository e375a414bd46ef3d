// Bulk re-tagging on the hand-built statistics fixture: the pack's 养老类 holds 5 active organizations
// (and one cancelled), 其他类 the other 4 active ones.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAOSHAN, PUDONG, statsFixture } from '../stats/stats.fixture.js';

type Fixture = Awaited<ReturnType<typeof statsFixture>>;
let f: Fixture;

beforeAll(async () => {
  f = await statsFixture();
});
afterAll(() => f.t.close());

const body = { region: '31', moves: [{ from: '养老', to: ['邻里互助', '志愿服务'] }] };
const count = async (query: ReturnType<typeof sql>) => ((await f.t.database.db.execute(query)) as unknown as [{ n: number }])[0].n;

describe('re-tagging', () => {
  it('previews the affected organizations and each category before and after, writing nothing', async () => {
    const preview = await f.as.city.post('/api/v1/retaggings/preview', body);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toEqual({
      organizations: 6,
      categories: [
        {
          policy: 'fixture',
          title: { zh: '测试政策', en: 'Fixture policy' },
          items: [
            { id: 'elderly', name: { zh: '养老类', en: 'Elderly' }, before: 5, after: 0 },
            { id: 'other', name: { zh: '其他类', en: 'Other' }, before: 4, after: 9 },
          ],
        },
      ],
    });
    expect(await count(sql`SELECT count(*)::int AS n FROM organizations WHERE '养老' = ANY(service_fields)`)).toBe(6);
  });

  it('refuses to apply when the data changed since the preview (409), then applies all of it at once', async () => {
    const stale = await f.as.city.post('/api/v1/retaggings', { ...body, expectedOrganizations: 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors).toEqual([{ path: 'expectedOrganizations', message: '预览之后数据已变化，请重新预览' }]);
    expect(await count(sql`SELECT count(*)::int AS n FROM organizations WHERE '养老' = ANY(service_fields)`)).toBe(6);

    const applied = await f.as.city.post('/api/v1/retaggings', { ...body, expectedOrganizations: 6 });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toEqual({ organizations: 6 });
    expect(await count(sql`SELECT count(*)::int AS n FROM organizations WHERE '养老' = ANY(service_fields)`)).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM organization_changes WHERE action = 'retagged'`)).toBe(6);
    const [event] = (await f.t.database.db.execute(
      sql`SELECT before, after FROM audit_events WHERE action = 'organizations.retagged'`,
    )) as unknown as [{ before: { categories: unknown }; after: { organizations: number; categories: unknown } }];
    expect(event.before.categories).toEqual([{ policy: 'fixture', counts: { elderly: 5, other: 4 } }]);
    expect(event.after).toMatchObject({ organizations: 6, categories: [{ policy: 'fixture', counts: { elderly: 0, other: 9 } }] });
    // the roll-ups moved with it
    const dashboard = (await f.as.city.get('/api/v1/stats/indicators?region=31')).json();
    expect(dashboard.packs[0].indicators.find((i: { id: string }) => i.id === 'elderly-share')).toMatchObject({ numerator: 0, status: 'behind' });
  });

  it('keeps to the scope: another district is 404, and only civil affairs re-tag', async () => {
    expect((await f.as.baoshan.post('/api/v1/retaggings/preview', { ...body, region: PUDONG })).statusCode).toBe(404);
    expect((await f.as.baoshan.post('/api/v1/retaggings', { ...body, region: '31', expectedOrganizations: 0 })).statusCode).toBe(404);
    expect((await f.as.baoshan.post('/api/v1/retaggings/preview', { ...body, region: BAOSHAN })).statusCode).toBe(200);
    expect((await f.as.street.post('/api/v1/retaggings/preview', body)).statusCode).toBe(403);
    expect((await f.as.admin.post('/api/v1/retaggings/preview', body)).statusCode).toBe(403);
  });

  it('bad input answers 400 with the field, and writes nothing', async () => {
    const before = await count(sql`SELECT count(*)::int AS n FROM organization_changes`);
    const cases: [unknown, string[]][] = [
      [{ region: '31', moves: [{ from: '体育健身', to: ['体育健身'] }] }, ['moves.0.to']],
      [{ region: '31', moves: [{ from: '科普', to: ['养老'] }, { from: '科普', to: ['文化艺术'] }] }, ['moves.1.from']],
      [{ region: '31', moves: [{ from: '广场舞', to: [] }] }, ['moves.0.from', 'moves.0.to']],
      [{ region: 'x', moves: [] }, ['moves', 'region']],
      [{ region: '31' }, ['moves']],
    ];
    for (const [input, paths] of cases) {
      const response = await f.as.city.post('/api/v1/retaggings/preview', input);
      expect(response.statusCode, JSON.stringify(input)).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(paths);
    }
    const apply = await f.as.city.post('/api/v1/retaggings', { region: '31', moves: [{ from: '科普', to: ['养老'] }] });
    expect(apply.json().errors.map((e: { path: string }) => e.path)).toEqual(['expectedOrganizations']);
    expect(await count(sql`SELECT count(*)::int AS n FROM organization_changes`)).toBe(before);
  });
});
