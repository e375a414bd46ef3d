// Volunteer needs: who posts them, who sees them, signing up and withdrawing.
import type { Volunteer, VolunteerNeed } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  hoursFromNow,
  ids,
  needBody,
  pastNeedBody,
  postNeed,
  register,
  signUp,
  volunteeringCast,
  YUNNAN_MIDDLE,
  type VolunteeringCast,
} from './volunteering.test-setup.js';

let c: VolunteeringCast;
let volunteer: Volunteer;
beforeAll(async () => {
  c = await volunteeringCast();
  volunteer = await register(c.resident);
  await register(c.neighbour);
  await register(c.jinganResident);
  await register(c.otherLeader);
});
afterAll(() => c.t.close());

const errorPaths = (response: { json(): { errors?: { path: string }[] } }) => response.json().errors?.map((e) => e.path);

describe('posting a need', () => {
  it('lets a leader post for the organization they lead, in its community', async () => {
    const need = await postNeed(c.leader, needBody(c.organizations.team));
    expect(need).toMatchObject({
      organizationName: '云南中路睦邻队',
      regionCode: YUNNAN_MIDDLE,
      regionPath: '黄浦区 / 南京东路街道 / 云南中路居委会',
      status: 'open',
      slots: 5,
      signedUp: 0,
      version: 1,
      mySignup: null,
      abilities: { update: true, close: true, confirm: false, signUp: true, withdraw: false },
    });
  });

  it('lets offices post for organizations of their region', async () => {
    for (const client of [c.committee, c.street, c.civil]) await postNeed(client, needBody(c.organizations.team));
  });

  it('refuses bad input with 400 at the field, writing nothing', async () => {
    const before = await countRows(c.t, 'volunteer_needs');
    const team = c.organizations.team;
    const cases: [Record<string, unknown>, string][] = [
      [needBody(team, { title: '' }), 'title'],
      [needBody(team, { slots: 0 }), 'slots'],
      [needBody(team, { slots: 1.5 }), 'slots'],
      [needBody(team, { startsAt: 'tomorrow' }), 'startsAt'],
      [needBody(team, { endsAt: hoursFromNow(47) }), 'endsAt'],
      [needBody(team, { skills: ['a', 'a'] }), 'skills'],
      [needBody('not-a-uuid'), 'organizationId'],
      // ended a month ago: its hours could never be confirmed
      [needBody(team, { startsAt: hoursFromNow(-24 * 30 - 2), endsAt: hoursFromNow(-24 * 30) }), 'endsAt'],
    ];
    for (const [body, path] of cases) {
      const response = await c.leader.post('/api/v1/volunteer-needs', body);
      expect(response.statusCode, path).toBe(400);
      expect(errorPaths(response)).toContain(path);
    }
    expect(await countRows(c.t, 'volunteer_needs')).toBe(before);
  });

  it("refuses another leader's organization and one outside the office's region (400 unknown_organization)", async () => {
    for (const [client, organization] of [
      [c.leader, c.organizations.otherTeam],
      [c.jinganCommittee, c.organizations.team],
      [c.jinganStreet, c.organizations.team],
      [c.committee, c.organizations.jinganTeam],
    ] as const) {
      const response = await client.post('/api/v1/volunteer-needs', needBody(organization));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ path: 'organizationId', message: '组织不存在或不在您的管辖范围内' }]);
    }
  });

  it('is for leaders and offices (403 for residents and the administrator)', async () => {
    for (const client of [c.resident, c.admin]) {
      const response = await client.post('/api/v1/volunteer-needs', needBody(c.organizations.team));
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
  });
});

