// Scope and roles on every activity endpoint: outside one's region (or organizations) an activity does not exist
// (404), lists never show another region's, and roles without the permission are refused (403).
import type { Activity, ActivityDetail, PublicActivity } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildUser } from '../../test/factories.js';
import { login, type Client } from '../../test/test-app.js';
import { activityBody, activityFixture, actOn, countRows, createActivity, inDays, type ActivityFixture } from './activities.test-setup.js';

let f: ActivityFixture;
let yunnan: ActivityDetail;
let jingan: ActivityDetail;
beforeAll(async () => {
  f = await activityFixture();
  yunnan = await createActivity(
    f.c.leader,
    activityBody(f.team, { title: '云南中路的集会', kind: 'gathering', expectedParticipants: 300 }),
  );
  jingan = await createActivity(f.c.jinganCommittee, activityBody(f.jinganTeam, { title: '新安的活动' }));
  yunnan = (await f.c.leader.post(`/api/v1/activities/${yunnan.id}/report`, { version: 1 })).json();
});
afterAll(() => f.c.t.close());

/** Every endpoint that names an activity (or its report), with a body that would otherwise be accepted. */
const endpoints = (activity: ActivityDetail): [string, string, unknown?][] => [
  ['GET', `/api/v1/activities/${activity.id}`],
  ['PATCH', `/api/v1/activities/${activity.id}`, { title: '改名', version: activity.version }],
  ['POST', `/api/v1/activities/${activity.id}/held`, { actualParticipants: 1, version: activity.version }],
  ['POST', `/api/v1/activities/${activity.id}/cancel`, { version: activity.version }],
  ['POST', `/api/v1/activities/${activity.id}/report`, { version: activity.version }],
];

const call = (client: Client, [method, url, body]: [string, string, unknown?]) =>
  client.request(method as 'GET', url, method === 'GET' ? undefined : body);

describe('outside scope an activity does not exist', () => {
  it("another street's officer, another district's committee, another organization's leader: 404, nothing changes", async () => {
    const auditBefore = await countRows(f.c.t, 'audit_events');
    for (const client of [f.c.jinganStreet, f.c.jinganCommittee, f.c.otherLeader, f.c.longquan, f.c.streetLeader]) {
      for (const endpoint of endpoints(yunnan))
        expect((await call(client, endpoint)).statusCode, `${endpoint[0]} ${endpoint[1]}`).toBe(404);
    }
    for (const client of [f.c.jinganStreet, f.c.jinganCommittee, f.c.longquan]) {
      expect((await client.get(`/api/v1/major-activity-reports/${yunnan.report!.id}`)).statusCode).toBe(404);
      for (const decision of ['acknowledge', 'return'])
        expect(
          (await client.post(`/api/v1/major-activity-reports/${yunnan.report!.id}/${decision}`, { version: 1, comment: '意见' }))
            .statusCode,
        ).toBe(404);
    }
    expect((await f.c.jinganStreet.get(`/api/v1/organizations/${f.team}/activities`)).statusCode).toBe(404);
    expect((await f.c.otherLeader.get(`/api/v1/organizations/${f.team}/activities`)).statusCode).toBe(404);
    expect(await countRows(f.c.t, 'audit_events')).toBe(auditBefore);
    expect((await f.c.leader.get(`/api/v1/activities/${yunnan.id}`)).json()).toMatchObject({ title: '云南中路的集会', version: 1 });
  });

  it("lists never show another region's or another leader's activities and reports", async () => {
    const titlesFor = async (client: Client, url: string) =>
      ((await client.get(url)).json().items as { title?: string; activity?: { title: string } }[]).map((i) => i.title ?? i.activity!.title);
    expect(await titlesFor(f.c.street, '/api/v1/activities')).toEqual(['云南中路的集会']);
    expect(await titlesFor(f.c.street, '/api/v1/activities?region=310106')).toEqual([]);
    expect(await titlesFor(f.c.jinganStreet, '/api/v1/activities')).toEqual(['新安的活动']);
    expect(await titlesFor(f.c.otherLeader, '/api/v1/activities')).toEqual([]);
    expect(await titlesFor(f.c.leader, '/api/v1/activities')).toEqual(['云南中路的集会']);
    expect(await titlesFor(f.c.jinganStreet, '/api/v1/major-activity-reports')).toEqual([]);
    expect(await titlesFor(f.c.street, '/api/v1/major-activity-reports')).toEqual(['云南中路的集会']);
  });
});

