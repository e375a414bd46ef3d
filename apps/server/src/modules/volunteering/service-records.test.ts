// Confirming hours: after the need ended, within 10 working days, only for volunteers who signed up, never one's
// own, never twice, never more than the need lasted; points by the rule of the need's street, down the chain.
import type { ServiceRecord, Volunteer, VolunteerNeed } from '@linli/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { volunteers } from '../../db/schema.js';
import {
  confirm,
  countRows,
  needBody,
  oldNeed,
  pastNeedBody,
  postNeed,
  register,
  signUp,
  volunteeringCast,
  YUNNAN_MIDDLE,
  type VolunteeringCast,
} from './volunteering.test-setup.js';

let c: VolunteeringCast;
let zhang: Volunteer;
let wang: Volunteer;
let leaderAsVolunteer: Volunteer;
beforeAll(async () => {
  c = await volunteeringCast();
  zhang = await register(c.resident);
  wang = await register(c.neighbour);
  leaderAsVolunteer = await register(c.leader);
});
afterAll(() => c.t.close());

const balances = async (id: string) => {
  const [row] = await c.t.database.db.select().from(volunteers).where(eq(volunteers.id, id));
  return { hours: Number(row!.hoursConfirmed), points: row!.pointsBalance };
};

const confirmHours = (client: VolunteeringCast['leader'], needId: string, body: Record<string, unknown>) =>
  client.post(`/api/v1/volunteer-needs/${needId}/service-records`, body);

describe('confirming hours', () => {
  let need: VolunteerNeed;
  beforeAll(async () => {
    need = await postNeed(c.leader, pastNeedBody(c.organizations.team, { title: '社区义诊协助' }));
    await signUp(c.resident, need.id);
    await signUp(c.neighbour, need.id);
    await signUp(c.leader, need.id);
  });

  it('writes the record (who, what, where, when, how long, by whom) and moves hours and points together', async () => {
    const record = await confirm(c.leader, need.id, zhang.id, 2.5);
    expect(record).toMatchObject({
      volunteerName: '张伟',
      organizationName: '云南中路睦邻队',
      regionCode: YUNNAN_MIDDLE,
      content: '社区义诊协助',
      place: '云南中路 100 弄',
      startedAt: need.startsAt,
      endedAt: need.endsAt,
      hours: 2.5,
      points: 25, // the platform default: 10 points an hour
      confirmedByName: '队长周',
    });
    expect(await balances(zhang.id)).toEqual({ hours: 2.5, points: 25 });
  });

  it('refuses a second confirmation with 409 already_confirmed, writing nothing', async () => {
    const before = await countRows(c.t, 'audit_events');
    const response = await confirmHours(c.committee, need.id, { volunteerId: zhang.id, hours: 1 });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'already_confirmed', title: '时长已经确认过' });
    expect(await balances(zhang.id)).toEqual({ hours: 2.5, points: 25 });
    expect(await countRows(c.t, 'audit_events')).toBe(before);
  });

  it('refuses hours of zero, below zero, past two decimals or beyond the need’s 3 hours (400 at hours)', async () => {
    const before = await countRows(c.t, 'service_records');
    for (const [hours, message] of [
      [0, undefined],
      [-1, undefined],
      [1.234, '时长最多保留两位小数'],
      [3.01, '时长不能超过服务时段的长度'],
      ['2', undefined],
    ] as const) {
      const response = await confirmHours(c.leader, need.id, { volunteerId: wang.id, hours });
      expect(response.statusCode, String(hours)).toBe(400);
      expect(response.json().errors[0].path).toBe('hours');
      if (message) expect(response.json().errors[0].message).toBe(message);
    }
    expect(await countRows(c.t, 'service_records')).toBe(before);
    expect(await balances(wang.id)).toEqual({ hours: 0, points: 0 });
  });

  it('confirms only volunteers who signed up (400 at volunteerId)', async () => {
    const stranger = await register(c.otherLeader);
    const response = await confirmHours(c.leader, need.id, { volunteerId: stranger.id, hours: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'volunteerId', message: '该志愿者没有报名此需求' }]);
  });

  it("refuses a leader's own hours (403 own_service_hours), though they lead the organization", async () => {
    const response = await confirmHours(c.leader, need.id, { volunteerId: leaderAsVolunteer.id, hours: 1 });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'own_service_hours', title: '不能确认本人的服务时长' });
    expect(await balances(leaderAsVolunteer.id)).toEqual({ hours: 0, points: 0 });
    // the committee confirms them instead
    expect((await confirm(c.committee, need.id, leaderAsVolunteer.id, 3)).confirmedByName).toBe('居委孙');
  });

  it('answers 403 for residents and the administrator, 404 for offices of another region and other leaders', async () => {
    for (const client of [c.resident, c.admin])
      expect((await confirmHours(client, need.id, { volunteerId: wang.id, hours: 1 })).statusCode).toBe(403);
    for (const client of [c.jinganStreet, c.jinganCommittee]) {
      const response = await confirmHours(client, need.id, { volunteerId: wang.id, hours: 1 });
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
    // another leader of the street sees the open need but does not manage it
    expect((await confirmHours(c.otherLeader, need.id, { volunteerId: wang.id, hours: 1 })).statusCode).toBe(403);
    expect(await balances(wang.id)).toEqual({ hours: 0, points: 0 });
  });

  it('waits until the need ended (409 need_not_ended)', async () => {
    const upcoming = await postNeed(c.leader, needBody(c.organizations.team));
    await signUp(c.resident, upcoming.id);
    const response = await confirmHours(c.leader, upcoming.id, { volunteerId: zhang.id, hours: 1 });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('need_not_ended');
  });

  it('closes 10 working days after the end (409 confirmation_window_closed), and takes no sign-ups then', async () => {
    const old = await oldNeed(c.t, c.organizations.team, YUNNAN_MIDDLE, 20, [wang.id]);
    const response = await confirmHours(c.leader, old.id, { volunteerId: wang.id, hours: 1 });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'confirmation_window_closed', title: '已超过时长确认期限' });
    expect(response.json().detail).toMatch(/^志愿服务时长须在服务结束后 10 个工作日内确认，期限为 \d{4}-\d{2}-\d{2}。$/);
    expect((await c.resident.post(`/api/v1/volunteer-needs/${old.id}/signups`)).json().code).toBe('confirmation_window_closed');
    expect(await balances(wang.id)).toEqual({ hours: 0, points: 0 });
  });

  it('lets two confirmations at the same moment write one record', async () => {
    const twice = await Promise.all([
      confirmHours(c.leader, need.id, { volunteerId: wang.id, hours: 1 }),
      confirmHours(c.committee, need.id, { volunteerId: wang.id, hours: 1 }),
    ]);
    expect(twice.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await balances(wang.id)).toEqual({ hours: 1, points: 10 });
  });
});

