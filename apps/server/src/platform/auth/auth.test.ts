import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { createTestApp, login, TEST_PASSWORD, type TestApp } from '../../test/test-app.js';
import { hashToken } from '../access-control.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('login', () => {
  it('signs in, reports the actor and sets an HttpOnly SameSite cookie', async () => {
    await buildUser(t.services, { role: 'street_officer', regionCode: '310101002', username: 'alice' });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'alice', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      username: 'alice',
      role: 'street_officer',
      regionCode: '310101002',
      regionName: '南京东路街道',
    });
    const cookie = response.cookies.find((c) => c.name === 'linli_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers a wrong password with 401 problem+json in Chinese', async () => {
    await buildUser(t.services, { role: 'resident', regionCode: '310101', username: 'bob' });
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bob', password: 'nope' } });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'invalid_credentials', title: '用户名或密码错误' });
  });

  it('locks the account after 5 failures in 15 minutes, even for the right password', async () => {
    await buildUser(t.services, { role: 'resident', regionCode: '310101', username: 'carol' });
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'carol', password } });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong')).statusCode).toBe(401);
    const fifth = await attempt('wrong');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('account_locked');
    expect(fifth.json().detail).toContain('15 分钟');
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(423);
  });
});

/** Audit events of one kind, optionally about one account. */
async function countAudit(action: string, targetId?: string): Promise<number> {
  const [row] = (await t.database.db.execute(
    targetId
      ? sql`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action} AND target_id = ${targetId}`
      : sql`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action}`,
  )) as unknown as [{ n: number }];
  return Number(row.n);
}

const loginRequest = (username: string, password = TEST_PASSWORD, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers });

describe('audit of sign-ins', () => {
  it('records every sign-in and every refused one, unknown usernames included', async () => {
    const user = await buildUser(t.services, { role: 'resident', regionCode: '310101', username: 'dora' });
    const before = { login: await countAudit('auth.login'), failed: await countAudit('auth.login_failed') };
    expect((await loginRequest('dora')).statusCode).toBe(200);
    expect((await loginRequest('dora', 'wrong')).statusCode).toBe(401);
    expect((await loginRequest('nobody-here', 'whatever')).statusCode).toBe(401);
    expect({ login: await countAudit('auth.login'), failed: await countAudit('auth.login_failed') }).toEqual({
      login: before.login + 1,
      failed: before.failed + 2,
    });
    const [unknown] = (await t.database.db.execute(
      sql`SELECT after, actor_id AS "actorId" FROM audit_events WHERE action = 'auth.login_failed' ORDER BY id DESC LIMIT 1`,
    )) as unknown as [{ after: unknown; actorId: string | null }];
    expect(unknown).toEqual({ after: { reason: 'unknown_user', username: 'nobody-here' }, actorId: null });
    expect(await countAudit('auth.login_failed', user.id)).toBe(1);
  });
});

describe('sessions', () => {
  it('refuses a state-changing request without the right CSRF token and changes nothing', async () => {
    await buildUser(t.services, { role: 'resident', regionCode: '310101', username: 'erin' });
    const client = await login(t.app, 'erin');
    const before = await countAudit('auth.logout');
    const attempts = [
      t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: client.cookie } }),
      client.request('POST', '/api/v1/auth/logout', undefined, { 'x-csrf-token': 'forged' }),
      client.request('POST', '/api/v1/auth/logout', undefined, { 'x-csrf-token': client.csrf.slice(0, -1) }),
      client.request(
        'POST',
        '/api/v1/auth/password',
        { currentPassword: TEST_PASSWORD, newPassword: 'Erin2026new' },
        { 'x-csrf-token': '' },
      ),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('csrf_failed');
    }
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect(await countAudit('auth.logout')).toBe(before);
    expect((await loginRequest('erin')).statusCode).toBe(200); // the password did not change
  });

  it('ends the session on the server at logout: the old cookie no longer works', async () => {
    const user = await buildUser(t.services, { role: 'resident', regionCode: '310101', username: 'frank' });
    const client = await login(t.app, 'frank');
    const logout = await client.post('/api/v1/auth/logout');
    expect(logout.statusCode).toBe(204);
    expect(logout.cookies.find((c) => c.name === 'linli_session')?.value).toBe('');
    const replay = await client.get('/api/v1/auth/me');
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('not_authenticated');
    expect(await countAudit('auth.logout', user.id)).toBe(1);
  });

  it('expires a session idle for more than 30 minutes', async () => {
    await buildUser(t.services, { role: 'resident', regionCode: '310101', username: 'grace' });
    const client = await login(t.app, 'grace');
    const tokenHash = hashToken(client.cookie.split('=')[1]!);
    await t.database.db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE token_hash = ${tokenHash}`);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200); // still inside the limit: renewed
    await t.database.db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = ${tokenHash}`);
    const expired = await client.get('/api/v1/auth/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'session_expired', title: '登录已过期' });
    expect((await client.get('/api/v1/auth/me')).json().code).toBe('not_authenticated'); // and it is gone
  });

  it('does not sign in a disabled account, and stops its live sessions', async () => {
    const user = await buildUser(t.services, { role: 'resident', regionCode: '310101', username: 'heidi' });
    const client = await login(t.app, 'heidi');
    await t.database.db.execute(sql`UPDATE users SET status = 'disabled' WHERE id = ${user.id}`);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
    const refused = await loginRequest('heidi', TEST_PASSWORD, { 'accept-language': 'en' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'account_disabled', title: 'Account disabled' });
    expect(refused.cookies.find((c) => c.name === 'linli_session')).toBeUndefined();
    expect(await countAudit('auth.login_failed', user.id)).toBe(1);
  });
});

