import type { Organization } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization } from '../../test/factories.js';
import {
  castOfUsers,
  countRows,
  creditCode,
  HUANGPU,
  JINGAN_STREET,
  LONGQUAN,
  NANJING_EAST,
  organizationBody,
  YUNNAN_MIDDLE,
  type Cast,
} from './organizations.test-setup.js';

let c: Cast;
let huangpuTeam: Organization;
let leadersTeam: string;
let othersTeam: string;
let suspended: string;
beforeAll(async () => {
  c = await castOfUsers();
  const { services } = c.t;
  huangpuTeam = (await c.street.post('/api/v1/organizations', organizationBody({ name: '黄浦区的团队' }))).json();
  leadersTeam = (await buildOrganization(services, { name: '周队长的队伍', regionCode: YUNNAN_MIDDLE, leaderUserId: c.leaderId })).id;
  othersTeam = (await buildOrganization(services, { name: '别人的队伍', regionCode: YUNNAN_MIDDLE })).id;
  suspended = (await buildOrganization(services, { name: '暂停活动的小组', tier: 'group', regionCode: LONGQUAN, status: 'suspended' })).id;
});
afterAll(() => c.t.close());

const names = (page: { items: Organization[] }) => page.items.map((o) => o.name);

describe('cross-region access', () => {
  it('answers 404 to a 静安区 street officer for a 黄浦区 organization, whatever the verb', async () => {
    const url = `/api/v1/organizations/${huangpuTeam.id}`;
    for (const response of [
      await c.jinganStreet.get(url),
      await c.jinganStreet.patch(url, { version: 1, memberCount: 1 }),
      await c.jinganStreet.post(`${url}/reveal`),
      await c.jinganStreet.get(`${url}/history`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
    expect((await c.street.get(url)).json().memberCount).toBe(12);
  });

  it('does not let a 静安区 officer record an organization in 黄浦区', async () => {
    const before = await countRows(c.t, 'organizations');
    const response = await c.jinganStreet.post('/api/v1/organizations', organizationBody({ regionCode: YUNNAN_MIDDLE }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'unknown_region', errors: [{ path: 'regionCode' }] });
    expect(await countRows(c.t, 'organizations')).toBe(before);
    const own = await c.jinganStreet.post(
      '/api/v1/organizations',
      organizationBody({ regionCode: JINGAN_STREET, name: '江宁路街道志愿者服务队' }),
    );
    expect(own.statusCode).toBe(201);
    expect(own.json().regionPath).toBe('静安区 / 江宁路街道');
  });

  it('lists only the own region, and an empty page for a region filter outside it', async () => {
    const own = (await c.jinganStreet.get('/api/v1/organizations')).json();
    expect(names(own)).toEqual(['江宁路街道志愿者服务队']);
    const outside = await c.jinganStreet.get(`/api/v1/organizations?region=${HUANGPU}`);
    expect(outside.statusCode).toBe(200);
    expect(outside.json()).toMatchObject({ items: [], total: 0 });
  });

  it('does not let a committee worker move an organization to another community', async () => {
    const response = await c.committee.patch(`/api/v1/organizations/${huangpuTeam.id}`, { version: 1, regionCode: LONGQUAN });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'unknown_region', errors: [{ path: 'regionCode' }] });
  });
});

describe('roles', () => {
  it('refuses residents creating and system administrators reading with 403', async () => {
    expect((await c.resident.post('/api/v1/organizations', organizationBody())).statusCode).toBe(403);
    expect((await c.sysAdmin.get('/api/v1/organizations')).statusCode).toBe(403);
    expect((await c.sysAdmin.get(`/api/v1/organizations/${huangpuTeam.id}`)).statusCode).toBe(403);
    expect((await c.resident.post(`/api/v1/organizations/${huangpuTeam.id}/reveal`)).statusCode).toBe(403);
  });

  it('shows an organization leader only their own organizations, and lets them reveal only those', async () => {
    const list = (await c.leader.get('/api/v1/organizations')).json();
    expect(names(list)).toEqual(['周队长的队伍']);
    expect(list.items[0].abilities).toEqual({ update: false, reveal: true, fileChange: true, fileCancel: true });
    expect((await c.leader.get(`/api/v1/organizations/${othersTeam}`)).statusCode).toBe(404);
    expect((await c.leader.post(`/api/v1/organizations/${leadersTeam}/reveal`)).json().leaderPhone).toBe('13812345678');
    expect((await c.leader.post(`/api/v1/organizations/${othersTeam}/reveal`)).statusCode).toBe(404);
    expect((await c.otherLeader.get('/api/v1/organizations')).json().total).toBe(0);
    expect((await c.leader.patch(`/api/v1/organizations/${leadersTeam}`, { version: 1, memberCount: 1 })).statusCode).toBe(403);
  });

  it('shows residents active organizations only, with the leader name masked and no phones or ID numbers', async () => {
    const list = (await c.resident.get('/api/v1/organizations?pageSize=200')).json();
    expect(names(list)).not.toContain('暂停活动的小组');
    expect(names(list)).not.toContain('江宁路街道志愿者服务队');
    const team = list.items.find((o: Organization) => o.id === huangpuTeam.id);
    expect(team).toMatchObject({
      leaderName: '王*',
      leaderPhone: null,
      leaderIdNumber: null,
      contactPhone: null,
      abilities: { update: false, reveal: false },
    });
    expect((await c.resident.get(`/api/v1/organizations/${suspended}`)).statusCode).toBe(404);
    expect((await c.resident.get(`/api/v1/organizations/${huangpuTeam.id}/history`)).statusCode).toBe(403);
  });

  it('lets only civil affairs record or edit a registered social organization', async () => {
    const registered = organizationBody({
      tier: 'registered',
      legalForm: 'social_group',
      creditCode: creditCode(),
      regionCode: NANJING_EAST,
    });
    const before = await countRows(c.t, 'organizations');
    expect((await c.street.post('/api/v1/organizations', registered)).statusCode).toBe(403);
    expect(await countRows(c.t, 'organizations')).toBe(before);
    const created = await c.civilAffairs.post('/api/v1/organizations', registered);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ tier: 'registered', abilities: { update: true, fileChange: false } });
    const asStreet = await c.street.get(`/api/v1/organizations/${created.json().id}`);
    expect(asStreet.json().abilities.update).toBe(false);
    expect((await c.street.patch(`/api/v1/organizations/${created.json().id}`, { version: 1, memberCount: 3 })).statusCode).toBe(403);
    expect((await c.street.patch(`/api/v1/organizations/${huangpuTeam.id}`, { version: 1, tier: 'registered' })).statusCode).toBe(403);
  });

  it('refuses a duplicate credit code with 409 on create and on update', async () => {
    const code = creditCode();
    const first = await c.civilAffairs.post('/api/v1/organizations', organizationBody({ tier: 'registered', creditCode: code }));
    expect(first.statusCode).toBe(201);
    const before = await countRows(c.t, 'organizations');
    const again = await c.civilAffairs.post(
      '/api/v1/organizations',
      organizationBody({ tier: 'registered', creditCode: code.toLowerCase() }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'duplicate_credit_code', errors: [{ path: 'creditCode' }] });
    expect(await countRows(c.t, 'organizations')).toBe(before);
    const other = (
      await c.civilAffairs.post('/api/v1/organizations', organizationBody({ tier: 'registered', creditCode: creditCode() }))
    ).json();
    const patch = await c.civilAffairs.patch(`/api/v1/organizations/${other.id}`, { version: 1, creditCode: code });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().code).toBe('duplicate_credit_code');
  });

  it('links a leader account only when it is an org_leader account', async () => {
    for (const leaderUsername of ['nobody', 'resident']) {
      const response = await c.street.post('/api/v1/organizations', organizationBody({ leaderUsername }));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'unknown_user', errors: [{ path: 'leaderUsername' }] });
    }
    const linked = await c.street.post('/api/v1/organizations', organizationBody({ name: '吴队长的新队伍', leaderUsername: 'LEADER2' }));
    expect(linked.statusCode).toBe(201);
    expect(names((await c.otherLeader.get('/api/v1/organizations')).json())).toEqual(['吴队长的新队伍']);
  });
});