describe('points by the rule of the need’s street', () => {
  const pointsFor = async (hours: number) => {
    const need = await postNeed(c.leader, pastNeedBody(c.organizations.team));
    await signUp(c.resident, need.id);
    return (await confirm(c.committee, need.id, zhang.id, hours)).points;
  };

  it('inherits the district’s rule, then prefers the street’s own, rounding points down', async () => {
    expect(await pointsFor(1)).toBe(10);
    expect((await c.civil.put('/api/v1/time-bank-rules/310101', { pointsPerHour: 7, starHours: [10, 20] })).statusCode).toBe(200);
    expect(await pointsFor(1.5)).toBe(10); // 10.5 → 10
    expect((await c.street.put('/api/v1/time-bank-rules/310101002', { pointsPerHour: 12, starHours: [10, 20] })).statusCode).toBe(200);
    expect(await pointsFor(0.25)).toBe(3);
  });
});

describe("a volunteer's balance and history", () => {
  it('shows the volunteer their hours, points, star and records, newest first', async () => {
    const history = (await c.resident.get('/api/v1/volunteers/me/records?pageSize=2')).json();
    expect(history.volunteer).toMatchObject({
      id: zhang.id,
      hoursConfirmed: 5.25,
      pointsBalance: 48,
      star: { level: 0, nextLevelHours: 10 },
    });
    expect(history.total).toBe(4);
    expect(history.items).toHaveLength(2);
    const dates = history.items.map((r: ServiceRecord) => r.startedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect((await c.committee.get('/api/v1/volunteers/me/records')).statusCode).toBe(403);
    expect((await c.hubLeader.get('/api/v1/volunteers/me/records')).json().code).toBe('volunteer_not_registered');
  });

  it('lists service records: the offices of the region, a leader their own organizations', async () => {
    const all = (await c.street.get('/api/v1/service-records?pageSize=200')).json();
    expect(all.total).toBe(6);
    expect((await c.leader.get('/api/v1/service-records?pageSize=200')).json().total).toBe(6);
    expect((await c.otherLeader.get('/api/v1/service-records')).json().total).toBe(0);
    expect((await c.jinganStreet.get('/api/v1/service-records')).json().total).toBe(0);
    expect((await c.resident.get('/api/v1/service-records')).statusCode).toBe(403);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    expect((await c.street.get(`/api/v1/service-records?from=${day(-1)}&to=${day(1)}`)).json().total).toBe(6);
    expect((await c.street.get('/api/v1/service-records?from=2020-01-01&to=2020-01-31')).json().total).toBe(0);
  });
});