describe('changing the password', () => {
  it('refuses a wrong current password with its path, counts it and leaves the password unchanged', async () => {
    const user = await buildUser(t.services, { role: 'resident', regionCode: '310101', username: 'ivan' });
    const client = await login(t.app, 'ivan');
    const response = await client.post('/api/v1/auth/password', { currentPassword: 'not-my-password', newPassword: 'Ivan2026newpass' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'wrong_password', errors: [{ path: 'currentPassword', message: '当前密码不正确' }] });
    expect(await countAudit('auth.password_change_failed', user.id)).toBe(1);
    expect(await countAudit('auth.password_changed', user.id)).toBe(0);
    expect((await loginRequest('ivan')).statusCode).toBe(200);
  });

  it('locks the account after 5 wrong current passwords, so a borrowed session cannot guess it', async () => {
    await buildUser(t.services, { role: 'resident', regionCode: '310101', username: 'judy' });
    const client = await login(t.app, 'judy');
    const attempt = (currentPassword: string) => client.post('/api/v1/auth/password', { currentPassword, newPassword: 'Judy2026newpass' });
    for (let i = 0; i < 4; i++) expect((await attempt(`guess-${i}`)).statusCode).toBe(400);
    expect((await attempt('guess-5')).statusCode).toBe(423);
    expect((await attempt(TEST_PASSWORD)).json().code).toBe('account_locked');
    expect((await loginRequest('judy')).statusCode).toBe(423);
  });

  it.each([
    ['short1', 'too short'],
    ['onlyletterslong', 'no digit'],
    ['1234567890123', 'no letter'],
  ])('refuses the weak new password %s (%s) with its path', async (newPassword) => {
    await buildUser(t.services, { role: 'resident', regionCode: '310101', username: `weak-${newPassword}` });
    const client = await login(t.app, `weak-${newPassword}`);
    const response = await client.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(['newPassword']);
  });

  it('changes the password: the new one signs in, the old one not, other sessions end, this one stays', async () => {
    const user = await buildUser(t.services, { role: 'resident', regionCode: '310101', username: 'kate' });
    const here = await login(t.app, 'kate');
    const elsewhere = await login(t.app, 'kate');
    const response = await here.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Kate2026newpass' });
    expect(response.statusCode).toBe(204);
    expect((await here.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await loginRequest('kate')).statusCode).toBe(401);
    expect((await loginRequest('kate', 'Kate2026newpass')).statusCode).toBe(200);
    expect(await countAudit('auth.password_changed', user.id)).toBe(1);
  });
});

describe('bad requests', () => {
  it('answers malformed JSON with 400 malformed_json', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "alice",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('malformed_json');
  });

  it('answers a body over 1 MiB with 413 payload_too_large', async () => {
    const payload = JSON.stringify({ username: 'alice', password: 'x'.repeat(1024 * 1024) });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('payload_too_large');
  });

  it('answers wrong types and missing fields with 400 and their paths', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 42, password: ['a'] } });
    expect(wrong.statusCode).toBe(400);
    expect(
      wrong
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['password', 'username']);
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: {} });
    expect(
      missing
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['password', 'username']);
    const tooLong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'a'.repeat(65), password: 'x' } });
    expect(tooLong.json().errors).toEqual([{ path: 'username', message: expect.any(String) }]);

    await buildUser(t.services, { role: 'resident', regionCode: '310101', username: 'leo' });
    const client = await login(t.app, 'leo');
    const password = await client.post('/api/v1/auth/password', { newPassword: 12345678901 });
    expect(password.statusCode).toBe(400);
    expect(
      password
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['currentPassword', 'newPassword']);
  });

  it('answers a form-encoded body with 415', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=alice&password=x',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });
});
