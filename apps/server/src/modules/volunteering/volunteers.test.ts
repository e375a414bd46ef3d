// Registering as a volunteer, the staff's volunteer registry, and a volunteer's history as staff see it.
import type { Volunteer } from '@linli/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, volunteers } from '../../db/schema.js';
import {
  confirm,
  countRows,
  ids,
  LONGQUAN,
  pastNeedBody,
  postNeed,
  register,
  signUp,
  volunteeringCast,
  XINAN,
  YUNNAN_MIDDLE,
  type VolunteeringCast,
} from './volunteering.test-setup.js';

let c: VolunteeringCast;
beforeAll(async () => {
  c = await volunteeringCast();
});
afterAll(() => c.t.close());

describe('registering as a volunteer', () => {
  it('answers 404 before the resident registers', async () => {
    const response = await c.resident.get('/api/v1/volunteers/me');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');
  });

  it('refuses bad input with 400 at the field, writing nothing', async () => {
    const before = await countRows(c.t, 'volunteers');
    const cases: [Record<string, unknown>, string][] = [
      [{ phone: '12345' }, 'phone'],
      [{ skills: ['保洁', '保洁'] }, 'skills'],
      [{ skills: [''] }, 'skills.0'],
      [{ skills: 'x'.repeat(30) }, 'skills'],
      [{ availability: 'x'.repeat(201) }, 'availability'],
      [{ regionCode: 'abc' }, 'regionCode'],
    ];
    for (const [body, path] of cases) {
      const response = await c.resident.post('/api/v1/volunteers/me', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect(await countRows(c.t, 'volunteers')).toBe(before);
  });

  it('registers only in the community of the account: another community is 400 unknown_region', async () => {
    for (const regionCode of [LONGQUAN, XINAN]) {
      const response = await c.resident.post('/api/v1/volunteers/me', { regionCode });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'unknown_region', errors: [{ path: 'regionCode' }] });
    }
  });

  it('asks a leader scoped to a street for their community (400 volunteer_region_level)', async () => {
    const response = await c.hubLeader.post('/api/v1/volunteers/me', {});
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'regionCode', message: '志愿者登记在所居住的社区（村）' }]);
    const registered = await register(c.hubLeader, { regionCode: LONGQUAN });
    expect(registered.regionCode).toBe(LONGQUAN);
  });

  it('registers the resident in their community, the phone encrypted at rest and masked in the answer', async () => {
    const volunteer = await register(c.resident, { skills: ['保洁', '助老'], availability: '周末上午' });
    expect(volunteer).toMatchObject({
      name: '张伟',
      regionCode: YUNNAN_MIDDLE,
      regionPath: '黄浦区 / 南京东路街道 / 云南中路居委会',
      skills: ['保洁', '助老'],
      availability: '周末上午',
      phone: '138****5678',
      hoursConfirmed: 0,
      pointsBalance: 0,
      star: { level: 0, nextLevelHours: 100 },
    });
    const [row] = await c.t.database.db.select().from(volunteers).where(eq(volunteers.id, volunteer.id));
    expect(row!.phoneEnc!.toString('utf8')).not.toContain('13812345678');
    expect(c.t.services.cipher.decrypt(row!.phoneEnc)).toBe('13812345678');
    const [event] = await c.t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, volunteer.id));
    expect(event).toMatchObject({ action: 'volunteer.registered', after: { phone: '138****5678' } });
    expect((await c.resident.get('/api/v1/volunteers/me')).json()).toEqual(volunteer);
  });

  it('refuses a second registration with 409 already_volunteer', async () => {
    const response = await c.resident.post('/api/v1/volunteers/me', {});
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('already_volunteer');
  });

  it('lets the volunteer change skills and phone, and clear the phone', async () => {
    const changed = await c.resident.patch('/api/v1/volunteers/me', { skills: ['助老'], phone: '13900002222' });
    expect(changed.json()).toMatchObject({ skills: ['助老'], phone: '139****2222' });
    expect((await c.resident.patch('/api/v1/volunteers/me', { phone: null })).json().phone).toBeNull();
    expect((await c.resident.patch('/api/v1/volunteers/me', { phone: 'x' })).statusCode).toBe(400);
  });

  it('is for residents and leaders only (403 for staff and the administrator)', async () => {
    for (const client of [c.committee, c.street, c.civil, c.admin]) {
      expect((await client.post('/api/v1/volunteers/me', {})).statusCode).toBe(403);
      expect((await client.get('/api/v1/volunteers/me')).json().code).toBe('forbidden');
      expect((await client.patch('/api/v1/volunteers/me', { skills: [] })).statusCode).toBe(403);
    }
  });
});