describe('who sees a need', () => {
  let need: VolunteerNeed;
  beforeAll(async () => {
    need = await postNeed(c.leader, needBody(c.organizations.team, { title: '独居老人探访' }));
  });

  it('shows the open needs of the street to its residents, and nothing of other streets', async () => {
    for (const client of [c.resident, c.neighbour, c.otherLeader]) {
      expect(ids((await client.get('/api/v1/volunteer-needs?pageSize=200')).json().items)).toContain(need.id);
      expect((await client.get(`/api/v1/volunteer-needs/${need.id}`)).json().abilities).toMatchObject({ update: false, signUp: true });
    }
    for (const client of [c.jinganResident, c.jinganCommittee, c.jinganStreet]) {
      expect(ids((await client.get('/api/v1/volunteer-needs?pageSize=200')).json().items)).not.toContain(need.id);
      const response = await client.get(`/api/v1/volunteer-needs/${need.id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
  });

  it('filters by organization, status, period and title', async () => {
    const list = (query: string) => c.street.get(`/api/v1/volunteer-needs?pageSize=200&${query}`).then((r) => ids(r.json().items));
    expect(await list('q=探访')).toEqual([need.id]);
    expect(await list(`organizationId=${c.organizations.otherTeam}`)).toEqual([]);
    expect(await list('status=closed')).toEqual([]);
    expect(await list(`from=${new Date().toISOString().slice(0, 10)}`)).toContain(need.id);
    const bad = await c.street.get('/api/v1/volunteer-needs?status=gone');
    expect(bad.statusCode).toBe(400);
    expect(errorPaths(bad)).toEqual(['querystring.status.0']);
    expect(errorPaths(await c.street.get('/api/v1/volunteer-needs?from=2026-03-02&to=2026-03-01'))).toEqual(['querystring.to']);
  });

  it('keeps editing to its organization and the offices of its region', async () => {
    const change = { title: '独居老人探访（第二期）', version: need.version };
    for (const client of [c.otherLeader, c.resident]) {
      const response = await client.patch(`/api/v1/volunteer-needs/${need.id}`, change);
      expect(response.statusCode).toBe(403);
    }
    expect((await c.jinganStreet.patch(`/api/v1/volunteer-needs/${need.id}`, change)).statusCode).toBe(404);
    const changed = await c.leader.patch(`/api/v1/volunteer-needs/${need.id}`, change);
    expect(changed.json()).toMatchObject({ title: '独居老人探访（第二期）', version: 2 });
    const stale = await c.committee.patch(`/api/v1/volunteer-needs/${need.id}`, { slots: 3, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const backwards = await c.leader.patch(`/api/v1/volunteer-needs/${need.id}`, { endsAt: hoursFromNow(1), version: 2 });
    expect(backwards.statusCode).toBe(400);
    expect(errorPaths(backwards)).toEqual(['endsAt']);
    need = changed.json();
  });
});

describe('signing up', () => {
  let need: VolunteerNeed;
  beforeAll(async () => {
    need = await postNeed(c.leader, needBody(c.organizations.team, { slots: 2 }));
  });

  it('signs a volunteer up once (a second time is 409 already_signed_up)', async () => {
    const signed = await signUp(c.resident, need.id);
    expect(signed).toMatchObject({ signedUp: 1, mySignup: 'signed_up', abilities: { signUp: false, withdraw: true } });
    const again = await c.resident.post(`/api/v1/volunteer-needs/${need.id}/signups`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'already_signed_up', title: '已经报名' });
  });

  it('refuses a resident who has not registered (409 volunteer_not_registered) and staff (403)', async () => {
    const fresh = await c.hubLeader.post(`/api/v1/volunteer-needs/${need.id}/signups`);
    expect(fresh.statusCode).toBe(409);
    expect(fresh.json().code).toBe('volunteer_not_registered');
    expect((await c.committee.post(`/api/v1/volunteer-needs/${need.id}/signups`)).statusCode).toBe(403);
  });

  it('refuses a sign-up when the places are taken (409 need_full), writing nothing', async () => {
    await signUp(c.neighbour, need.id);
    const before = await countRows(c.t, 'volunteer_signups');
    const full = await c.otherLeader.post(`/api/v1/volunteer-needs/${need.id}/signups`);
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: 'need_full', detail: '该需求的 2 个名额已报满。' });
    expect(await countRows(c.t, 'volunteer_signups')).toBe(before);
  });

  it('cannot shrink the places below the sign-ups (400 at slots)', async () => {
    const response = await c.leader.patch(`/api/v1/volunteer-needs/${need.id}`, { slots: 1, version: need.version });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'slots', message: '名额不能少于已报名的人数' }]);
  });

  it('lets a volunteer withdraw before the start and sign up again', async () => {
    const withdrawn = await c.resident.request('DELETE', `/api/v1/volunteer-needs/${need.id}/signups/me`);
    expect(withdrawn.json()).toMatchObject({ signedUp: 1, mySignup: 'withdrawn' });
    expect((await c.resident.request('DELETE', `/api/v1/volunteer-needs/${need.id}/signups/me`)).statusCode).toBe(404);
    await signUp(c.otherLeader, need.id);
    expect((await c.resident.post(`/api/v1/volunteer-needs/${need.id}/signups`)).json().code).toBe('need_full');
  });

  it('shows the sign-ups to the organization and the offices, names full and phones masked', async () => {
    const signups = (await c.leader.get(`/api/v1/volunteer-needs/${need.id}/signups`)).json().items;
    expect(signups.map((s: { name: string; status: string; phone: string }) => [s.name, s.status, s.phone])).toEqual([
      ['张伟', 'withdrawn', '138****5678'],
      ['王芳', 'signed_up', '138****5678'],
      ['队长吴', 'signed_up', '138****5678'],
    ]);
    expect((await c.committee.get(`/api/v1/volunteer-needs/${need.id}/signups`)).statusCode).toBe(200);
    expect((await c.otherLeader.get(`/api/v1/volunteer-needs/${need.id}/signups`)).statusCode).toBe(403);
    expect((await c.resident.get(`/api/v1/volunteer-needs/${need.id}/signups`)).statusCode).toBe(403);
    expect((await c.jinganStreet.get(`/api/v1/volunteer-needs/${need.id}/signups`)).statusCode).toBe(404);
  });

  it('refuses withdrawing once the service started (409 need_started)', async () => {
    const started = await postNeed(c.leader, needBody(c.organizations.team, { startsAt: hoursFromNow(-1), endsAt: hoursFromNow(2) }));
    await signUp(c.resident, started.id);
    const response = await c.resident.request('DELETE', `/api/v1/volunteer-needs/${started.id}/signups/me`);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('need_started');
  });

  it('takes sign-ups for a need recorded afterwards (补录) until its hours can no longer be confirmed', async () => {
    const recorded = await postNeed(c.leader, pastNeedBody(c.organizations.team));
    expect(recorded.abilities).toMatchObject({ confirm: true, signUp: true });
    expect((await signUp(c.resident, recorded.id)).mySignup).toBe('signed_up');
  });

  it('closes a need: no more sign-ups (409 need_closed) and no more edits', async () => {
    const open = await postNeed(c.leader, needBody(c.organizations.team));
    expect((await c.resident.post(`/api/v1/volunteer-needs/${open.id}/close`, { version: 1 })).statusCode).toBe(403);
    const closed = (await c.leader.post(`/api/v1/volunteer-needs/${open.id}/close`, { version: 1 })).json();
    expect(closed).toMatchObject({ status: 'closed', version: 2, abilities: { update: false, close: false, signUp: false } });
    expect((await c.resident.post(`/api/v1/volunteer-needs/${open.id}/signups`)).statusCode).toBe(404); // residents see open needs only
    const bySigned = await c.otherLeader.post(`/api/v1/volunteer-needs/${open.id}/signups`);
    expect(bySigned.statusCode).toBe(404);
    const again = await c.leader.post(`/api/v1/volunteer-needs/${open.id}/close`, { version: 2 });
    expect(again.json().code).toBe('need_closed');
    expect((await c.leader.get(`/api/v1/volunteer-needs?status=closed`)).json().items.map((n: VolunteerNeed) => n.id)).toEqual([open.id]);
  });

  it('answers 400 at the field for a malformed id or version, 404 across regions, 403 for the administrator', async () => {
    for (const [method, url, body] of [
      ['GET', '/api/v1/volunteer-needs/not-a-uuid', undefined],
      ['POST', '/api/v1/volunteer-needs/not-a-uuid/signups', {}],
      ['DELETE', '/api/v1/volunteer-needs/not-a-uuid/signups/me', undefined],
    ] as const) {
      const response = await c.resident.request(method, url, body);
      expect(response.statusCode, url).toBe(400);
      expect(errorPaths(response)).toEqual(['params.id']);
    }
    const noVersion = await c.leader.post(`/api/v1/volunteer-needs/${need.id}/close`, {});
    expect(noVersion.statusCode).toBe(400);
    expect(errorPaths(noVersion)).toEqual(['version']);
    expect((await c.jinganStreet.post(`/api/v1/volunteer-needs/${need.id}/close`, { version: need.version })).statusCode).toBe(404);
    expect((await c.jinganResident.post(`/api/v1/volunteer-needs/${need.id}/signups`)).statusCode).toBe(404);
    expect((await c.jinganResident.request('DELETE', `/api/v1/volunteer-needs/${need.id}/signups/me`)).statusCode).toBe(404);
    expect((await c.admin.get('/api/v1/volunteer-needs')).statusCode).toBe(403);
    expect((await c.admin.get(`/api/v1/volunteer-needs/${need.id}`)).statusCode).toBe(403);
  });

  it('lists the needs a volunteer signed up for, closed ones included', async () => {
    const mine = (await c.resident.get('/api/v1/volunteer-needs?signedUp=true&status=open,closed&pageSize=200')).json();
    expect(mine.items.every((n: VolunteerNeed) => n.mySignup === 'signed_up')).toBe(true);
    expect(mine.total).toBe(2);
    expect(volunteer.id).toBeTruthy();
  });
});
