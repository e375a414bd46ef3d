// Person-times (人次) by region and period, on the dated fixture of training.test-setup.ts (figures worked out there).
import type { PersonTimes } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUANGPU, NANJING_EAST, personTimesFixture, trainingCast, WAITAN, type TrainingCast } from './training.test-setup.js';

let c: TrainingCast;
beforeAll(async () => {
  c = await trainingCast();
  await personTimesFixture(c);
});
afterAll(() => c.t.close());

async function personTimes(client: TrainingCast['civil'], query = ''): Promise<PersonTimes> {
  const response = await client.get(`/api/v1/training/person-times${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const child = (result: PersonTimes, code: string) => result.children.find((row) => row.code === code)!;

describe('person-times by region', () => {
  it("totals the district per audience, its own courses apart from its streets'", async () => {
    const district = await personTimes(c.civil);
    expect(district.region).toMatchObject({ code: HUANGPU, level: 3 });
    expect(district.total).toBe(10);
    expect(district.byAudience).toEqual({ leaders: 3, backbones: 2, social_workers: 2, volunteers: 3 });
    expect(district.own).toEqual({ total: 3, byAudience: { leaders: 1, backbones: 0, social_workers: 1, volunteers: 1 } });
    expect(district.childLevel).toBe(4);
    expect(child(district, NANJING_EAST)).toMatchObject({
      name: '南京东路街道',
      total: 4,
      byAudience: { leaders: 1, backbones: 2, social_workers: 1, volunteers: 0 },
    });
    expect(child(district, WAITAN)).toMatchObject({ total: 3, byAudience: { leaders: 1, volunteers: 2 } });
    expect(district.children.reduce((sum, row) => sum + row.total, 0) + district.own.total).toBe(district.total);
  });

  it('counts a period by Beijing dates, both ends included', async () => {
    const year = await personTimes(c.civil, '?from=2024-01-01&to=2024-12-31');
    // the 00:30 session of 1 January and the one of 2 January fall outside 2024
    expect(year).toMatchObject({ from: '2024-01-01', to: '2024-12-31', total: 8 });
    expect(child(year, WAITAN).total).toBe(2);
    expect(child(year, NANJING_EAST).total).toBe(3);
    expect((await personTimes(c.civil, '?from=2025-01-01')).total).toBe(2);
  });

  it("shows a street its own figures, and drills down to a street's communities", async () => {
    const street = await personTimes(c.street);
    expect(street).toMatchObject({ region: { code: NANJING_EAST }, total: 4, own: { total: 4 }, childLevel: 5 });
    expect(street.children.every((row) => row.total === 0)).toBe(true);
    expect((await personTimes(c.civil, `?region=${WAITAN}`)).total).toBe(3);
  });

  it('keeps 静安区 apart', async () => {
    expect((await personTimes(c.jinganStreet)).total).toBe(1);
  });
});