describe("the offices' volunteer registry", () => {
  let volunteer: Volunteer;
  beforeAll(async () => {
    volunteer = (await c.resident.get('/api/v1/volunteers/me')).json();
    await register(c.jinganResident, { skills: ['理发'] });
    await register(c.neighbour, { skills: ['理发'], phone: '13700001111' });
    const need = await postNeed(c.leader, pastNeedBody(c.organizations.team, { slots: 10 }));
    await signUp(c.resident, need.id);
    await confirm(c.leader, need.id, volunteer.id, 2.5);
  });

  it('lists the volunteers of the staff member’s region, phones masked', async () => {
    const list = (await c.street.get('/api/v1/volunteers')).json();
    expect(list.items.map((v: Volunteer) => v.name).sort()).toEqual(['中心主任郑', '张伟', '王芳']);
    expect(list.items.find((v: Volunteer) => v.name === '王芳').phone).toBe('137****1111');
    expect(ids((await c.committee.get('/api/v1/volunteers')).json().items)).toEqual([volunteer.id]);
    const jingan = (await c.jinganStreet.get('/api/v1/volunteers')).json();
    expect(jingan.items.map((v: Volunteer) => v.name)).toEqual(['刘洋']);
  });

  it('filters by community, skill, star and name', async () => {
    expect((await c.street.get(`/api/v1/volunteers?region=${LONGQUAN}`)).json().total).toBe(2);
    expect((await c.street.get(`/api/v1/volunteers?region=${LONGQUAN}&skill=理发`)).json().total).toBe(1);
    expect((await c.street.get('/api/v1/volunteers?skill=理发')).json().items.map((v: Volunteer) => v.name)).toEqual(['王芳']);
    expect((await c.street.get('/api/v1/volunteers?q=张')).json().items.map((v: Volunteer) => v.name)).toEqual(['张伟']);
    expect((await c.street.get('/api/v1/volunteers?star=0')).json().total).toBe(3);
    expect((await c.street.get('/api/v1/volunteers?star=1')).json().total).toBe(0);
    const bad = await c.street.get('/api/v1/volunteers?star=x');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('querystring.star');
  });

  it('shows a star once the hours reach the rule of the volunteer’s street', async () => {
    const rule = await c.street.put('/api/v1/time-bank-rules/310101002', { pointsPerHour: 10, starHours: [2, 50] });
    expect(rule.statusCode).toBe(200);
    const list = (await c.street.get('/api/v1/volunteers?star=1')).json();
    expect(list.items.map((v: Volunteer) => [v.name, v.star])).toEqual([['张伟', { level: 1, nextLevelHours: 50 }]]);
    expect((await c.resident.get('/api/v1/volunteers/me')).json().star).toEqual({ level: 1, nextLevelHours: 50 });
  });

  it('shows a volunteer’s records to the staff of their region, and 404 elsewhere', async () => {
    const history = (await c.committee.get(`/api/v1/volunteers/${volunteer.id}/records`)).json();
    expect(history).toMatchObject({ volunteer: { id: volunteer.id, hoursConfirmed: 2.5, pointsBalance: 25 }, total: 1 });
    expect(history.items[0]).toMatchObject({ hours: 2.5, points: 25, organizationName: '云南中路睦邻队', confirmedByName: '队长周' });
    for (const client of [c.jinganStreet, c.jinganCommittee]) {
      const response = await client.get(`/api/v1/volunteers/${volunteer.id}/records`);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
  });

  it('keeps the registry from residents and leaders (403)', async () => {
    for (const client of [c.resident, c.leader, c.admin]) {
      expect((await client.get('/api/v1/volunteers')).statusCode).toBe(403);
      expect((await client.get(`/api/v1/volunteers/${volunteer.id}/records`)).statusCode).toBe(403);
    }
  });
});
