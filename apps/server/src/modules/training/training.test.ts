// Training end to end: courses, sessions, a sign-in sheet recorded twice, the lists and their filters, removal,
// and the audit trail.
import type { RecordAttendanceResult, TrainingAttendance, TrainingCourse, TrainingSession } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditActions,
  countRows,
  courseBody,
  HUANGPU,
  NANJING_EAST,
  sessionBody,
  trainingCast,
  type TrainingCast,
} from './training.test-setup.js';

let c: TrainingCast;
beforeAll(async () => {
  c = await trainingCast();
});
afterAll(() => c.t.close());

describe('a street office runs a course', () => {
  let course: TrainingCourse;
  let session: TrainingSession;

  it('creates a course for its own street by default', async () => {
    const response = await c.street.post('/api/v1/training/courses', courseBody());
    expect(response.statusCode, response.body).toBe(201);
    course = response.json();
    expect(course).toMatchObject({
      title: '社区社会组织负责人能力提升班',
      audiences: ['leaders', 'backbones'],
      regionCode: NANJING_EAST,
      regionPath: '黄浦区 / 南京东路街道',
      providerOrganizationId: null,
      sessionCount: 0,
      personTimes: 0,
      abilities: { update: true, addSession: true },
    });
  });

  it('changes only what a PATCH names', async () => {
    const response = await c.street.patch(`/api/v1/training/courses/${course.id}`, { audiences: ['leaders', 'backbones', 'volunteers'] });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      title: course.title,
      description: course.description,
      audiences: ['leaders', 'backbones', 'volunteers'],
    });
  });

  it('adds a session in the course region', async () => {
    const response = await c.street.post(`/api/v1/training/courses/${course.id}/sessions`, sessionBody());
    expect(response.statusCode, response.body).toBe(201);
    session = response.json();
    expect(session).toMatchObject({
      courseId: course.id,
      courseTitle: course.title,
      regionCode: NANJING_EAST,
      attendance: 0,
      abilities: { recordAttendance: true },
    });
  });

  it('records a sign-in sheet: one row per person, a person twice on the sheet once', async () => {
    const response = await c.street.post(`/api/v1/training/sessions/${session.id}/attendance`, {
      attendees: [
        { name: '王芳', audience: 'leaders', organizationId: c.ids.yunnanTeam },
        { name: '李强', audience: 'backbones', organizationId: c.ids.longquanTeam },
        { name: '陈静', audience: 'volunteers', userId: c.ids.residentUser },
        { name: '王芳', audience: 'leaders', organizationId: c.ids.yunnanTeam },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const result: RecordAttendanceResult = response.json();
    expect(result.recorded).toBe(3);
    expect(result.skipped).toEqual(['王芳']);
    expect(result.items.map((a) => [a.attendeeName, a.audience, a.organizationName])).toEqual([
      ['王芳', 'leaders', '云南中路睦邻互助队'],
      ['李强', 'backbones', '龙泉园路编织小组'],
      ['陈静', 'volunteers', null],
    ]);
    expect(result.items[0]).toMatchObject({
      sessionId: session.id,
      courseId: course.id,
      regionCode: NANJING_EAST,
      attendedAt: session.startsAt,
    });
  });

  it('skips people already on the session when the sheet comes again, and counts the new ones', async () => {
    const response = await c.street.post(`/api/v1/training/sessions/${session.id}/attendance`, {
      attendees: [
        { name: '王芳', audience: 'leaders', organizationId: c.ids.yunnanTeam },
        { name: '王芳', audience: 'backbones' },
      ],
    });
    expect(response.json()).toMatchObject({ recorded: 1, skipped: ['王芳'] });
    const sheet = (await c.street.get(`/api/v1/training/sessions/${session.id}/attendance`)).json().items as TrainingAttendance[];
    // a 王芳 without an organization is another person than the one from 云南中路
    expect(sheet.map((a) => `${a.attendeeName}/${a.organizationName ?? '—'}`)).toEqual([
      '王芳/云南中路睦邻互助队',
      '李强/龙泉园路编织小组',
      '陈静/—',
      '王芳/—',
    ]);
    expect((await c.street.get(`/api/v1/training/sessions/${session.id}`)).json().attendance).toBe(4);
    expect((await c.street.get(`/api/v1/training/courses/${course.id}`)).json()).toMatchObject({ sessionCount: 1, personTimes: 4 });
  });

  it('lists attendance across sessions with filters by audience, organization and period', async () => {
    const all = (await c.civil.get('/api/v1/training/attendance')).json();
    expect(all.total).toBe(4);
    const leaders = (await c.civil.get('/api/v1/training/attendance?audience=leaders,backbones')).json();
    expect(leaders.items.map((a: TrainingAttendance) => a.attendeeName).sort()).toEqual(['李强', '王芳', '王芳']);
    const fromTeam = (await c.civil.get(`/api/v1/training/attendance?organizationId=${c.ids.longquanTeam}`)).json();
    expect(fromTeam.items.map((a: TrainingAttendance) => a.attendeeName)).toEqual(['李强']);
    const lastYear = (await c.civil.get('/api/v1/training/attendance?from=2020-01-01&to=2020-12-31')).json();
    expect(lastYear).toMatchObject({ items: [], total: 0 });
    const sessions = (await c.civil.get(`/api/v1/training/sessions?region=${HUANGPU}&audience=volunteers`)).json();
    expect(sessions.items.map((s: TrainingSession) => s.id)).toEqual([session.id]);
    expect((await c.civil.get('/api/v1/training/sessions?audience=social_workers')).json().total).toBe(0);
  });

  it('removes one attendance, audited, and the person-times fall', async () => {
    const sheet = (await c.street.get(`/api/v1/training/sessions/${session.id}/attendance`)).json().items as TrainingAttendance[];
    const removed = await c.street.request('DELETE', `/api/v1/training/attendance/${sheet[3]!.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await c.street.request('DELETE', `/api/v1/training/attendance/${sheet[3]!.id}`)).statusCode).toBe(404);
    expect((await c.street.get(`/api/v1/training/courses/${course.id}`)).json().personTimes).toBe(3);
  });

  it('writes an audit event for every change, in order', async () => {
    expect(await auditActions(c.t, 'training_')).toEqual([
      'training_course.created',
      'training_course.updated',
      'training_session.created',
      'training_attendance.recorded',
      'training_attendance.recorded',
      'training_attendance.removed',
    ]);
    const [removal] = (
      await c.t.database.driver.query(`SELECT before FROM audit_events WHERE action = 'training_attendance.removed'`, [], 'object')
    ).rows as { before: { attendeeName: string } }[];
    expect(removal!.before.attendeeName).toBe('王*');
  });
});

describe("a hub's staff run the hub's courses", () => {
  it('creates a course for the hub they lead, in the hub region', async () => {
    const response = await c.hubStaff.post(
      '/api/v1/training/courses',
      courseBody({ title: '社区社工实务培训', audiences: ['social_workers'] }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      providerOrganizationId: c.ids.hub,
      providerOrganizationName: '南京东路街道社区社会组织联合会',
      regionCode: NANJING_EAST,
    });
  });

  it("sees only the hub's courses, while the street office sees every course of the street", async () => {
    const own = (await c.hubStaff.get('/api/v1/training/courses')).json();
    expect(own.items.map((course: TrainingCourse) => course.title)).toEqual(['社区社工实务培训']);
    const street = (await c.street.get('/api/v1/training/courses')).json();
    expect(street.total).toBe(2);
    const byHub = (await c.street.get(`/api/v1/training/courses?organizationId=${c.ids.hub}`)).json();
    expect(byHub.items.map((course: TrainingCourse) => course.title)).toEqual(['社区社工实务培训']);
  });

  it('lets an office name a hub of its region as provider', async () => {
    const response = await c.civil.post('/api/v1/training/courses', courseBody({ providerOrganizationId: c.ids.otherHub }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ regionCode: '310101013', providerOrganizationName: '外滩街道社区服务中心' });
    expect(await countRows(c.t, 'training_courses')).toBe(3);
  });
});
