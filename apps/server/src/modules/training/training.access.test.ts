// Who sees and changes which training records: another district answers 404 and lists nothing of 黄浦区; roles
// without the permission answer 403; a committee reads its community only, a leader without a hub nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, courseBody, HUANGPU, sessionBody, trainingCast, YUNNAN_MIDDLE, type TrainingCast } from './training.test-setup.js';

let c: TrainingCast;
let courseId: string;
let sessionId: string;
let attendanceId: number;
beforeAll(async () => {
  c = await trainingCast();
  courseId = (await c.street.post('/api/v1/training/courses', courseBody())).json().id;
  sessionId = (await c.street.post(`/api/v1/training/courses/${courseId}/sessions`, sessionBody())).json().id;
  const sheet = await c.street.post(`/api/v1/training/sessions/${sessionId}/attendance`, {
    attendees: [{ name: '王芳', audience: 'leaders' }],
  });
  attendanceId = sheet.json().items[0].id;
});
afterAll(() => c.t.close());

describe('another district', () => {
  it('gets 404 for every record of 黄浦区, whatever the verb, and changes nothing', async () => {
    const before = [await countRows(c.t, 'training_sessions'), await countRows(c.t, 'training_attendance')];
    for (const response of [
      await c.jinganStreet.get(`/api/v1/training/courses/${courseId}`),
      await c.jinganStreet.patch(`/api/v1/training/courses/${courseId}`, { title: '改名' }),
      await c.jinganStreet.post(`/api/v1/training/courses/${courseId}/sessions`, sessionBody()),
      await c.jinganStreet.get(`/api/v1/training/sessions/${sessionId}`),
      await c.jinganStreet.get(`/api/v1/training/sessions/${sessionId}/attendance`),
      await c.jinganStreet.post(`/api/v1/training/sessions/${sessionId}/attendance`, {
        attendees: [{ name: '钱进', audience: 'leaders' }],
      }),
      await c.jinganStreet.request('DELETE', `/api/v1/training/attendance/${attendanceId}`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
    expect([await countRows(c.t, 'training_sessions'), await countRows(c.t, 'training_attendance')]).toEqual(before);
    expect((await c.street.get(`/api/v1/training/courses/${courseId}`)).json().title).toBe(courseBody().title);
  });

  it('lists nothing of 黄浦区, even when it asks for 黄浦区', async () => {
    for (const list of ['courses', 'sessions', 'attendance']) {
      expect((await c.jinganStreet.get(`/api/v1/training/${list}`)).json()).toMatchObject({ items: [], total: 0 });
      expect((await c.jinganStreet.get(`/api/v1/training/${list}?region=${HUANGPU}`)).json()).toMatchObject({ items: [], total: 0 });
    }
    expect((await c.jinganStreet.get(`/api/v1/training/person-times?region=${HUANGPU}`)).statusCode).toBe(404);
  });
});

describe('roles', () => {
  it('refuses residents and the system administrator everything (403)', async () => {
    for (const client of [c.resident, c.admin]) {
      expect((await client.get('/api/v1/training/courses')).statusCode).toBe(403);
      expect((await client.get('/api/v1/training/person-times')).statusCode).toBe(403);
      expect((await client.post('/api/v1/training/courses', courseBody())).statusCode).toBe(403);
      expect((await client.request('DELETE', `/api/v1/training/attendance/${attendanceId}`)).statusCode).toBe(403);
    }
  });

  it('lets a committee read its community but not run courses', async () => {
    expect((await c.committee.post('/api/v1/training/courses', courseBody())).statusCode).toBe(403);
    expect(
      (await c.committee.post(`/api/v1/training/sessions/${sessionId}/attendance`, { attendees: [{ name: '赵敏', audience: 'leaders' }] }))
        .statusCode,
    ).toBe(403);
    // the street's course is above the community
    expect((await c.committee.get(`/api/v1/training/courses/${courseId}`)).statusCode).toBe(404);
    const own = await c.civil.post('/api/v1/training/courses', courseBody({ regionCode: YUNNAN_MIDDLE, title: '云南中路楼组长培训' }));
    expect(own.statusCode).toBe(201);
    const seen = (await c.committee.get('/api/v1/training/courses')).json();
    expect(seen.items.map((course: { title: string; abilities: unknown }) => [course.title, course.abilities])).toEqual([
      ['云南中路楼组长培训', { update: false, addSession: false }],
    ]);
  });

  it("refuses a leader without a hub a course (403) and shows them none; hub staff reach no one else's course", async () => {
    expect((await c.leader.post('/api/v1/training/courses', courseBody())).statusCode).toBe(403);
    expect((await c.leader.get('/api/v1/training/courses')).json().total).toBe(0);
    expect((await c.leader.get('/api/v1/training/person-times')).statusCode).toBe(403);
    expect((await c.hubStaff.get(`/api/v1/training/courses/${courseId}`)).statusCode).toBe(404);
    expect((await c.hubStaff.request('DELETE', `/api/v1/training/attendance/${attendanceId}`)).statusCode).toBe(404);
  });
});
