import type { User } from '@linli/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { createTestApp, login, type Client, type TestApp } from '../../test/test-app.js';

const NEW_PASSWORD = 'Xinmima2026';
let t: TestApp;
let admin: Client;
let adminId: string;

beforeAll(async () => {
  t = await createTestApp();
  adminId = (await buildUser(t.services, { role: 'sys_admin', username: 'admin', displayName: '系统管理员' })).id;
  await buildUser(t.services, { role: 'audit_admin', username: 'auditor', displayName: '审计员' });
  await buildUser(t.services, { role: 'civil_affairs', regionCode: '310101', username: 'civil', displayName: '民政李' });
  admin = await login(t.app, 'admin');
});
afterAll(() => t.close());

const body = (overrides: Record<string, unknown> = {}) => ({
  username: `u${Math.random().toString(36).slice(2, 10)}`,
  displayName: '新账号',
  role: 'street_officer',
  regionCode: '310101002',
  password: NEW_PASSWORD,
  ...overrides,
});

async function auditEvents(action: string, targetId: string) {
  return (await t.database.db.execute(
    sql`SELECT before, after, actor_id AS "actorId" FROM audit_events WHERE action = ${action} AND target_id = ${targetId} ORDER BY id`,
  )) as unknown as { before: unknown; after: unknown; actorId: string }[];
}

