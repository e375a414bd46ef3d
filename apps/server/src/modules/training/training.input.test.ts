// Bad input to every training write: 400 problem+json with the field's path (409 for a session not yet begun),
// and nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, courseBody, sessionBody, trainingCast, type TrainingCast } from './training.test-setup.js';

let c: TrainingCast;
let courseId: string;
let sessionId: string;
beforeAll(async () => {
  c = await trainingCast();
  courseId = (await c.street.post('/api/v1/training/courses', courseBody())).json().id;
  sessionId = (await c.street.post(`/api/v1/training/courses/${courseId}/sessions`, sessionBody())).json().id;
});
afterAll(() => c.t.close());

async function expectProblem(response: { statusCode: number; json(): unknown }, status: number, code: string, paths: string[] = []) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as { code: string; errors?: { path: string }[] };
  expect(body.code).toBe(code);
  if (paths.length > 0) expect(body.errors?.map((e) => e.path)).toEqual(paths);
}

describe('courses', () => {
  it('refuses a course without a title or audience, with an unknown or repeated audience', async () => {
    const before = await countRows(c.t, 'training_courses');
    await expectProblem(await c.street.post('/api/v1/training/courses', courseBody({ title: '  ' })), 400, 'validation_failed', ['title']);
    await expectProblem(await c.street.post('/api/v1/training/courses', courseBody({ audiences: [] })), 400, 'validation_failed', [
      'audiences',
    ]);
    await expectProblem(await c.street.post('/api/v1/training/courses', courseBody({ audiences: ['cadres'] })), 400, 'validation_failed', [
      'audiences.0',
    ]);
    const repeated = await c.street.post('/api/v1/training/courses', courseBody({ audiences: ['leaders', 'leaders'] }));
    await expectProblem(repeated, 400, 'validation_failed', ['audiences']);
    expect((repeated.json() as { errors: { message: string }[] }).errors[0]!.message).toBe('同一项只能选择一次');
    expect(await countRows(c.t, 'training_courses')).toBe(before);
  });

  it('refuses a provider that is no hub, another street, or a hub its staff do not lead', async () => {
    await expectProblem(
      await c.street.post('/api/v1/training/courses', courseBody({ providerOrganizationId: c.ids.yunnanTeam })),
      400,
      'validation_failed',
      ['providerOrganizationId'],
    );
    // 外滩街道's hub is outside 南京东路街道
    await expectProblem(
      await c.street.post('/api/v1/training/courses', courseBody({ providerOrganizationId: c.ids.otherHub })),
      400,
      'validation_failed',
      ['providerOrganizationId'],
    );
    await expectProblem(
      await c.hubStaff.post('/api/v1/training/courses', courseBody({ providerOrganizationId: c.ids.otherHub })),
      400,
      'validation_failed',
      ['providerOrganizationId'],
    );
    await expectProblem(await c.street.post('/api/v1/training/courses', courseBody({ regionCode: '310106006' })), 400, 'unknown_region', [
      'regionCode',
    ]);
  });

  it('refuses an empty PATCH and answers English titles on request', async () => {
    const response = await c.street.request('PATCH', `/api/v1/training/courses/${courseId}`, {}, { 'accept-language': 'en' });
    await expectProblem(response, 400, 'validation_failed', ['']);
    expect((response.json() as { title: string }).title).toBe('The submitted data is invalid');
  });
});

describe('sessions', () => {
  it('refuses a session that ends before it starts, or without times', async () => {
    const before = await countRows(c.t, 'training_sessions');
    const start = '2025-03-01T09:00:00+08:00';
    await expectProblem(
      await c.street.post(`/api/v1/training/courses/${courseId}/sessions`, { startsAt: start, endsAt: '2025-03-01T08:00:00+08:00' }),
      400,
      'validation_failed',
      ['endsAt'],
    );
    const same = await c.street.post(`/api/v1/training/courses/${courseId}/sessions`, { startsAt: start, endsAt: start });
    await expectProblem(same, 400, 'validation_failed', ['endsAt']);
    expect((same.json() as { errors: { message: string }[] }).errors[0]!.message).toBe('结束时间须晚于开始时间');
    await expectProblem(
      await c.street.post(`/api/v1/training/courses/${courseId}/sessions`, { startsAt: 'tomorrow' }),
      400,
      'validation_failed',
      ['startsAt', 'endsAt'],
    );
    expect(await countRows(c.t, 'training_sessions')).toBe(before);
  });

  it('refuses a list period that ends before it starts', async () => {
    await expectProblem(await c.street.get('/api/v1/training/sessions?from=2025-03-02&to=2025-03-01'), 400, 'validation_failed', [
      'querystring.to',
    ]);
    await expectProblem(await c.civil.get('/api/v1/training/person-times?from=2025-03-02&to=2025-03-01'), 400, 'validation_failed', [
      'querystring.to',
    ]);
  });
});

describe('attendance', () => {
  it('checks the whole sheet before writing any of it', async () => {
    const before = await countRows(c.t, 'training_attendance');
    const response = await c.street.post(`/api/v1/training/sessions/${sessionId}/attendance`, {
      attendees: [
        { name: '王芳', audience: 'leaders' },
        // the course is for leaders and backbones
        { name: '赵敏', audience: 'volunteers' },
        // 新安 is in 静安区, not in 南京东路街道
        { name: '钱进', audience: 'backbones', organizationId: c.ids.xinanTeam },
        { name: '孙丽', audience: 'backbones', userId: c.ids.jinganUser },
      ],
    });
    await expectProblem(response, 400, 'validation_failed', ['attendees.1.audience', 'attendees.2.organizationId', 'attendees.3.userId']);
    expect(await countRows(c.t, 'training_attendance')).toBe(before);
  });

  it('refuses an empty sheet, a nameless line and a malformed id', async () => {
    await expectProblem(
      await c.street.post(`/api/v1/training/sessions/${sessionId}/attendance`, { attendees: [] }),
      400,
      'validation_failed',
      ['attendees'],
    );
    await expectProblem(
      await c.street.post(`/api/v1/training/sessions/${sessionId}/attendance`, { attendees: [{ name: '', audience: 'leaders' }] }),
      400,
      'validation_failed',
      ['attendees.0.name'],
    );
    await expectProblem(
      await c.street.post(`/api/v1/training/sessions/${sessionId}/attendance`, {
        attendees: [{ name: '王芳', audience: 'leaders', organizationId: 'x' }],
      }),
      400,
      'validation_failed',
      ['attendees.0.organizationId'],
    );
    await expectProblem(
      await c.street.post('/api/v1/training/sessions/not-a-uuid/attendance', { attendees: [] }),
      400,
      'validation_failed',
    );
    await expectProblem(await c.street.request('DELETE', '/api/v1/training/attendance/abc'), 400, 'validation_failed', ['params.id']);
  });

  it('refuses attendance before the session has begun (409)', async () => {
    const future = (await c.street.post(`/api/v1/training/courses/${courseId}/sessions`, sessionBody({ future: true }))).json().id;
    const before = await countRows(c.t, 'training_attendance');
    await expectProblem(
      await c.street.post(`/api/v1/training/sessions/${future}/attendance`, { attendees: [{ name: '王芳', audience: 'leaders' }] }),
      409,
      'session_not_started',
    );
    expect(await countRows(c.t, 'training_attendance')).toBe(before);
  });
});
