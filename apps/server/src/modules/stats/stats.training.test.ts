// The training indicator (suzhou-2021 二（二）1) as a real data source: person-times of the indicator's audiences
// from its start, per region and child region, and in the trend. Attendance is the dated fixture of
// training/training.test-setup.ts; every figure is worked out in the comments.
import type { PackFile, StatsIndicators, StatsTrend } from '@linli/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { login, type Client } from '../../test/test-app.js';
import { HUANGPU, NANJING_EAST, personTimesFixture, trainingCast, WAITAN, type TrainingCast } from '../training/training.test-setup.js';
import { fixturePack, writePacks } from './stats.fixture.js';

const trainingPack: PackFile = {
  ...fixturePack,
  id: 'training-fixture',
  bindsTo: '31',
  indicators: [
    {
      id: 'backbone-person-times',
      name: { zh: '骨干培训人次', en: 'Backbone person-times' },
      kind: 'count',
      subject: { source: 'training_attendance', audiences: ['leaders', 'backbones', 'social_workers'] },
      target: 6,
      startsOn: '2024-04-01',
      deadline: '2090-12-31',
      judgedAt: 2,
      citation: { file: '003_c4b16e298603f1ee.txt', clause: '二（二）1' },
    },
    {
      id: 'all-person-times',
      name: { zh: '培训人次', en: 'Person-times' },
      kind: 'count',
      subject: { source: 'training_attendance' },
      target: 5,
      startsOn: '2024-04-01',
      deadline: '2024-12-31',
      judgedAt: 2,
      citation: { file: '003_c4b16e298603f1ee.txt', clause: '二（二）1' },
    },
  ],
};

let c: TrainingCast;
let city: Client;
beforeAll(async () => {
  c = await trainingCast({ config: { packsDir: writePacks(trainingPack) } });
  await buildUser(c.t.services, { role: 'civil_affairs', regionCode: '31', username: 'city' });
  city = await login(c.t.app, 'city');
  await personTimesFixture(c);
  const bound = await c.admin.put('/api/v1/policy-bindings?region=31', { policies: ['training-fixture'], version: 0 });
  if (bound.statusCode !== 200) throw new Error(bound.body);
});
afterAll(() => c.t.close());

async function dashboard(query: string, client: Client = c.civil): Promise<StatsIndicators> {
  const response = await client.get(`/api/v1/stats/indicators${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const indicator = (result: StatsIndicators, id: string) => result.packs[0]!.indicators.find((i) => i.id === id)!;

describe('the training indicator', () => {
  it("counts the audiences it names from its start, in the region's subtree", async () => {
    const district = await dashboard('');
    // from 2024-04-01, leaders, backbones and social workers: 南京东路 3 (May) + 1 (January), 外滩 1 (the 00:30
    // leader); the district's own March course is before the start, 外滩's volunteers are not counted → 5 of 6
    expect(indicator(district, 'backbone-person-times')).toMatchObject({
      status: 'on_track',
      value: 5,
      numerator: 5,
      denominator: null,
      noDataSource: null,
      organizations: null,
      training: { audiences: ['leaders', 'backbones', 'social_workers'], from: '2024-04-01' },
    });
    // every audience from 2024-04-01: 南京东路 4, 外滩 3 → 7 ≥ 5 (met, although its deadline has passed)
    expect(indicator(district, 'all-person-times')).toMatchObject({
      status: 'met',
      value: 7,
      training: { audiences: ['leaders', 'backbones', 'social_workers', 'volunteers'] },
    });
  });

  it('drills down per child region', async () => {
    const district = await dashboard(`?region=${HUANGPU}`);
    const row = (code: string) => district.packs[0]!.children.find((child) => child.code === code)!;
    expect(row(NANJING_EAST).values['backbone-person-times']).toMatchObject({ value: 4, numerator: 4 });
    expect(row(WAITAN).values['backbone-person-times']).toMatchObject({ value: 1 });
    expect(row(WAITAN).values['all-person-times']).toMatchObject({ status: 'overdue', value: 3 });
    const shanghai = await dashboard('?region=31', city);
    // 静安区's 江宁路 leader of June 2024 joins the city's figure
    expect(indicator(shanghai, 'backbone-person-times')).toMatchObject({ status: 'met', value: 6 });
    expect(shanghai.packs[0]!.children.map((child) => [child.code, child.values['backbone-person-times']!.value])).toEqual(
      expect.arrayContaining([
        [HUANGPU, 5],
        ['310106', 1],
      ]),
    );
  });

  it('answers with the figure at each month-end of the trend, counted from the dated attendance', async () => {
    await c.t.database.db.execute(
      sql`INSERT INTO snapshot_runs (taken_on, region_prefix, reconstructed) VALUES ('2024-12-31', '', false), ('2025-01-31', '', false)`,
    );
    const response = await c.civil.get('/api/v1/stats/trend?policy=training-fixture&months=120');
    expect(response.statusCode, response.body).toBe(200);
    const trend: StatsTrend = response.json();
    const at = (date: string) => trend.points.find((p) => p.takenOn === date)!.values['backbone-person-times']!.value;
    // by the end of 2024: 南京东路's May course (3); by the end of January also 李四 and 外滩's 00:30 leader
    expect([at('2024-12-31'), at('2025-01-31')]).toEqual([3, 5]);
  });

  it('exports the figures with the other indicators', async () => {
    const response = await c.civil.get('/api/v1/stats/indicators/export?format=csv');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('骨干培训人次');
    expect(response.body).toMatch(/310101002,南京东路街道,4,4/);
  });
});
