import { maskPhone, type Organization } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization } from '../../test/factories.js';
import {
  castOfUsers,
  countRows,
  creditCode,
  LONGQUAN,
  NANJING_EAST,
  organizationBody,
  YUNNAN_MIDDLE,
  type Cast,
} from './organizations.test-setup.js';

let c: Cast;
beforeAll(async () => {
  c = await castOfUsers();
});
afterAll(() => c.t.close());

const names = (page: { items: Organization[] }) => page.items.map((o) => o.name);

describe('organization registry: record, read, change', () => {
  let created: Organization;

  it('creates an organization with its region path, masked personal data and abilities', async () => {
    const response = await c.street.post(
      '/api/v1/organizations',
      organizationBody({ name: '云南中路睦邻互助队', contactName: '李四', contactPhone: '021-63211234', leaderUsername: 'leader' }),
    );
    expect(response.statusCode).toBe(201);
    created = response.json();
    expect(created).toMatchObject({
      name: '云南中路睦邻互助队',
      tier: 'team',
      status: 'active',
      version: 1,
      regionName: '云南中路居委会',
      regionPath: '黄浦区 / 南京东路街道 / 云南中路居委会',
      leaderPhone: '138****5678',
      leaderIdNumber: '1101**********002X',
      contactPhone: maskPhone('021-63211234'),
      leaderUsername: 'leader',
      abilities: { update: true, reveal: true, fileChange: false, fileCancel: false },
    });
  });

  it('shows the organization in the list and in detail to staff of the region', async () => {
    const list = (await c.civilAffairs.get('/api/v1/organizations')).json();
    expect(names(list)).toContain('云南中路睦邻互助队');
    const detail = await c.committee.get(`/api/v1/organizations/${created.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      id: created.id,
      leaderPhone: '138****5678',
      abilities: { update: true, fileChange: true, fileCancel: true },
    });
  });

  it('updates only the changed fields, bumps the version and records who changed what', async () => {
    const response = await c.street.patch(`/api/v1/organizations/${created.id}`, {
      version: 1,
      memberCount: 30,
      leaderPhone: '13900001111',
      name: '云南中路睦邻互助队',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ memberCount: 30, version: 2, leaderPhone: '139****1111' });

    const history = (await c.street.get(`/api/v1/organizations/${created.id}/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['update', 'create']);
    expect(history[0]).toMatchObject({
      actorName: '街道赵',
      changes: { memberCount: { from: 12, to: 30 }, leaderPhone: { from: '138****5678', to: '139****1111' } },
    });
    expect(Object.keys(history[0].changes)).not.toContain('name');
    expect(history[1].changes.name).toEqual({ from: null, to: '云南中路睦邻互助队' });
    expect(history[1].changes.leaderIdNumber).toEqual({ from: null, to: '1101**********002X' });
    expect(history[1].changes.regionCode.to).toMatch(/^云南中路居委会（310101002001）$/);
    expect(JSON.stringify(history)).not.toContain('13900001111');
  });

  it('writes created and updated audit events with masked values', async () => {
    const events = await c.t.database.driver.query(
      `SELECT action, before, after FROM audit_events WHERE target_id = $1 ORDER BY id`,
      [created.id],
      'object',
    );
    const rows = events.rows as { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> }[];
    expect(rows.map((r) => r.action)).toEqual(['organization.created', 'organization.updated']);
    expect(rows[0]!.after).toMatchObject({ name: '云南中路睦邻互助队', leaderPhone: '138****5678' });
    expect(rows[1]!.before).toEqual({ memberCount: 12, leaderPhone: '138****5678' });
    expect(rows[1]!.after).toEqual({ memberCount: 30, leaderPhone: '139****1111' });
  });

  it('changes the status (suspend) and lets a PATCH without changes leave the version alone', async () => {
    const suspended = await c.street.patch(`/api/v1/organizations/${created.id}`, { version: 2, status: 'suspended' });
    expect(suspended.json()).toMatchObject({ status: 'suspended', version: 3, abilities: { fileChange: false } });
    const unchanged = await c.street.patch(`/api/v1/organizations/${created.id}`, { version: 3, status: 'suspended' });
    expect(unchanged.json().version).toBe(3);
  });

  it('leaves every field a PATCH does not mention as it was', async () => {
    const full = {
      description: '每周三下午活动',
      venue: '云南中路活动室',
      targetGroups: ['老年人'],
      hubKind: 'federation',
      isObservationPoint: true,
      isDemonstration: true,
    };
    const { id } = (await c.street.post('/api/v1/organizations', organizationBody(full))).json();
    const patched = await c.street.patch(`/api/v1/organizations/${id}`, { version: 1, memberCount: 13 });
    expect(patched.json()).toMatchObject({
      ...full,
      memberCount: 13,
      version: 2,
      leaderPhone: '138****5678',
      leaderIdNumber: '1101**********002X',
    });
    const history = (await c.street.get(`/api/v1/organizations/${id}/history`)).json().items;
    expect(history[0].changes).toEqual({ memberCount: { from: 12, to: 13 } });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const response = await c.street.patch(`/api/v1/organizations/${created.id}`, { version: 1, memberCount: 99 });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('version_conflict');
    expect((await c.street.get(`/api/v1/organizations/${created.id}`)).json().memberCount).toBe(30);
  });

  it('reveals the plain personal data and audits which fields were shown, not their values', async () => {
    const response = await c.committee.post(`/api/v1/organizations/${created.id}/reveal`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ leaderPhone: '13900001111', leaderIdNumber: '11010519491231002X', contactPhone: '021-63211234' });
    const events = await c.t.database.driver.query(
      `SELECT actor_name, after FROM audit_events WHERE action = 'organization.revealed' AND target_id = $1`,
      [created.id],
      'object',
    );
    expect(events.rows).toEqual([{ actor_name: '居委孙', after: { fields: ['leaderPhone', 'leaderIdNumber', 'contactPhone'] } }]);
  });

  it('keeps personal data as ciphertext in the database', async () => {
    const result = await c.t.database.driver.query(
      `SELECT leader_phone_enc, leader_id_number_enc, contact_phone_enc FROM organizations WHERE id = $1`,
      [created.id],
      'object',
    );
    const row = result.rows[0] as Record<string, Uint8Array>;
    for (const value of Object.values(row)) expect(value.length).toBeGreaterThan(28);
    const stored = Object.values(row)
      .map((v) => Buffer.from(v).toString('latin1'))
      .join('|');
    expect(stored).not.toContain('13900001111');
    expect(stored).not.toContain('11010519491231002X');
    expect(stored).not.toContain('63211234');
  });

  it('stores and returns a name with HTML and SQL metacharacters literally', async () => {
    const name = `<script>alert(1)</script>' OR 1=1 --`;
    const before = await countRows(c.t, 'organizations');
    const response = await c.street.post('/api/v1/organizations', organizationBody({ name }));
    expect(response.statusCode).toBe(201);
    expect(response.json().name).toBe(name);
    expect((await c.street.get(`/api/v1/organizations/${response.json().id}`)).json().name).toBe(name);
    const found = (await c.street.get(`/api/v1/organizations?q=${encodeURIComponent("' OR 1=1 --")}`)).json();
    expect(names(found)).toEqual([name]);
    expect(await countRows(c.t, 'organizations')).toBe(before + 1);
  });
});

