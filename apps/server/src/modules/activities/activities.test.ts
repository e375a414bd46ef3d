// Recording activities: create, read, change (version-checked), mark held, cancel; lists and their filters.
import type { Activity, ActivityDetail } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityBody, activityFixture, actOn, bind, createActivity, inDays, type ActivityFixture } from './activities.test-setup.js';

let f: ActivityFixture;
beforeAll(async () => {
  f = await activityFixture();
});
afterAll(() => f.c.t.close());

const titles = (page: { items: Activity[] }) => page.items.map((a) => a.title);

describe('recording an activity', () => {
  it('a leader records a planned activity of their own organization, audited', async () => {
    const created = await createActivity(
      f.c.leader,
      activityBody(f.team, { title: '楼道议事会', beneficiaries: { 老年人: 12, 全体居民: 18 } }),
    );
    expect(created).toMatchObject({
      organizationName: '云南中路合唱队',
      regionCode: '310101002001',
      regionPath: '黄浦区 / 南京东路街道 / 云南中路居委会',
      title: '楼道议事会',
      kind: 'consultation',
      seriesId: 'co-governance',
      seriesName: { zh: '共建共治共享' },
      status: 'planned',
      version: 1,
      beneficiaries: { 老年人: 12, 全体居民: 18 },
      major: { required: false, level: null },
      report: null,
      heldBlockedBy: 'not_started',
      abilities: { update: true, markHeld: true, cancel: true, fileReport: false, attach: true },
      attachments: [],
    });
    const audit = await f.c.t.database.driver.query(
      `SELECT action, after FROM audit_events WHERE target_id = $1 ORDER BY id`,
      [created.id],
      'object',
    );
    expect(audit.rows).toEqual([
      { action: 'activity.created', after: expect.objectContaining({ title: '楼道议事会', kind: 'consultation' }) },
    ]);
  });

  it('offices record for organizations of their region: the committee its community, the street its street', async () => {
    expect((await createActivity(f.c.committee, activityBody(f.team))).organizationName).toBe('云南中路合唱队');
    expect((await createActivity(f.c.street, activityBody(f.longquanGroup))).regionCode).toBe('310101002002');
    expect((await createActivity(f.c.civil, activityBody(f.streetTeam, { seriesId: null }))).seriesName).toBeNull();
  });

  it('offers the series of the packs bound along the region: 上海 four, 宿州 five', async () => {
    const shanghai = (await f.c.leader.get('/api/v1/activity-series?region=310101002001')).json();
    expect(shanghai.series.map((s: { name: { zh: string } }) => s.name.zh)).toEqual(['守望相助', '共建共治共享', '共创平安', '文化铸魂']);
    expect(shanghai.majorActivityRule).toMatchObject({ packIds: ['shanghai-2021'], participantThreshold: 100, leadDays: 3 });
    await bind(f.c.t, '3413', ['suzhou-2021']);
    const suzhou = (await f.c.civil.get('/api/v1/activity-series?region=341302001001')).json();
    expect(suzhou.series).toHaveLength(5);
    expect(suzhou.series.map((s: { packId: string }) => s.packId)).toEqual(Array(5).fill('suzhou-2021'));
  });
});

