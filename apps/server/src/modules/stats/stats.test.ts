// Every indicator kind on the hand-built fixture (stats.fixture.ts); each expected figure is worked out in the comments.
import type { StatsIndicators } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAOSHAN, LUCHAOGANG, PUDONG, R1, statsFixture, U1, U3 } from './stats.fixture.js';

type Fixture = Awaited<ReturnType<typeof statsFixture>>;
let f: Fixture;

beforeAll(async () => {
  f = await statsFixture();
});
afterAll(() => f.t.close());

async function dashboard(client: Fixture['as']['city'], query: string): Promise<StatsIndicators> {
  const response = await client.get(`/api/v1/stats/indicators${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const pick = (result: StatsIndicators, id: string) => {
  const indicator = result.packs[0]!.indicators.find((i) => i.id === id)!;
  return { status: indicator.status, value: indicator.value, numerator: indicator.numerator, denominator: indicator.denominator };
};

describe('the city (上海市)', () => {
  it('evaluates every indicator kind from the organizations', async () => {
    const city = await dashboard(f.as.city, '');
    expect(city.region).toMatchObject({ code: '31', name: '上海市', level: 1 });
    expect(city.packs.map((p) => [p.id, p.boundAt.code])).toEqual([['fixture', '31']]);
    // active organizations in urban communities or urban streets: 3 in U1, 1 in U2, 1 in U3, the hub of 芦潮港 → 6 ÷ 3;
    // target 3 by 2090: far from it, but ahead of a straight line from 2020
    expect(pick(city, 'urban-avg')).toEqual({ status: 'on_track', value: 2, numerator: 6, denominator: 3 });
    // 三星村 1 (its cancelled one does not count), 五星村 1, the park's hub (a rural street) 1 → 3 ÷ 2
    expect(pick(city, 'rural-avg')).toEqual({ status: 'met', value: 1.5, numerator: 3, denominator: 2 });
    // registered federations in 芦潮港 and the park: 2 of 4 streets, deadline passed
    expect(pick(city, 'street-hubs')).toEqual({ status: 'overdue', value: 0.5, numerator: 2, denominator: 4 });
    // 5 of the 9 active organizations serve 养老: more than half
    expect(pick(city, 'elderly-share')).toMatchObject({ status: 'met', numerator: 5, denominator: 9 });
    expect(pick(city, 'elderly-share').value).toBeCloseTo(5 / 9);
    // two brands of three wanted, no deadline
    expect(pick(city, 'brands')).toEqual({ status: 'behind', value: 2, numerator: 2, denominator: null });
    // 浦东 has 2 observation points, 宝山 1: one county of two meets "at least 2"
    expect(pick(city, 'county-points')).toEqual({ status: 'on_track', value: 0.5, numerator: 1, denominator: 2 });
    // funds are not recorded yet: said so, never a number
    const venture = city.packs[0]!.indicators.find((i) => i.id === 'venture-share')!;
    expect(venture).toMatchObject({ status: 'no_data', value: null, noDataSource: 'funding_awards', organizations: null });
  });

  it('lists the districts below the single 市辖区 level, behind-target first, each with its own values', async () => {
    const city = await dashboard(f.as.city, '?region=31&policy=fixture');
    expect(city.childLevel).toBe(3);
    const [baoshan, pudong] = city.packs[0]!.children;
    expect([baoshan!.code, pudong!.code]).toEqual([BAOSHAN, PUDONG]);
    expect(pudong!.values['urban-avg']).toEqual({ status: 'on_track', value: 2, numerator: 6, denominator: 3 });
    expect(pudong!.values['rural-avg']).toEqual({ status: 'not_applicable', value: null, numerator: 0, denominator: 0 });
    expect(pudong!.values['street-hubs']).toMatchObject({ status: 'overdue', numerator: 1, denominator: 3 });
    // 3 of 6 is not more than half
    expect(pudong!.values['elderly-share']).toEqual({ status: 'on_track', value: 0.5, numerator: 3, denominator: 6 });
    expect(pudong!.values['county-points']).toEqual({ status: 'met', value: 1, numerator: 1, denominator: 1 });
    expect(baoshan!.values['rural-avg']).toEqual({ status: 'met', value: 1.5, numerator: 3, denominator: 2 });
    expect(baoshan!.values['street-hubs']).toEqual({ status: 'met', value: 1, numerator: 1, denominator: 1 });
    expect(baoshan!.values['county-points']).toEqual({ status: 'behind', value: 0, numerator: 0, denominator: 1 });
    expect([baoshan!.behind, pudong!.behind]).toEqual([2, 2]);
  });

  it('links each organization indicator to the organization list filters behind it', async () => {
    const city = await dashboard(f.as.city, '?region=31');
    const filter = (id: string) => city.packs[0]!.indicators.find((i) => i.id === id)!.organizations;
    expect(filter('street-hubs')).toEqual({ status: ['active'], tier: ['registered'], hubKind: ['federation'] });
    expect(filter('elderly-share')).toEqual({ status: ['active'], tier: ['registered', 'team', 'group'], serviceField: ['养老'] });
    expect(filter('brands')).toMatchObject({ isBrand: true });
  });
});

describe('drilling down', () => {
  it('a street reads coverage of its own level and of its county, and lists its communities', async () => {
    const street = await dashboard(f.as.city, `?region=${LUCHAOGANG}`);
    expect(street.region.path.map((r) => r.code)).toEqual(['31', '3101', PUDONG, LUCHAOGANG]);
    // U1's three and the street's own hub
    expect(pick(street, 'urban-avg')).toEqual({ status: 'met', value: 4, numerator: 4, denominator: 1 });
    expect(pick(street, 'street-hubs')).toEqual({ status: 'met', value: 1, numerator: 1, denominator: 1 });
    expect(pick(street, 'county-points')).toEqual({ status: 'met', value: 1, numerator: 1, denominator: 1 });
    const [community] = street.packs[0]!.children;
    expect(community).toMatchObject({ code: U1, level: 5 });
    expect(community!.values['urban-avg']).toEqual({ status: 'met', value: 3, numerator: 3, denominator: 1 });
    // an urban community has no rural average to miss
    expect(community!.values['rural-avg']).toEqual({ status: 'not_applicable', value: null, numerator: 0, denominator: 0 });
  });

  it('a community has no children', async () => {
    const community = await dashboard(f.as.committee, '');
    expect(community.region.code).toBe(U1);
    expect(community.childLevel).toBeNull();
    expect(community.packs[0]!.children).toEqual([]);
    expect(pick(community, 'brands')).toMatchObject({ numerator: 1 });
  });

  it('the country sums its provinces when a pack is bound nationally', async () => {
    expect((await f.as.admin.put('/api/v1/policy-bindings?region=', { policies: ['fixture'], version: 0 })).statusCode).toBe(200);
    const { evaluateRegion } = await import('./stats.service.js');
    const country = await evaluateRegion(f.t.services, { userId: 'ministry', role: 'civil_affairs', regionPrefix: null }, { region: '' });
    expect(country.region).toMatchObject({ code: '', level: 0 });
    expect(country.packs.map((p) => p.boundAt.code)).toEqual(['']);
    expect(pick(country, 'urban-avg')).toMatchObject({ numerator: 6, denominator: 3 });
    expect(pick(country, 'street-hubs')).toMatchObject({ numerator: 2, denominator: 4 });
    expect(country.packs[0]!.children.map((c) => c.code)).toEqual(['31']);
  });
});

describe('the roll-ups follow every change at once', () => {
  it('suspending, moving and re-flagging organizations moves the numbers at every level', async () => {
    const { organizations } = await import('../../db/schema.js');
    const { eq, sql } = await import('drizzle-orm');
    const db = f.t.database.db;
    await db.update(organizations).set({ status: 'suspended' }).where(eq(organizations.regionCode, U1));
    let city = await dashboard(f.as.city, '?region=31');
    expect(pick(city, 'urban-avg')).toMatchObject({ numerator: 3 });
    expect(pick(city, 'brands')).toMatchObject({ numerator: 1 });
    await db.update(organizations).set({ status: 'active' }).where(eq(organizations.regionCode, U1));
    // one of 三星村's moves to U3: rural loses it, urban gains it
    await db.update(organizations).set({ regionCode: U3 }).where(sql`${organizations.regionCode} = ${R1} AND ${organizations.status} = 'active'`);
    city = await dashboard(f.as.city, '?region=31');
    expect(pick(city, 'urban-avg')).toMatchObject({ numerator: 7 });
    expect(pick(city, 'rural-avg')).toMatchObject({ numerator: 2 });
    // and 浦东 now has 3 observation points, 宝山 none
    expect(city.packs[0]!.children.find((c) => c.code === BAOSHAN)!.values['county-points']).toMatchObject({ numerator: 0 });
    await db.update(organizations).set({ regionCode: R1 }).where(sql`${organizations.regionCode} = ${U3} AND ${organizations.serviceFields} @> ARRAY['农业生产技术']`);
    city = await dashboard(f.as.city, '?region=31');
    expect(pick(city, 'urban-avg')).toMatchObject({ numerator: 6 });
  });

  it("changing a community's kind recounts its organizations under the other kind", async () => {
    const changed = await f.as.admin.patch(`/api/v1/regions/${U3}`, { kind: 'rural' });
    expect(changed.statusCode, changed.body).toBe(200);
    const city = await dashboard(f.as.city, '?region=31');
    expect(pick(city, 'urban-avg')).toMatchObject({ numerator: 5, denominator: 2 });
    expect(pick(city, 'rural-avg')).toMatchObject({ numerator: 4, denominator: 3 });
    await f.as.admin.patch(`/api/v1/regions/${U3}`, { kind: 'urban' });
    expect(pick(await dashboard(f.as.city, '?region=31'), 'urban-avg')).toMatchObject({ numerator: 6, denominator: 3 });
  });
});

describe('scope and bad input', () => {
  it('a region outside the scope does not exist (404), its own subtree answers', async () => {
    for (const region of ['31', PUDONG, LUCHAOGANG, '']) {
      const response = await f.as.baoshan.get(`/api/v1/stats/indicators?region=${region}`);
      expect(response.statusCode, region).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await dashboard(f.as.baoshan, '')).region.code).toBe(BAOSHAN);
    expect((await dashboard(f.as.baoshan, `?region=${R1}`)).region.code).toBe(R1);
  });

  it('unknown regions and packs answer 404, malformed parameters 400 with the field', async () => {
    expect((await f.as.city.get('/api/v1/stats/indicators?region=310199')).statusCode).toBe(404);
    expect((await f.as.city.get('/api/v1/stats/indicators?policy=no-such-pack')).statusCode).toBe(404);
    const bad = await f.as.city.get('/api/v1/stats/indicators?region=31x&policy=Bad_Id');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['querystring.policy', 'querystring.region']);
  });

  it('only staff of the regions read statistics', async () => {
    for (const who of ['leader', 'admin', 'auditor'] as const) expect((await f.as[who].get('/api/v1/stats/indicators')).statusCode, who).toBe(403);
    expect((await f.as.street.get('/api/v1/stats/indicators')).statusCode).toBe(200);
  });
});