async function userCount() {
  const [row] = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM users`)) as unknown as [{ n: number }];
  return Number(row.n);
}

describe('creating accounts', () => {
  it('creates an account scoped to a region, hashes the password with argon2id and audits without the hash', async () => {
    const response = await admin.post('/api/v1/users', body({ username: 'Zhao.Street', displayName: '街道赵' }));
    expect(response.statusCode).toBe(201);
    const user: User = response.json();
    expect(user).toMatchObject({
      username: 'Zhao.Street',
      role: 'street_officer',
      regionCode: '310101002',
      regionName: '南京东路街道',
      status: 'active',
      version: 1,
    });
    expect(JSON.stringify(user)).not.toMatch(/password/i);

    const [row] = (await t.database.db.execute(sql`SELECT password_hash AS "hash" FROM users WHERE id = ${user.id}`)) as unknown as [
      { hash: string },
    ];
    expect(row.hash.startsWith('$argon2id$')).toBe(true);
    const events = await auditEvents('user.created', user.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe(adminId);
    expect(events[0]!.after).toMatchObject({ username: 'Zhao.Street', role: 'street_officer', regionCode: '310101002' });
    expect(JSON.stringify(events[0])).not.toMatch(/argon2|password/i);

    const client = await login(t.app, 'zhao.street', NEW_PASSWORD);
    expect((await client.get('/api/v1/auth/me')).json()).toMatchObject({ displayName: '街道赵', regionName: '南京东路街道' });
  });

  it.each([
    ['civil_affairs', '31'],
    ['civil_affairs', '3101'],
    ['civil_affairs', '310106'],
    ['street_officer', '310106006'],
    ['committee_worker', '310101002001'],
    ['org_leader', '310101002'],
    ['org_leader', '310101002001'],
    ['resident', '310101002002'],
  ])('accepts a %s account at %s', async (role, regionCode) => {
    const response = await admin.post('/api/v1/users', body({ role, regionCode }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ role, regionCode });
  });

  it.each(['sys_admin', 'audit_admin'])('creates a %s without a region', async (role) => {
    const response = await admin.post('/api/v1/users', body({ role, regionCode: null }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ role, regionCode: null, regionName: null });
  });

  it.each([
    ['street_officer', '310101002001'],
    ['street_officer', '310101'],
    ['committee_worker', '310101002'],
    ['civil_affairs', '310101002'],
    ['org_leader', '310101'],
    ['resident', '3101'],
  ])('refuses a %s account at %s: the level does not fit the role', async (role, regionCode) => {
    const before = await userCount();
    const response = await admin.post('/api/v1/users', body({ role, regionCode }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'regionCode', message: expect.stringContaining('层级') }],
    });
    expect(await userCount()).toBe(before);
  });

  it('refuses a region that does not exist', async () => {
    const response = await admin.request('POST', '/api/v1/users', body({ regionCode: '310101999' }), { 'accept-language': 'en' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'unknown_region', title: 'Unknown region', errors: [{ path: 'regionCode' }] });
  });

  it('requires a region for scoped roles and refuses one for the administrators', async () => {
    const missing = await admin.post('/api/v1/users', body({ role: 'committee_worker', regionCode: undefined }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ path: 'regionCode', message: '必填' }]);
    const given = await admin.post('/api/v1/users', body({ role: 'audit_admin', regionCode: '310101' }));
    expect(given.statusCode).toBe(400);
    expect(given.json().errors).toEqual([{ path: 'regionCode', message: expect.stringContaining('不设行政区划') }]);
  });

  it('refuses a username already taken, whatever its case', async () => {
    await admin.post('/api/v1/users', body({ username: 'wangfang' }));
    const before = await userCount();
    const response = await admin.post('/api/v1/users', body({ username: 'WangFang' }));
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'duplicate_username', errors: [{ path: 'username' }] });
    expect(await userCount()).toBe(before);
  });

  it('reports every bad field with its path', async () => {
    const response = await admin.post('/api/v1/users', {
      username: 'a b',
      displayName: 'x'.repeat(51),
      role: 'mayor',
      regionCode: 310101,
      password: 'short',
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['username', 'displayName', 'role', 'regionCode', 'password']));
  });

  it('refuses a password without digits, in the language asked for', async () => {
    const response = await admin.request('POST', '/api/v1/users', body({ password: 'onlyletterspassword' }), {
      'accept-language': 'en-US',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'password', message: 'The password needs both letters and digits' }]);
  });
});

describe('listing accounts', () => {
  it('lists accounts with their region names, filtered and paginated', async () => {
    const all = (await admin.get('/api/v1/users?pageSize=200')).json();
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(all.items.find((u: User) => u.username === 'civil')).toMatchObject({ regionName: '黄浦区', role: 'civil_affairs' });
    expect(all.items.find((u: User) => u.username === 'admin')).toMatchObject({ regionCode: null, regionName: null });
    expect(JSON.stringify(all)).not.toMatch(/argon2|passwordHash/);

    const civil = (await admin.get('/api/v1/users?role=civil_affairs&q=民政')).json();
    expect(civil.items.map((u: User) => u.username)).toEqual(['civil']);
    const firstPage = (await admin.get('/api/v1/users?pageSize=2&page=1')).json();
    const secondPage = (await admin.get('/api/v1/users?pageSize=2&page=2')).json();
    expect(firstPage.items).toHaveLength(2);
    expect(secondPage.items[0].id).not.toBe(firstPage.items[0].id);
    expect(firstPage.total).toBe(all.total);
  });

  it('refuses a bad filter with its path', async () => {
    const response = await admin.get('/api/v1/users?role=mayor&pageSize=500');
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['querystring.pageSize', 'querystring.role']);
  });
});

describe('enabling and disabling accounts', () => {
  it('disables an account: its sessions end at once and it cannot sign in until enabled again', async () => {
    const created: User = (
      await admin.post('/api/v1/users', body({ username: 'qian', role: 'committee_worker', regionCode: '310101002001' }))
    ).json();
    const session = await login(t.app, 'qian', NEW_PASSWORD);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(200);

    const disabled = await admin.patch(`/api/v1/users/${created.id}`, { status: 'disabled', version: 1 });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ status: 'disabled', version: 2 });
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(401);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'qian', password: NEW_PASSWORD },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('account_disabled');
    expect(await auditEvents('user.updated', created.id)).toEqual([
      expect.objectContaining({ before: { status: 'active' }, after: { status: 'disabled' }, actorId: adminId }),
    ]);

    expect((await admin.patch(`/api/v1/users/${created.id}`, { status: 'active', version: 2 })).json().status).toBe('active');
    await login(t.app, 'qian', NEW_PASSWORD);
  });

  it('renames an account and refuses a stale version', async () => {
    const created: User = (await admin.post('/api/v1/users', body())).json();
    const renamed = await admin.patch(`/api/v1/users/${created.id}`, { displayName: '改名后', version: 1 });
    expect(renamed.json()).toMatchObject({ displayName: '改名后', version: 2 });
    const stale = await admin.patch(`/api/v1/users/${created.id}`, { displayName: '又改名', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect((await admin.get(`/api/v1/users/${created.id}`)).json().displayName).toBe('改名后');
    expect(await auditEvents('user.updated', created.id)).toHaveLength(1);
  });

  it('does not let an administrator disable their own account', async () => {
    const response = await admin.patch(`/api/v1/users/${adminId}`, { status: 'disabled', version: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'status', message: '不能停用自己的账号' }]);
    expect((await admin.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('answers 404 for an unknown account and 400 for a malformed id or body', async () => {
    expect((await admin.patch('/api/v1/users/00000000-0000-4000-8000-000000000000', { status: 'disabled', version: 1 })).statusCode).toBe(
      404,
    );
    const malformed = await admin.patch('/api/v1/users/not-an-id', { status: 'gone', version: '1' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors.map((e: { path: string }) => e.path)).toContain('params.id');
    const created: User = (await admin.post('/api/v1/users', body())).json();
    const badBody = await admin.patch(`/api/v1/users/${created.id}`, { status: 'gone', version: '1' });
    expect(
      badBody
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['status', 'version']);
  });
});

describe('separation of duties', () => {
  it('keeps account management from everyone but the system administrator', async () => {
    const auditor = await login(t.app, 'auditor');
    const civil = await login(t.app, 'civil');
    const before = await userCount();
    for (const client of [auditor, civil]) {
      expect((await client.get('/api/v1/users')).statusCode).toBe(403);
      const created = await client.post('/api/v1/users', body());
      expect(created.statusCode).toBe(403);
      expect(created.json().code).toBe('forbidden');
      expect((await client.patch(`/api/v1/users/${adminId}`, { displayName: 'x', version: 1 })).statusCode).toBe(403);
    }
    expect(await userCount()).toBe(before);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(401);
  });

  it('does not let the system administrator read organizations or the audit trail', async () => {
    for (const url of ['/api/v1/organizations', '/api/v1/audit-events', '/api/v1/audit-events/verify', '/api/v1/stats/indicators']) {
      const response = await admin.get(url);
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
    // policy packs and their bindings are settings, not personal data
    expect((await admin.get('/api/v1/auth/me')).json().permissions).toEqual(['regions:read', 'regions:update', 'policies:read', 'policies:bind', 'users:manage']);
  });
});