describe('changing, holding and cancelling', () => {
  let activity: ActivityDetail;
  beforeAll(async () => {
    activity = await createActivity(f.c.leader, activityBody(f.team, { title: '重阳茶话会', kind: 'culture_sports' }));
  });

  it('changes only with the version the editor saw; a stale one is 409 and changes nothing', async () => {
    const changed = await f.c.leader.patch(`/api/v1/activities/${activity.id}`, { venue: '云南中路活动室', version: 1 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ venue: '云南中路活动室', version: 2 });
    const stale = await f.c.committee.patch(`/api/v1/activities/${activity.id}`, { venue: '广场', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    activity = (await f.c.leader.get(`/api/v1/activities/${activity.id}`)).json();
    expect(activity.venue).toBe('云南中路活动室');
  });

  it('a change that ends before the start is refused at endsAt, whichever end was sent', async () => {
    const response = await f.c.leader.patch(`/api/v1/activities/${activity.id}`, { endsAt: inDays(6), version: activity.version });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'endsAt', message: '结束时间须晚于开始时间' }]);
  });

  it('is not marked held before it starts (409 activity_not_started)', async () => {
    const response = await f.c.leader.post(`/api/v1/activities/${activity.id}/held`, { actualParticipants: 20, version: activity.version });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'activity_not_started', title: '活动尚未开始' });
  });

  it('is marked held once it has started, keeping what was planned unless told otherwise', async () => {
    const past = await createActivity(
      f.c.leader,
      activityBody(f.team, { startsAt: inDays(-1), endsAt: inDays(-1, 2), beneficiaries: { 老年人: 20 } }),
    );
    expect(past.heldBlockedBy).toBeNull();
    const held = await actOn(f.c.leader, past, 'held', { actualParticipants: 26, summary: '共 26 人参加', version: 1 });
    expect(held).toMatchObject({
      status: 'held',
      actualParticipants: 26,
      summary: '共 26 人参加',
      beneficiaries: { 老年人: 20 },
      version: 2,
    });
    expect(held.abilities).toMatchObject({ update: false, markHeld: false, cancel: false, attach: true });
    const again = await f.c.leader.post(`/api/v1/activities/${past.id}/held`, { actualParticipants: 26, version: 2 });
    expect(again.json().code).toBe('activity_not_planned');
    const edit = await f.c.leader.patch(`/api/v1/activities/${past.id}`, { title: '改名', version: 2 });
    expect(edit.json().code).toBe('activity_not_planned');
  });

  it('is cancelled once; a cancelled activity is neither held nor changed', async () => {
    const cancelled = await actOn(f.c.leader, activity, 'cancel', { version: activity.version });
    expect(cancelled).toMatchObject({ status: 'cancelled', abilities: { attach: false } });
    for (const [action, body] of [
      ['cancel', { version: cancelled.version }],
      ['held', { actualParticipants: 1, version: cancelled.version }],
    ] as const) {
      const response = await f.c.leader.post(`/api/v1/activities/${activity.id}/${action}`, body);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('activity_not_planned');
    }
  });
});

