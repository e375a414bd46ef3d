// Bad input to every party-building write: 400 problem+json at the field's path (409 for a dissolved party
// organization or a stale version), and nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, meetingBody, partyBody, partyCast, YUNNAN_MIDDLE, type PartyCast } from './party.test-setup.js';

let c: PartyCast;
let joint: string;
let own: string;
beforeAll(async () => {
  c = await partyCast();
  joint = (await c.street.post('/api/v1/party/organizations', partyBody({ organizationIds: [c.ids.yunnanChoir] }))).json().id;
  own = (
    await c.street.post(
      '/api/v1/party/organizations',
      partyBody({ name: '互助队党支部', kind: 'own_branch', regionCode: YUNNAN_MIDDLE, organizationIds: [c.ids.yunnanTeam] }),
    )
  ).json().id;
});
afterAll(() => c.t.close());

async function expectProblem(response: { statusCode: number; json(): unknown }, status: number, code: string, paths: string[] = []) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as { code: string; errors?: { path: string }[] };
  expect(body.code).toBe(code);
  if (paths.length > 0) expect(body.errors?.map((e) => e.path)).toEqual(paths);
}

const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

describe('setting up a party organization', () => {
  it('refuses an own branch over two organizations, a joint branch over none, a future founding date', async () => {
    const before = await countRows(c.t, 'party_organizations');
    await expectProblem(
      await c.street.post(
        '/api/v1/party/organizations',
        partyBody({ kind: 'own_branch', organizationIds: [c.ids.longquanGroup, c.ids.streetAgency] }),
      ),
      400,
      'validation_failed',
      ['organizationIds'],
    );
    await expectProblem(await c.street.post('/api/v1/party/organizations', partyBody({ organizationIds: [] })), 400, 'validation_failed', [
      'organizationIds',
    ]);
    await expectProblem(
      await c.street.post(
        '/api/v1/party/organizations',
        partyBody({ establishedOn: tomorrow(), memberCount: -1, kind: 'branch', organizationIds: [c.ids.streetAgency] }),
      ),
      400,
      'validation_failed',
      ['kind', 'establishedOn', 'memberCount'],
    );
    expect(await countRows(c.t, 'party_organizations')).toBe(before);
  });

  it('refuses organizations outside its region, of another district, already covered or repeated', async () => {
    const before = [await countRows(c.t, 'party_organizations'), await countRows(c.t, 'organization_party_profiles')];
    const response = await c.street.post(
      '/api/v1/party/organizations',
      // set up in 云南中路, it cannot cover the street's agency; 新安 is another district; 合唱队 has its branch
      partyBody({ regionCode: YUNNAN_MIDDLE, organizationIds: [c.ids.streetAgency, c.ids.xinanTeam, c.ids.yunnanChoir] }),
    );
    await expectProblem(response, 400, 'validation_failed', ['organizationIds.0', 'organizationIds.1', 'organizationIds.2']);
    expect((response.json() as { errors: { message: string }[] }).errors.map((e) => e.message)).toEqual([
      '该组织不在党组织所在区划内（只能覆盖本区划及下级区划的组织）',
      '组织不存在或不在您的管辖范围内',
      '该组织已由另一个党组织覆盖，请先在该组织的党建信息中调整',
    ]);
    await expectProblem(
      await c.street.post('/api/v1/party/organizations', partyBody({ organizationIds: [c.ids.streetAgency, c.ids.streetAgency] })),
      400,
      'validation_failed',
      ['organizationIds'],
    );
    await expectProblem(
      await c.street.post('/api/v1/party/organizations', partyBody({ regionCode: '310106006', organizationIds: [c.ids.streetAgency] })),
      400,
      'unknown_region',
      ['regionCode'],
    );
    expect([await countRows(c.t, 'party_organizations'), await countRows(c.t, 'organization_party_profiles')]).toEqual(before);
  });

  it('keeps an own branch at one organization when its set changes', async () => {
    await expectProblem(
      await c.street.patch(`/api/v1/party/organizations/${own}`, { version: 1, organizationIds: [c.ids.yunnanTeam, c.ids.longquanGroup] }),
      400,
      'validation_failed',
      ['organizationIds'],
    );
    await expectProblem(
      await c.street.patch(`/api/v1/party/organizations/${own}`, { version: 1, memberCount: 'many' }),
      400,
      'validation_failed',
      ['memberCount'],
    );
  });
});

describe('party profiles', () => {
  it('refuses more party members than members, and negative counts', async () => {
    // 合唱队 has 30 members
    await expectProblem(
      await c.street.put(`/api/v1/organizations/${c.ids.yunnanChoir}/party-profile`, { leaderIsPartyMember: true, partyMemberCount: 31 }),
      400,
      'validation_failed',
      ['partyMemberCount'],
    );
    await expectProblem(
      await c.street.put(`/api/v1/organizations/${c.ids.yunnanChoir}/party-profile`, { leaderIsPartyMember: 'yes', partyMemberCount: -2 }),
      400,
      'validation_failed',
      ['leaderIsPartyMember', 'partyMemberCount'],
    );
  });

  it('refuses moving into an own branch that covers another, out of the last one, or out of the region', async () => {
    const before = await countRows(c.t, 'audit_events');
    const body = { leaderIsPartyMember: false, partyMemberCount: 0 };
    await expectProblem(
      await c.street.put(`/api/v1/organizations/${c.ids.longquanGroup}/party-profile`, { ...body, partyOrganizationId: own }),
      400,
      'validation_failed',
      ['partyOrganizationId'],
    );
    // 合唱队 is the joint branch's only organization
    const last = await c.street.put(`/api/v1/organizations/${c.ids.yunnanChoir}/party-profile`, { ...body, partyOrganizationId: null });
    await expectProblem(last, 400, 'validation_failed', ['partyOrganizationId']);
    expect((last.json() as { errors: { message: string }[] }).errors[0]!.message).toBe(
      '这是该党组织覆盖的最后一个组织；如不再覆盖，请撤销该党组织',
    );
    // 编织小组 of 龙泉园路 cannot join 云南中路's own branch; and an unknown party organization
    await expectProblem(
      await c.street.put(`/api/v1/organizations/${c.ids.longquanGroup}/party-profile`, {
        ...body,
        partyOrganizationId: '00000000-0000-4000-8000-000000000000',
      }),
      400,
      'validation_failed',
      ['partyOrganizationId'],
    );
    expect(await countRows(c.t, 'audit_events')).toBe(before);
    expect((await c.street.get(`/api/v1/organizations/${c.ids.yunnanChoir}/party-profile`)).json().partyOrganization.id).toBe(joint);
  });
});

describe('meetings', () => {
  it('refuses a meeting in the future, without a topic, with negative attendees or an unknown kind', async () => {
    const before = await countRows(c.t, 'party_meetings');
    await expectProblem(
      await c.street.post(
        `/api/v1/party/organizations/${joint}/meetings`,
        meetingBody({ heldOn: tomorrow(), topic: ' ', attendees: -1, kind: 'tea_party' }),
      ),
      400,
      'validation_failed',
      ['kind', 'heldOn', 'topic', 'attendees'],
    );
    await expectProblem(await c.street.get('/api/v1/party/meetings?from=2025-02-01&to=2025-01-01'), 400, 'validation_failed', [
      'querystring.to',
    ]);
    expect(await countRows(c.t, 'party_meetings')).toBe(before);
  });
});
