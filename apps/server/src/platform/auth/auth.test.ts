import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { createTestApp, login, TEST_PASSWORD, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('login', () => {
  it('signs in, reports the actor and sets an HttpOnly SameSite cookie', async () => {
    await buildUser(t.services, { role: 'street_officer', regionCode: '310101002', username: 'alice' });
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'alice', password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ username: 'alice', role: 'street_officer', regionCode: '310101002', regionName: '南京东路街道' });
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
    const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'carol', password } });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong')).statusCode).toBe(401);
    const fifth = await attempt('wrong');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('account_locked');
    expect(fifth.json().detail).toContain('15 分钟');
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(423);
  });
});
