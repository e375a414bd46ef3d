import type { AuditEvent } from '@linli/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildUser } from '../../test/factories.js';
import { createTestApp, login, type Client, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let auditor: Client;
let admin: Client;
let adminId: string;
let createdUserId: string;

beforeAll(async () => {
  t = await createTestApp();
  adminId = (await buildUser(t.services, { role: 'sys_admin', username: 'admin', displayName: '系统管理员' })).id;
  await buildUser(t.services, { role: 'audit_admin', username: 'auditor', displayName: '审计员' });
  await buildUser(t.services, { role: 'street_officer', regionCode: '310101002', username: 'street', displayName: '街道赵' });
  admin = await login(t.app, 'admin');
  auditor = await login(t.app, 'auditor');
  const created = await admin.post('/api/v1/users', {
    username: 'sun',
    displayName: '居委孙',
    role: 'committee_worker',
    regionCode: '310101002001',
    password: 'Xinmima2026',
  });
  createdUserId = created.json().id;
  await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'street', password: 'wrong' } });
});
afterAll(() => t.close());

const actions = (page: { items: AuditEvent[] }) => page.items.map((e) => e.action);

async function count(table: 'audit_events' | 'users' | 'organizations') {
  const [row] = (await t.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as [{ n: number }];
  return Number(row.n);
}

describe('reading the audit trail', () => {
  it('lists every event newest first, paginated, without the chain hashes', async () => {
    const page = (await auditor.get('/api/v1/audit-events')).json();
    expect(page.total).toBe(await count('audit_events'));
    const ids = page.items.map((e: AuditEvent) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(page.items[0]).toMatchObject({
      action: 'auth.login_failed',
      actorName: '街道赵',
      after: { reason: 'wrong_password', failures: 1 },
    });
    expect(page.items[0].at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(page.items[0]).not.toHaveProperty('hash');

    const second = (await auditor.get('/api/v1/audit-events?pageSize=1&page=2')).json();
    expect(second.items.map((e: AuditEvent) => e.id)).toEqual([ids[1]]);
  });

  it('filters by action, action family, target, actor and day', async () => {
    const created = (await auditor.get('/api/v1/audit-events?action=user.created')).json();
    expect(created.items).toEqual([
      expect.objectContaining({
        targetType: 'user',
        targetId: createdUserId,
        actorId: adminId,
        actorName: '系统管理员',
        regionCode: '310101002001',
      }),
    ]);
    expect(new Set(actions((await auditor.get('/api/v1/audit-events?action=auth.&pageSize=200')).json()))).toEqual(
      new Set(['auth.login', 'auth.login_failed']),
    );
    expect(actions((await auditor.get(`/api/v1/audit-events?targetType=user&targetId=${createdUserId}`)).json())).toEqual(['user.created']);
    const byAdminId = (await auditor.get(`/api/v1/audit-events?actor=${adminId}`)).json();
    expect(actions(byAdminId).sort()).toEqual(['auth.login', 'user.created']);
    expect(actions((await auditor.get(`/api/v1/audit-events?actor=${encodeURIComponent('管理')}`)).json()).sort()).toEqual([
      'auth.login',
      'user.created',
    ]);

    // China Standard Time days: today (UTC+8) has every event, the day before none.
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
    expect((await auditor.get(`/api/v1/audit-events?from=${today}&to=${today}`)).json().total).toBe(await count('audit_events'));
    expect((await auditor.get(`/api/v1/audit-events?to=${yesterday}`)).json().total).toBe(0);
  });

  it('refuses a bad filter with its path', async () => {
    const response = await auditor.get('/api/v1/audit-events?from=yesterday&pageSize=0');
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['querystring.from', 'querystring.pageSize']);
  });

  it('reports an intact chain', async () => {
    const response = await auditor.get('/api/v1/audit-events/verify');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, checked: await count('audit_events'), firstBadEventId: null, problem: null });
  });
});

describe('the audit administrator changes nothing', () => {
  it('is refused every write, and the refusals change no row', async () => {
    const organization = await buildOrganization(t.services, { regionCode: '310101002001' });
    const before = { users: await count('users'), organizations: await count('organizations') };
    const attempts = [
      await auditor.post('/api/v1/users', { username: 'mole', displayName: '内鬼', role: 'sys_admin', password: 'Xinmima2026' }),
      await auditor.patch(`/api/v1/users/${createdUserId}`, { status: 'disabled', version: 1 }),
      await auditor.patch(`/api/v1/organizations/${organization.id}`, { memberCount: 1, version: 1 }),
      await auditor.post('/api/v1/organizations', { name: '假组织' }),
      await auditor.patch('/api/v1/regions/310101002001', { kind: 'rural' }),
    ];
    for (const response of attempts) {
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
    expect({ users: await count('users'), organizations: await count('organizations') }).toEqual(before);
    expect((await auditor.get('/api/v1/auth/me')).json().permissions).toEqual(['audit:read']);
  });

  it('is the only one who reads the trail', async () => {
    const street = await login(t.app, 'street');
    for (const client of [admin, street]) {
      expect((await client.get('/api/v1/audit-events')).statusCode).toBe(403);
      expect((await client.get('/api/v1/audit-events/verify')).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit-events' })).json().code).toBe('not_authenticated');
  });
});