describe('organization list: search, filters, pages', () => {
  const code = creditCode();
  beforeAll(async () => {
    const { services } = c.t;
    await buildOrganization(services, {
      name: '南京东路街道平安巡逻队',
      regionCode: NANJING_EAST,
      serviceFields: ['治安巡逻', '志愿服务'],
      memberCount: 40,
      foundedOn: '2019-03-01',
    });
    await buildOrganization(services, {
      name: '龙泉园路编织小组',
      tier: 'group',
      regionCode: LONGQUAN,
      serviceFields: ['文化艺术'],
      memberCount: 8,
      foundedOn: '2021-06-01',
      isBrand: true,
    });
    await buildOrganization(services, {
      name: '黄浦区为老服务中心',
      tier: 'registered',
      legalForm: 'social_service_agency',
      creditCode: code,
      regionCode: NANJING_EAST,
      serviceFields: ['养老'],
      hubKind: 'service_center',
      memberCount: 25,
    });
    await buildOrganization(services, {
      name: '已注销的合唱团',
      regionCode: YUNNAN_MIDDLE,
      status: 'cancelled',
      memberCount: 5,
      filingNumber: '备310101002-2024-0007',
    });
  });

  it('finds an organization by a Chinese keyword inside its name', async () => {
    const page = (await c.street.get(`/api/v1/organizations?q=${encodeURIComponent('平安巡逻')}`)).json();
    expect(names(page)).toEqual(['南京东路街道平安巡逻队']);
    expect(page.total).toBe(1);
    const wildcard = (await c.street.get(`/api/v1/organizations?q=${encodeURIComponent('%_')}`)).json();
    expect(wildcard.total).toBe(0);
  });

  it('finds names by the one- and two-character words Chinese searches mostly use', async () => {
    const search = async (q: string) => names((await c.street.get(`/api/v1/organizations?q=${encodeURIComponent(q)}`)).json()).sort();
    expect(await search('巡逻')).toEqual(['南京东路街道平安巡逻队']);
    expect(await search('编织')).toEqual(['龙泉园路编织小组']);
    expect(await search('团')).toEqual(['已注销的合唱团']);
    expect(await search('巡织')).toEqual([]);
  });

  it('finds an organization by its exact credit code (any case) or filing number', async () => {
    expect(names((await c.street.get(`/api/v1/organizations?q=${code.toLowerCase()}`)).json())).toEqual(['黄浦区为老服务中心']);
    expect(names((await c.street.get(`/api/v1/organizations?q=${encodeURIComponent('备310101002-2024-0007')}`)).json())).toEqual([
      '已注销的合唱团',
    ]);
  });

  it('filters by tier, status, service field overlap, hub kind, flags and region subtree', async () => {
    const get = async (query: string) => names((await c.civilAffairs.get(`/api/v1/organizations?pageSize=200&${query}`)).json());
    expect(await get('tier=group')).toEqual(['龙泉园路编织小组']);
    expect(await get('tier=registered,group&sort=name')).toEqual(['黄浦区为老服务中心', '龙泉园路编织小组'].sort());
    expect(await get('status=cancelled')).toEqual(['已注销的合唱团']);
    expect(await get(`serviceField=${encodeURIComponent('养老,文化艺术')}&sort=name`)).toEqual(
      ['黄浦区为老服务中心', '龙泉园路编织小组'].sort(),
    );
    expect(await get('hubKind=service_center')).toEqual(['黄浦区为老服务中心']);
    expect(await get('isBrand=true')).toEqual(['龙泉园路编织小组']);
    expect(await get(`region=${LONGQUAN}`)).toEqual(['龙泉园路编织小组']);
    expect(await get(`region=${NANJING_EAST}&isBrand=false&tier=team&serviceField=${encodeURIComponent('治安巡逻')}`)).toEqual([
      '南京东路街道平安巡逻队',
    ]);
  });

  it('sorts and pages with a stable total', async () => {
    const all = (await c.civilAffairs.get('/api/v1/organizations?sort=-memberCount&pageSize=200')).json();
    const counts = all.items.map((o: Organization) => o.memberCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const first = (await c.civilAffairs.get('/api/v1/organizations?sort=-memberCount&pageSize=2&page=1')).json();
    const second = (await c.civilAffairs.get('/api/v1/organizations?sort=-memberCount&pageSize=2&page=2')).json();
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: all.total });
    expect([...names(first), ...names(second)]).toEqual(names(all).slice(0, 4));
    const founded = names(
      (await c.civilAffairs.get(`/api/v1/organizations?sort=foundedOn&region=${NANJING_EAST}&tier=team,group&pageSize=200`)).json(),
    );
    expect(founded.indexOf('南京东路街道平安巡逻队')).toBeLessThan(founded.indexOf('龙泉园路编织小组'));
    const beyond = (await c.civilAffairs.get('/api/v1/organizations?page=99')).json();
    expect(beyond).toMatchObject({ items: [], total: all.total });
  });

  it('answers a bad filter with 400 naming the query field', async () => {
    const response = await c.civilAffairs.get('/api/v1/organizations?tier=club&pageSize=1000');
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('querystring.pageSize');
    expect(paths.some((p: string) => p.startsWith('querystring.tier'))).toBe(true);
  });
});