describe('roles', () => {
  it('residents and administrators may not read or record activities (403)', async () => {
    for (const client of [f.c.resident, f.c.admin]) {
      for (const endpoint of [
        ...endpoints(jingan),
        ['GET', '/api/v1/activities'],
        ['POST', '/api/v1/activities', activityBody(f.team)],
        ['GET', `/api/v1/organizations/${f.team}/activities`],
        ['GET', '/api/v1/activity-series'],
        ['GET', '/api/v1/major-activity-reports'],
      ] as [string, string, unknown?][])
        expect((await call(client, endpoint)).statusCode, `${endpoint[0]} ${endpoint[1]}`).toBe(403);
    }
  });

  it("leaders file reports but do not see the offices' queue or decide (403)", async () => {
    expect((await f.c.leader.get('/api/v1/major-activity-reports')).statusCode).toBe(403);
    expect(
      (await f.c.leader.post(`/api/v1/major-activity-reports/${yunnan.report!.id}/return`, { version: 1, comment: '不' })).statusCode,
    ).toBe(403);
  });
});

describe('public activities near the viewer', () => {
  let neighbour: Client;
  beforeAll(async () => {
    await createActivity(f.c.street, activityBody(f.longquanGroup, { title: '龙泉园路插花课', startsAt: inDays(2), endsAt: inDays(2, 2) }));
    await createActivity(f.c.leader, activityBody(f.team, { title: '内部例会', isPublic: false }));
    const past = await createActivity(
      f.c.leader,
      activityBody(f.team, { title: '上周的读书会', startsAt: inDays(-7), endsAt: inDays(-7, 2) }),
    );
    await actOn(f.c.leader, past, 'held', { actualParticipants: 18, version: 1 });
    const cancelled = await createActivity(f.c.leader, activityBody(f.team, { title: '取消的活动' }));
    await actOn(f.c.leader, cancelled, 'cancel', { version: 1 });
    await createActivity(f.c.committee, activityBody(f.otherTeam, { title: '读书会分享' }));
    const bund = await buildOrganization(f.c.t.services, { name: '外滩志愿队', regionCode: '310101013' });
    await createActivity(f.c.civil, activityBody(bund.id, { title: '外滩街道的活动', seriesId: null }));
    await buildUser(f.c.t.services, { role: 'resident', regionCode: '310101002001', username: 'neighbour', displayName: '居民卫' });
    neighbour = await login(f.c.t.app, 'neighbour');
  });

  it("a resident sees their street's public activities, soonest first, and no people in them", async () => {
    const upcoming = (await f.c.resident.get('/api/v1/public-activities')).json();
    const titles = upcoming.items.map((a: PublicActivity) => a.title);
    expect(titles[0]).toBe('龙泉园路插花课');
    expect(titles).toEqual(expect.arrayContaining(['云南中路的集会', '读书会分享']));
    for (const hidden of ['内部例会', '新安的活动', '上周的读书会', '取消的活动']) expect(titles).not.toContain(hidden);
    expect(Object.keys(upcoming.items[0]).sort()).toEqual(
      ['endsAt', 'id', 'kind', 'organizationName', 'regionName', 'seriesName', 'startsAt', 'status', 'summary', 'title', 'venue'].sort(),
    );
    const past = (await f.c.resident.get('/api/v1/public-activities?when=past')).json();
    expect(past.items.map((a: PublicActivity) => a.title)).toEqual(['上周的读书会']);
  });

  it('a resident of a community sees the public activities of their whole street, and of no other street', async () => {
    const titles = ((await neighbour.get('/api/v1/public-activities')).json().items as PublicActivity[]).map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['龙泉园路插花课', '云南中路的集会']));
    expect(titles).not.toContain('外滩街道的活动');
    const district = ((await f.c.resident.get('/api/v1/public-activities')).json().items as PublicActivity[]).map((a) => a.title);
    expect(district).toContain('外滩街道的活动');
  });

  it("others see their own region's; the administrators none (403)", async () => {
    const jingan = (await f.c.jinganStreet.get('/api/v1/public-activities')).json();
    expect(jingan.items.map((a: Activity) => a.title)).toEqual(['新安的活动']);
    expect((await f.c.admin.get('/api/v1/public-activities')).statusCode).toBe(403);
  });
});
