// The monthly volunteer-hours roll-up: per child region, and the region's own records, inside the viewer's scope.
import type { MonthlyHours } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirm,
  LONGQUAN,
  NANJING_EAST,
  pastNeedBody,
  postNeed,
  register,
  signUp,
  volunteeringCast,
  XINAN,
  YUNNAN_MIDDLE,
  type VolunteeringCast,
} from './volunteering.test-setup.js';
import { chinaDate } from './working-days.js';

let c: VolunteeringCast;
let month: string;
beforeAll(async () => {
  c = await volunteeringCast();
  const zhang = await register(c.resident);
  const wang = await register(c.neighbour);
  const liu = await register(c.jinganResident);
  const team = await postNeed(c.leader, pastNeedBody(c.organizations.team));
  const hub = await postNeed(c.hubLeader, pastNeedBody(c.organizations.hub));
  const jingan = await postNeed(c.jinganCommittee, pastNeedBody(c.organizations.jinganTeam));
  for (const [need, client, volunteer, hours] of [
    [team, c.resident, zhang, 2],
    [team, c.neighbour, wang, 1.5],
    [hub, c.resident, zhang, 3],
    [jingan, c.jinganResident, liu, 2],
  ] as const) {
    await signUp(client, need.id);
    await confirm(need.organizationId === c.organizations.jinganTeam ? c.jinganCommittee : c.street, need.id, volunteer.id, hours);
  }
  month = chinaDate(new Date(team.startsAt)).slice(0, 7);
});
afterAll(() => c.t.close());

const rollUp = (client: VolunteeringCast['street'], query: string) => client.get(`/api/v1/volunteering/monthly-hours?${query}`);

describe('monthly volunteer hours', () => {
  it("rolls a street's month up per community, with the street's own organizations first", async () => {
    const result: MonthlyHours = (await rollUp(c.street, `region=${NANJING_EAST}&month=${month}`)).json();
    expect(result).toMatchObject({ regionCode: NANJING_EAST, regionName: '南京东路街道', month });
    expect(result.rows[0]).toEqual({
      regionCode: NANJING_EAST,
      regionName: '南京东路街道',
      own: true,
      hours: 3,
      records: 1,
      volunteers: 1,
    });
    const yunnan = result.rows.find((row) => row.regionCode === YUNNAN_MIDDLE);
    expect(yunnan).toEqual({ regionCode: YUNNAN_MIDDLE, regionName: '云南中路居委会', own: false, hours: 3.5, records: 2, volunteers: 2 });
    expect(result.rows.find((row) => row.regionCode === LONGQUAN)).toMatchObject({ hours: 0, records: 0, volunteers: 0 });
    // 张伟 served in the street and in 云南中路: one volunteer in the total
    expect(result.total).toEqual({ hours: 6.5, records: 3, volunteers: 2 });
  });

  it('rolls a district up per street, and takes the current month when none is given', async () => {
    const district: MonthlyHours = (await rollUp(c.civil, `region=310101&month=${month}`)).json();
    expect(district.rows.find((row) => row.regionCode === NANJING_EAST)).toMatchObject({ hours: 6.5, records: 3 });
    expect(district.rows.every((row) => row.regionCode.length === 9)).toBe(true);
    const current = chinaDate(new Date()).slice(0, 7);
    expect((await rollUp(c.civil, 'region=310101')).json().month).toBe(current);
    expect((await rollUp(c.civil, `region=310101&month=2020-01`)).json().total).toEqual({ hours: 0, records: 0, volunteers: 0 });
  });

  it('keeps to the viewer’s scope: another district is 400 unknown_region at the region', async () => {
    for (const [client, region] of [
      [c.jinganStreet, NANJING_EAST],
      [c.committee, NANJING_EAST],
      [c.street, XINAN],
    ] as const) {
      const response = await rollUp(client, `region=${region}&month=${month}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'unknown_region', errors: [{ path: 'querystring.region' }] });
    }
    expect((await rollUp(c.jinganStreet, `region=310106006&month=${month}`)).json().total.hours).toBe(2);
  });

  it('refuses a malformed month or region (400) and roles without the registry (403)', async () => {
    for (const query of [`region=${NANJING_EAST}&month=2026-13`, `region=${NANJING_EAST}&month=202603`, 'month=2026-03', 'region=x']) {
      const response = await rollUp(c.street, query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors[0].path).toMatch(/^querystring\.(region|month)$/);
    }
    for (const client of [c.resident, c.leader, c.admin]) expect((await rollUp(client, `region=${NANJING_EAST}`)).statusCode).toBe(403);
  });
});
