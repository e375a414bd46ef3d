// 重大活动报告 (suzhou-2021 二（四）2, shanghai-2021 四（二）): reported before it starts, acknowledged by the level its
// size reaches, and only then held. The shipped shanghai-2021 rule: the four kinds or 100 people; committee, street
// from 200, district from 1,000; 3 days ahead.
import type { ActivityDetail, MajorReportListItem } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { login } from '../../test/test-app.js';
import {
  activityBody,
  activityFixture,
  actOn,
  countRows,
  createActivity,
  inDays,
  moveIntoPast,
  type ActivityFixture,
} from './activities.test-setup.js';

let f: ActivityFixture;
beforeAll(async () => {
  f = await activityFixture();
});
afterAll(() => f.c.t.close());

const gathering = (organizationId: string, overrides: Record<string, unknown> = {}) =>
  activityBody(organizationId, { title: '邻里文化节集会', kind: 'gathering', seriesId: null, expectedParticipants: 300, ...overrides });
const fileReport = (client: typeof f.c.leader, activity: Pick<ActivityDetail, 'id' | 'version'>) =>
  client.post(`/api/v1/activities/${activity.id}/report`, { version: activity.version });
const decide = (client: typeof f.c.leader, report: { id: string; version: number }, decision: 'acknowledge' | 'return', comment = '') =>
  client.post(`/api/v1/major-activity-reports/${report.id}/${decision}`, { version: report.version, comment });
const queueOf = async (client: typeof f.c.leader) =>
  ((await client.get('/api/v1/major-activity-reports?queue=mine')).json().items as MajorReportListItem[]).map((r) => r.activity.title);