describe('lists', () => {
  beforeAll(async () => {
    await createActivity(
      f.c.street,
      activityBody(f.longquanGroup, {
        title: '龙泉园路编织课',
        kind: 'culture_sports',
        seriesId: 'culture-soul',
        startsAt: '2025-03-01T09:00:00+08:00',
        endsAt: '2025-03-01T11:00:00+08:00',
      }),
    );
    await createActivity(
      f.c.street,
      activityBody(f.longquanGroup, {
        title: '龙泉园路安全巡逻',
        kind: 'service',
        seriesId: 'shared-safety',
        startsAt: '2025-03-31T23:30:00+08:00',
        endsAt: '2025-04-01T01:00:00+08:00',
      }),
    );
    await createActivity(f.c.jinganCommittee, activityBody(f.jinganTeam, { title: '新安睦邻节' }));
  });

  it('filter by region, organization, kind, series, status and period (China days), newest first', async () => {
    const get = async (query: string) => (await f.c.street.get(`/api/v1/activities?${query}`)).json();
    expect(titles(await get('region=310101002002&to=2025-12-31'))).toEqual(['龙泉园路安全巡逻', '龙泉园路编织课']);
    expect(titles(await get('kind=culture_sports&region=310101002002'))).toEqual(['龙泉园路编织课']);
    expect(titles(await get('seriesId=shared-safety'))).toEqual(['龙泉园路安全巡逻']);
    // 2025-03-31 23:30 in 上海 is 15:30 UTC: it belongs to March
    expect(titles(await get('from=2025-03-01&to=2025-03-31'))).toEqual(['龙泉园路安全巡逻', '龙泉园路编织课']);
    expect(titles(await get('from=2025-04-01&to=2025-04-30'))).toEqual([]);
    expect(titles(await get(`organizationId=${f.longquanGroup}&status=planned&to=2025-12-31`))).toEqual([
      '龙泉园路安全巡逻',
      '龙泉园路编织课',
    ]);
    expect((await get('status=cancelled')).total).toBe(1);
    for (const [query, path] of [
      ['from=2025-04-01&to=2025-03-01', 'querystring.to'],
      ['kind=party', 'querystring.kind.0'],
      ['from=2025-13-01', 'querystring.from'],
    ]) {
      const bad = await f.c.street.get(`/api/v1/activities?${query}`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
  });

  it("one organization's activities, newest first, for its leader and the offices above it", async () => {
    const page = (await f.c.street.get(`/api/v1/organizations/${f.longquanGroup}/activities?page=2&pageSize=1`)).json();
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(titles(page)).toEqual(['龙泉园路安全巡逻']);
    const own = (await f.c.leader.get(`/api/v1/organizations/${f.team}/activities`)).json();
    expect(own.items.every((a: Activity) => a.organizationId === f.team)).toBe(true);
  });
});

describe('bad input is a 400 at the field, and nothing is written', () => {
  it.each([
    ['ends before it starts', { endsAt: inDays(6) }, 'endsAt'],
    ['negative expected participants', { expectedParticipants: -1 }, 'expectedParticipants'],
    ['an unknown kind', { kind: 'picnic' }, 'kind'],
    ['a series the region does not offer (suzhou-2021 only)', { seriesId: 'good-deeds-suzhou' }, 'seriesId'],
    ['an unknown target group', { beneficiaries: { 路人: 3 } }, 'beneficiaries'],
    ['negative beneficiaries', { beneficiaries: { 老年人: -2 } }, 'beneficiaries.老年人'],
    ['a start without an offset', { startsAt: '2030-01-01 09:00' }, 'startsAt'],
    ['no title', { title: '   ' }, 'title'],
  ])('%s', async (_case, overrides, path) => {
    const before = (await f.c.street.get('/api/v1/activities?pageSize=1')).json().total;
    const response = await f.c.leader.post('/api/v1/activities', activityBody(f.team, overrides));
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('validation_failed');
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([path]);
    expect((await f.c.street.get('/api/v1/activities?pageSize=1')).json().total).toBe(before);
  });

  it("an organization outside the actor's reach or not active is refused at organizationId", async () => {
    for (const [client, organizationId, message] of [
      [f.c.leader, f.otherTeam, '组织不存在或不在您的管辖范围内'],
      [f.c.committee, f.jinganTeam, '组织不存在或不在您的管辖范围内'],
      [f.c.committee, f.suspendedGroup, '组织已暂停活动、注销或取缔，不能登记活动'],
    ] as const) {
      const response = await client.post('/api/v1/activities', activityBody(organizationId));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ path: 'organizationId', message }]);
    }
  });

  it('actions without a usable version are a 400 at version', async () => {
    const activity = await createActivity(f.c.leader, activityBody(f.team));
    for (const [action, body] of [
      ['cancel', {}],
      ['report', { version: '1' }],
      ['held', { actualParticipants: 3 }],
    ] as const) {
      const response = await f.c.leader.post(`/api/v1/activities/${activity.id}/${action}`, body);
      expect(response.statusCode, action).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(['version']);
    }
    const malformed = await f.c.leader.request('POST', `/api/v1/activities/${activity.id}/cancel`, '{"version":');
    expect(malformed.json().code).toBe('malformed_json');
    expect((await f.c.leader.get(`/api/v1/activities/${activity.id}`)).json()).toMatchObject({ status: 'planned', version: 1 });
  });

  it('a negative head count when marking held is a 400 at actualParticipants', async () => {
    const past = await createActivity(f.c.leader, activityBody(f.team, { startsAt: inDays(-2), endsAt: inDays(-2, 1) }));
    const response = await f.c.leader.post(`/api/v1/activities/${past.id}/held`, { actualParticipants: -5, version: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(['actualParticipants']);
    expect((await f.c.leader.get(`/api/v1/activities/${past.id}`)).json().status).toBe('planned');
  });
});
