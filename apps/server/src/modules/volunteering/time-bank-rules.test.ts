// The time bank rule of a region: read by everyone who lives or works under it, set by its street or by civil
// affairs above it, inherited street → district → city → province → the platform default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, NANJING_EAST, volunteeringCast, WAITAN, YUNNAN_MIDDLE, type VolunteeringCast } from './volunteering.test-setup.js';

let c: VolunteeringCast;
beforeAll(async () => {
  c = await volunteeringCast();
});
afterAll(() => c.t.close());

const rule = { pointsPerHour: 8, starHours: [50, 150, 300] };
const url = (code: string) => `/api/v1/time-bank-rules/${code}`;

describe('time bank rules', () => {
  it('starts from the platform default: 10 points an hour, stars at 100/300/600/1000/1500 hours', async () => {
    expect((await c.street.get(url(NANJING_EAST))).json()).toMatchObject({
      regionCode: NANJING_EAST,
      regionName: '南京东路街道',
      pointsPerHour: 10,
      starHours: [100, 300, 600, 1000, 1500],
      source: 'default',
      sourceRegionCode: null,
      abilities: { update: true },
    });
  });

  it('lets civil affairs set a rule for its district that every street inherits', async () => {
    const saved = await c.civil.put(url('310101'), rule);
    expect(saved.json()).toMatchObject({ ...rule, source: 'own', abilities: { update: true } });
    expect((await c.street.get(url(NANJING_EAST))).json()).toMatchObject({
      ...rule,
      source: 'inherited',
      sourceRegionCode: '310101',
      sourceRegionName: '黄浦区',
    });
  });

  it('lets a street officer set their own street’s rule, and no other', async () => {
    const own = await c.street.put(url(NANJING_EAST), { pointsPerHour: 12, starHours: [100] });
    expect(own.json()).toMatchObject({ pointsPerHour: 12, source: 'own' });
    expect((await c.street.put(url(WAITAN), rule)).statusCode).toBe(404);
    const district = await c.street.put(url('310101'), rule);
    expect(district.statusCode).toBe(403);
    expect(district.json().code).toBe('forbidden');
    expect((await c.street.get(url('310101'))).json().abilities.update).toBe(false);
  });

  it('refuses bad rules with 400 at the field, writing nothing', async () => {
    const before = await countRows(c.t, 'audit_events');
    const cases: [Record<string, unknown>, string][] = [
      [{ ...rule, pointsPerHour: 0 }, 'pointsPerHour'],
      [{ ...rule, pointsPerHour: 1.5 }, 'pointsPerHour'],
      [{ ...rule, starHours: [100, 50] }, 'starHours'],
      [{ ...rule, starHours: [100, 100] }, 'starHours'],
      [{ ...rule, starHours: [-5, 10] }, 'starHours.0'],
      [{ ...rule, starHours: [] }, 'starHours'],
      [{ pointsPerHour: 5 }, 'starHours'],
    ];
    for (const [body, path] of cases) {
      const response = await c.street.put(url(NANJING_EAST), body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const descending = await c.street.put(url(NANJING_EAST), { ...rule, starHours: [100, 50] });
    expect(descending.json().errors[0].message).toBe('各星级的累计时长须逐级递增');
    const community = await c.civil.put(url(YUNNAN_MIDDLE), rule);
    expect(community.statusCode).toBe(400);
    expect(community.json().errors).toEqual([{ path: 'params.regionCode', message: '时间银行规则设在街道（乡镇）、区县、市或省' }]);
    expect(await countRows(c.t, 'audit_events')).toBe(before);
    expect((await c.street.get(url(NANJING_EAST))).json().pointsPerHour).toBe(12);
  });

  it('lets residents and leaders read the rules above them, but not change them (403)', async () => {
    expect((await c.resident.get(url(NANJING_EAST))).json()).toMatchObject({ pointsPerHour: 12, abilities: { update: false } });
    expect((await c.leader.get(url('310101'))).json().pointsPerHour).toBe(8);
    for (const client of [c.resident, c.leader, c.committee, c.admin])
      expect((await client.put(url(NANJING_EAST), rule)).statusCode).toBe(403);
    expect((await c.admin.get(url(NANJING_EAST))).statusCode).toBe(403);
  });

  it('hides other regions: 404 for reading and setting', async () => {
    for (const client of [c.jinganStreet, c.jinganCivil, c.jinganResident]) {
      const response = await client.get(url(NANJING_EAST));
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
    expect((await c.jinganCivil.put(url(NANJING_EAST), rule)).statusCode).toBe(404);
    expect((await c.resident.get(url(WAITAN))).statusCode).toBe(404);
  });
});