describe("a leader's gathering of 300 next week", () => {
  let activity: ActivityDetail;

  it('is major, for the street to acknowledge, and cannot be held without a report', async () => {
    activity = await createActivity(f.c.leader, gathering(f.team, { title: '三百人广场集会' }));
    expect(activity).toMatchObject({
      major: {
        required: true,
        level: 'street',
        leadDays: 3,
        reasons: [{ packId: 'shanghai-2021', source: '沪民社管发〔2021〕2号 四（二）', kind: 'gathering', threshold: 100 }],
      },
      report: null,
      heldBlockedBy: 'report_missing',
      abilities: { fileReport: true },
    });
    const held = await f.c.leader.post(`/api/v1/activities/${activity.id}/held`, { actualParticipants: 280, version: activity.version });
    expect(held.statusCode).toBe(409);
    expect(held.json()).toMatchObject({ code: 'major_report_required', title: '重大活动须先报告' });
  });

  it('is reported in time and waits in the street queue, not the committee or another street', async () => {
    const auditBefore = await countRows(f.c.t, 'audit_events');
    const filed = await fileReport(f.c.leader, activity);
    expect(filed.statusCode).toBe(200);
    activity = filed.json();
    expect(activity.report).toMatchObject({ level: 'street', status: 'reported', late: false, reportedByName: '队长周', version: 1 });
    expect(activity.heldBlockedBy).toBe('report_pending');
    expect(activity.abilities.fileReport).toBe(false);
    expect(await countRows(f.c.t, 'audit_events')).toBe(auditBefore + 1);
    expect(await queueOf(f.c.street)).toEqual(['三百人广场集会']);
    expect(await queueOf(f.c.committee)).toEqual([]);
    expect(await queueOf(f.c.jinganStreet)).toEqual([]);
    const again = await fileReport(f.c.leader, activity);
    expect(again.json().code).toBe('major_report_already_filed');
    const pending = await f.c.leader.post(`/api/v1/activities/${activity.id}/held`, { actualParticipants: 280, version: activity.version });
    expect(pending.json().code).toBe('major_report_pending');
  });

  it('only the street officer of its street acknowledges it', async () => {
    const report = activity.report!;
    for (const client of [f.c.committee, f.c.civil]) {
      const response = await decide(client, report, 'acknowledge');
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
    expect((await decide(f.c.jinganStreet, report, 'acknowledge')).statusCode).toBe(404);
    expect((await decide(f.c.leader, report, 'acknowledge')).statusCode).toBe(403);
    const stale = await decide(f.c.street, { ...report, version: 0 }, 'acknowledge');
    expect(stale.json().code).toBe('version_conflict');
    const acknowledged = await decide(f.c.street, report, 'acknowledge', '请做好安全预案');
    expect(acknowledged.statusCode).toBe(200);
    expect(acknowledged.json()).toMatchObject({
      status: 'acknowledged',
      decidedByName: '街道赵',
      comment: '请做好安全预案',
      version: 2,
      abilities: { acknowledge: false, return: false },
      activity: { title: '三百人广场集会', expectedParticipants: 300 },
    });
    expect((await decide(f.c.street, acknowledged.json(), 'return', '再议')).json().code).toBe('major_report_decided');
    expect(await queueOf(f.c.street)).toEqual([]);
  });

  it('is held once it has started, and not before', async () => {
    activity = (await f.c.leader.get(`/api/v1/activities/${activity.id}`)).json();
    expect(activity.heldBlockedBy).toBe('not_started');
    const early = await f.c.leader.post(`/api/v1/activities/${activity.id}/held`, { actualParticipants: 280, version: activity.version });
    expect(early.json().code).toBe('activity_not_started');
    await moveIntoPast(f.c.t, activity.id, 8);
    const held = await actOn(f.c.leader, activity, 'held', { actualParticipants: 280, version: activity.version });
    expect(held).toMatchObject({ status: 'held', actualParticipants: 280, report: { status: 'acknowledged' } });
  });
});

describe('levels, lateness and refusals', () => {
  it('a small festival goes to its committee; the committee worker who recorded it cannot acknowledge it', async () => {
    const festival = await createActivity(
      f.c.committee,
      gathering(f.team, { title: '中秋游园', kind: 'festival', expectedParticipants: 60 }),
    );
    const reported: ActivityDetail = (await fileReport(f.c.committee, festival)).json();
    expect(reported.report).toMatchObject({ level: 'committee', status: 'reported' });
    const own = await decide(f.c.committee, reported.report!, 'acknowledge');
    expect(own.json().code).toBe('separation_of_duties');
    expect((await decide(f.c.street, reported.report!, 'acknowledge')).json().code).toBe('forbidden');
    expect(await queueOf(f.c.colleague)).toEqual(['中秋游园']);
    expect((await decide(f.c.colleague, reported.report!, 'acknowledge')).json().status).toBe('acknowledged');
  });

  it('an organization at street level reports to the street; 1,000 people go to the district', async () => {
    const streetLevel = await createActivity(f.c.streetLeader, gathering(f.streetTeam, { kind: 'performance', expectedParticipants: 80 }));
    expect(streetLevel.major.level).toBe('street');
    const big = await createActivity(
      f.c.leader,
      gathering(f.team, { title: '千人健步走', kind: 'competition', expectedParticipants: 1200 }),
    );
    const reported: ActivityDetail = (await fileReport(f.c.leader, big)).json();
    expect(reported.report!.level).toBe('district');
    expect((await decide(f.c.street, reported.report!, 'acknowledge')).json().code).toBe('forbidden');
    expect(await queueOf(f.c.civil)).toContain('千人健步走');
    expect((await decide(f.c.civil, reported.report!, 'acknowledge')).statusCode).toBe(200);
  });

  it('a report filed within three days of the start is flagged late but accepted', async () => {
    const soon = await createActivity(f.c.leader, gathering(f.team, { startsAt: inDays(1), endsAt: inDays(1, 3) }));
    const reported: ActivityDetail = (await fileReport(f.c.leader, soon)).json();
    expect(reported.report).toMatchObject({ status: 'reported', late: true });
  });

  it('is refused once the activity has started, and for an activity that is not major', async () => {
    const started = await createActivity(f.c.leader, gathering(f.team, { startsAt: inDays(0, -1), endsAt: inDays(0, 2) }));
    expect(started.abilities.fileReport).toBe(false);
    const late = await fileReport(f.c.leader, started);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'activity_already_started', title: '活动已经开始' });
    const small = await createActivity(f.c.leader, activityBody(f.team));
    expect((await fileReport(f.c.leader, small)).json().code).toBe('major_report_not_required');
    expect((await fileReport(f.c.leader, { ...small, version: 9 })).json().code).toBe('version_conflict');
    // neither the unreported major activity nor the small one left a report behind
    const reports = await f.c.t.database.driver.query(
      'SELECT count(*)::int AS n FROM major_activity_reports WHERE activity_id IN ($1, $2)',
      [started.id, small.id],
      'object',
    );
    expect(reports.rows).toEqual([{ n: 0 }]);
  });

  it('a return needs a comment; the leader files again and it waits once more', async () => {
    const activity = await createActivity(f.c.leader, gathering(f.team, { title: '退回再报的集会' }));
    const report = ((await fileReport(f.c.leader, activity)).json() as ActivityDetail).report!;
    const bare = await decide(f.c.street, report, 'return');
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors.map((e: { path: string }) => e.path)).toEqual(['comment']);
    const returned = await decide(f.c.street, report, 'return', '请补充安保方案');
    expect(returned.json()).toMatchObject({ status: 'returned', comment: '请补充安保方案', voidedByChange: false });
    const refiled: ActivityDetail = (await fileReport(f.c.leader, activity)).json();
    expect(refiled.report).toMatchObject({ status: 'reported', comment: '', decidedByName: null, version: 3 });
    expect(await queueOf(f.c.street)).toContain('退回再报的集会');
  });

  it('changing what was reported sends the report back to be filed again, at the level the change needs', async () => {
    const activity = await createActivity(f.c.leader, gathering(f.team, { title: '规模变化的集会' }));
    const report = ((await fileReport(f.c.leader, activity)).json() as ActivityDetail).report!;
    await decide(f.c.street, report, 'acknowledge');
    const untouched = await f.c.leader.patch(`/api/v1/activities/${activity.id}`, { summary: '增加签到环节', version: activity.version });
    expect(untouched.json().report.status).toBe('acknowledged');
    const grown = await f.c.leader.patch(`/api/v1/activities/${activity.id}`, {
      expectedParticipants: 1500,
      version: untouched.json().version,
    });
    expect(grown.json()).toMatchObject({
      major: { level: 'district' },
      report: { status: 'returned', voidedByChange: true, level: 'street' },
      heldBlockedBy: 'report_missing',
      abilities: { fileReport: true },
    });
    const audit = await f.c.t.database.driver.query(
      `SELECT after FROM audit_events WHERE action = 'major_report.returned' AND target_id = $1`,
      [report.id],
      'object',
    );
    expect(audit.rows).toEqual([{ after: { status: 'returned', cause: 'activity_changed', fields: ['expectedParticipants'] } }]);
    const refiled: ActivityDetail = (await fileReport(f.c.leader, grown.json())).json();
    expect(refiled.report).toMatchObject({ level: 'district', status: 'reported' });
  });

  it('a cancelled activity leaves the queue and its report can no longer be decided', async () => {
    const activity = await createActivity(f.c.leader, gathering(f.team, { title: '取消的集会' }));
    const reported: ActivityDetail = (await fileReport(f.c.leader, activity)).json();
    await actOn(f.c.leader, reported, 'cancel', { version: reported.version });
    expect(await queueOf(f.c.street)).not.toContain('取消的集会');
    expect((await decide(f.c.street, reported.report!, 'acknowledge')).json().code).toBe('activity_not_planned');
  });

  it('two officers acknowledging at once: one succeeds, the other is told it changed', async () => {
    const activity = await createActivity(f.c.longquan, gathering(f.longquanGroup, { title: '同时确认的集会' }));
    const report = ((await fileReport(f.c.longquan, activity)).json() as ActivityDetail).report!;
    await buildUser(f.c.t.services, { role: 'street_officer', regionCode: '310101002', username: 'street2', displayName: '街道钱' });
    const otherOfficer = await login(f.c.t.app, 'street2');
    const answers = await Promise.all([decide(f.c.street, report, 'acknowledge'), decide(otherOfficer, report, 'acknowledge')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
  });
});

describe('the reports list', () => {
  it('filters by region, status and level within scope; bad filters are 400s', async () => {
    const get = async (client: typeof f.c.leader, query: string) => (await client.get(`/api/v1/major-activity-reports?${query}`)).json();
    const all = await get(f.c.street, 'pageSize=100');
    expect(all.total).toBeGreaterThan(5);
    expect(all.items.every((r: MajorReportListItem) => r.regionCode.startsWith('310101002'))).toBe(true);
    const districtLevel = await get(f.c.civil, 'level=district');
    expect(districtLevel.items.map((r: MajorReportListItem) => r.activity.title)).toEqual(['规模变化的集会', '千人健步走']);
    const longquan = await get(f.c.street, 'region=310101002002&status=acknowledged');
    expect(longquan.items.map((r: MajorReportListItem) => r.activity.title)).toEqual(['同时确认的集会']);
    expect((await get(f.c.jinganStreet, '')).total).toBe(0);
    const bad = await f.c.street.get('/api/v1/major-activity-reports?level=city&status=done');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['querystring.level.0', 'querystring.status.0']);
  });
});
