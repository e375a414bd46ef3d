// The packs as read by the users, and binding them to regions.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.js';
import { createTestApp, login, type Client, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let as: Record<'city' | 'huangpu' | 'jingan' | 'street' | 'leader' | 'admin' | 'auditor', Client>;

beforeAll(async () => {
  t = await createTestApp();
  const people = [
    ['city', 'civil_affairs', '31'],
    ['huangpu', 'civil_affairs', '310101'],
    ['jingan', 'civil_affairs', '310106'],
    ['street', 'street_officer', '310101002'],
    ['leader', 'org_leader', '310101002001'],
    ['admin', 'sys_admin', null],
    ['auditor', 'audit_admin', null],
  ] as const;
  for (const [username, role, regionCode] of people) await buildUser(t.services, { role, regionCode, username });
  as = Object.fromEntries(await Promise.all(people.map(async ([username]) => [username, await login(t.app, username)]))) as typeof as;
});
afterAll(() => t.close());

describe('the packs', () => {
  it('lists the five documents and shows one whole', async () => {
    const list = await as.street.get('/api/v1/policies');
    expect(list.statusCode).toBe(200);
    expect(list.json().map((p: { documentNumber: string }) => p.documentNumber)).toContain('沪民社管发〔2021〕2号');
    const pack = (await as.admin.get('/api/v1/policies/suzhou-2021')).json();
    expect(pack.activitySeries.map((s: { name: { zh: string } }) => s.name.zh)).toContain('文化铸魂');
    expect((await as.street.get('/api/v1/policies/no-such')).statusCode).toBe(404);
    expect((await as.leader.get('/api/v1/policies')).statusCode).toBe(403);
    expect((await as.auditor.get('/api/v1/policies')).statusCode).toBe(403);
  });
});

describe('bindings', () => {
  it('a region inherits the packs bound above it and adds its own', async () => {
    expect((await as.admin.put('/api/v1/policy-bindings?region=', { policies: ['mca-2017'], version: 0 })).statusCode).toBe(200);
    const bound = await as.city.put('/api/v1/policy-bindings', { policies: ['shanghai-2021'], version: 0 });
    expect(bound.statusCode, bound.body).toBe(200);
    expect(bound.json()).toMatchObject({ region: { code: '31' }, own: ['shanghai-2021'], version: 1 });
    const street = (await as.street.get('/api/v1/policy-bindings')).json();
    expect(street.own).toEqual([]);
    expect(street.inherited).toEqual([
      { policy: 'mca-2017', boundAt: { code: '', name: '全国', level: 0 } },
      { policy: 'shanghai-2021', boundAt: { code: '31', name: '上海市', level: 1 } },
    ]);
    const dashboard = (await as.street.get('/api/v1/stats/indicators')).json();
    expect(dashboard.packs.map((p: { id: string }) => p.id)).toEqual(['mca-2017', 'shanghai-2021']);
  });

  it('a change is audited with before and after; a stale version answers 409 and changes nothing', async () => {
    const changed = await as.huangpu.put('/api/v1/policy-bindings?region=310101', { policies: ['hangzhou-2018'], version: 0 });
    expect(changed.statusCode).toBe(200);
    const stale = await as.huangpu.put('/api/v1/policy-bindings?region=310101', { policies: [], version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const emptied = await as.huangpu.put('/api/v1/policy-bindings?region=310101', { policies: [], version: 1 });
    expect(emptied.json()).toMatchObject({ own: [], version: 2 });
    const [event] = (await t.database.db.execute(
      sql`SELECT before, after FROM audit_events WHERE action = 'policy_binding.updated' AND target_id = '310101' ORDER BY id DESC LIMIT 1`,
    )) as unknown as [{ before: unknown; after: unknown }];
    expect(event).toEqual({ before: { policies: ['hangzhou-2018'] }, after: { policies: [] } });
  });

  it('another district, or the country, is outside a district officer\'s scope (404)', async () => {
    for (const region of ['310106', '31', '']) {
      const response = await as.huangpu.put(`/api/v1/policy-bindings?region=${region}`, { policies: [], version: 0 });
      expect(response.statusCode, region).toBe(404);
      expect((await as.huangpu.get(`/api/v1/policy-bindings?region=${region}`)).statusCode, region).toBe(404);
    }
    expect((await as.jingan.get('/api/v1/policy-bindings?region=310101002')).statusCode).toBe(404);
  });

  it('only administrators and civil affairs bind', async () => {
    expect((await as.street.put('/api/v1/policy-bindings', { policies: [], version: 0 })).statusCode).toBe(403);
    expect((await as.auditor.put('/api/v1/policy-bindings?region=31', { policies: [], version: 1 })).statusCode).toBe(403);
  });

  it('bad input: unknown or repeated packs, wrong types, missing version, malformed JSON — nothing written', async () => {
    const cases: [unknown, string[]][] = [
      [{ policies: ['mca-2017', 'nope-2020'], version: 1 }, ['policies.1']],
      [{ policies: ['mca-2017', 'mca-2017'], version: 1 }, ['policies.1']],
      [{ policies: 'mca-2017', version: 1 }, ['policies']],
      [{ policies: [] }, ['version']],
      [{ policies: ['Not A Slug'], version: -1 }, ['policies.0', 'version']],
    ];
    for (const [body, paths] of cases) {
      const response = await as.city.put('/api/v1/policy-bindings?region=31', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(paths);
    }
    expect((await as.city.request('PUT', '/api/v1/policy-bindings?region=31', '{"policies": [')).statusCode).toBe(400);
    expect((await as.city.put('/api/v1/policy-bindings?region=3x', { policies: [], version: 1 })).statusCode).toBe(400);
    expect((await as.city.get('/api/v1/policy-bindings')).json()).toMatchObject({ own: ['shanghai-2021'], version: 1 });
  });
});
