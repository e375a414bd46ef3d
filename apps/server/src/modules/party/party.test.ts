// Party building end to end: party organizations and what they cover, organizations' party profiles, "三会一课"
// records, coverage by region (figures worked out in the comments) and the audit trail.
import type { PartyCoverage, PartyMeeting, PartyOrganization, PartyOrganizationDetail } from '@linli/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONGQUAN, meetingBody, NANJING_EAST, partyBody, partyCast, YUNNAN_MIDDLE, type PartyCast } from './party.test-setup.js';

let c: PartyCast;
let joint: PartyOrganizationDetail;
let own: PartyOrganizationDetail;
beforeAll(async () => {
  c = await partyCast();
});
afterAll(() => c.t.close());

const names = (page: { items: PartyOrganization[] }) => page.items.map((p) => p.name);
const profileOf = async (id: string) => (await c.street.get(`/api/v1/organizations/${id}/party-profile`)).json();

describe('party organizations', () => {
  it('a street sets up a joint branch over two organizations of its communities', async () => {
    const response = await c.street.post(
      '/api/v1/party/organizations',
      partyBody({ organizationIds: [c.ids.yunnanChoir, c.ids.longquanGroup] }),
    );
    expect(response.statusCode, response.body).toBe(201);
    joint = response.json();
    expect(joint).toMatchObject({
      kind: 'joint_branch',
      regionCode: NANJING_EAST,
      regionPath: '黄浦区 / 南京东路街道',
      status: 'active',
      version: 1,
      coveredCount: 2,
      lastMeetingOn: null,
      abilities: { update: true, recordMeeting: true },
    });
    expect(joint.organizations.map((o) => [o.name, o.regionName])).toEqual([
      ['云南中路合唱队', '黄浦区 / 南京东路街道 / 云南中路居委会'],
      ['龙泉园路编织小组', '黄浦区 / 南京东路街道 / 龙泉园路居委会'],
    ]);
  });

  it("a committee sets up an organization's own branch", async () => {
    const response = await c.committee.post(
      '/api/v1/party/organizations',
      partyBody({
        name: '云南中路睦邻互助队党支部',
        kind: 'own_branch',
        regionCode: YUNNAN_MIDDLE,
        memberCount: 3,
        organizationIds: [c.ids.yunnanTeam],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    own = response.json();
    expect(own).toMatchObject({ kind: 'own_branch', coveredCount: 1 });
  });

  it('lists them with filters by kind, covered organization and the region an organization would need', async () => {
    expect(names((await c.street.get('/api/v1/party/organizations')).json())).toEqual([joint.name, own.name]);
    expect(names((await c.street.get('/api/v1/party/organizations?kind=own_branch')).json())).toEqual([own.name]);
    expect(names((await c.street.get(`/api/v1/party/organizations?organizationId=${c.ids.yunnanChoir}`)).json())).toEqual([joint.name]);
    // for 龙泉园路: the street's joint branch, not 云南中路's own branch
    expect(names((await c.street.get(`/api/v1/party/organizations?forRegion=${LONGQUAN}`)).json())).toEqual([joint.name]);
    expect(names((await c.street.get(`/api/v1/party/organizations?region=${YUNNAN_MIDDLE}`)).json())).toEqual([own.name]);
    // the committee sees its community's only
    expect(names((await c.committee.get('/api/v1/party/organizations')).json())).toEqual([own.name]);
  });
});

describe("organizations' party profiles", () => {
  it('shows which party organization covers an organization; one never saved reads as none', async () => {
    expect(await profileOf(c.ids.yunnanChoir)).toMatchObject({
      partyOrganization: { id: joint.id, name: joint.name, kind: 'joint_branch' },
      leaderIsPartyMember: false,
      partyMemberCount: 0,
      abilities: { update: true, changeCoverage: true },
    });
    expect(await profileOf(c.ids.streetAgency)).toMatchObject({ partyOrganization: null, updatedAt: null });
  });

  it('an office records the party members and moves an organization into a party organization', async () => {
    const saved = await c.street.put(`/api/v1/organizations/${c.ids.yunnanChoir}/party-profile`, {
      leaderIsPartyMember: true,
      partyMemberCount: 5,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ partyOrganization: { id: joint.id }, leaderIsPartyMember: true, partyMemberCount: 5 });
    const moved = await c.street.put(`/api/v1/organizations/${c.ids.streetAgency}/party-profile`, {
      partyOrganizationId: joint.id,
      leaderIsPartyMember: false,
      partyMemberCount: 0,
    });
    expect(moved.json().partyOrganization).toMatchObject({ id: joint.id });
    expect((await c.street.get(`/api/v1/party/organizations/${joint.id}`)).json().coveredCount).toBe(3);
  });

  it("lets the leader keep their own organization's member figures, not its coverage", async () => {
    const profile = await c.leader.get(`/api/v1/organizations/${c.ids.yunnanTeam}/party-profile`);
    expect(profile.json()).toMatchObject({ partyOrganization: { id: own.id }, abilities: { update: true, changeCoverage: false } });
    const counts = await c.leader.put(`/api/v1/organizations/${c.ids.yunnanTeam}/party-profile`, {
      leaderIsPartyMember: false,
      partyMemberCount: 3,
    });
    expect(counts.statusCode, counts.body).toBe(200);
    const unchanged = await c.leader.put(`/api/v1/organizations/${c.ids.yunnanTeam}/party-profile`, {
      partyOrganizationId: own.id,
      leaderIsPartyMember: false,
      partyMemberCount: 3,
    });
    expect(unchanged.statusCode).toBe(200);
    const moved = await c.leader.put(`/api/v1/organizations/${c.ids.yunnanTeam}/party-profile`, {
      partyOrganizationId: null,
      leaderIsPartyMember: false,
      partyMemberCount: 3,
    });
    expect(moved.statusCode).toBe(403);
    expect((await c.leader.get(`/api/v1/organizations/${c.ids.yunnanChoir}/party-profile`)).statusCode).toBe(404);
  });
});

describe('changing a party organization', () => {
  it('renames and replaces the organizations it covers; the one left out is no longer covered', async () => {
    const response = await c.street.patch(`/api/v1/party/organizations/${joint.id}`, {
      version: 1,
      name: '南京东路街道社区社会组织第一联合党支部',
      organizationIds: [c.ids.yunnanChoir, c.ids.streetAgency],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ name: '南京东路街道社区社会组织第一联合党支部', version: 2, coveredCount: 2 });
    expect((await profileOf(c.ids.longquanGroup)).partyOrganization).toBeNull();
    const stale = await c.street.patch(`/api/v1/party/organizations/${joint.id}`, { version: 1, memberCount: 11 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
  });
});

describe('三会一课', () => {
  it('records meetings and lists them by kind, period, party organization and covered organization', async () => {
    const recorded = await c.street.post(`/api/v1/party/organizations/${joint.id}/meetings`, meetingBody());
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json()).toMatchObject({
      kind: 'member_assembly',
      partyOrganizationName: '南京东路街道社区社会组织第一联合党支部',
      regionCode: NANJING_EAST,
      recordedByName: 'street',
    });
    await c.street.post(
      `/api/v1/party/organizations/${joint.id}/meetings`,
      meetingBody({ kind: 'party_lecture', heldOn: '2025-04-10', topic: '党课：社区治理中的党员作用', attendees: 9 }),
    );
    await c.committee.post(
      `/api/v1/party/organizations/${own.id}/meetings`,
      meetingBody({ kind: 'committee_meeting', heldOn: '2024-12-20', attendees: 3 }),
    );

    const topics = async (query: string) =>
      ((await c.street.get(`/api/v1/party/meetings${query}`)).json().items as PartyMeeting[]).map((m) => m.heldOn);
    expect(await topics('')).toEqual(['2025-04-10', '2025-03-05', '2024-12-20']);
    expect(await topics('?kind=party_lecture,committee_meeting')).toEqual(['2025-04-10', '2024-12-20']);
    expect(await topics('?from=2025-01-01&to=2025-03-31')).toEqual(['2025-03-05']);
    expect(await topics(`?partyOrganizationId=${own.id}`)).toEqual(['2024-12-20']);
    expect(await topics(`?organizationId=${c.ids.yunnanChoir}`)).toEqual(['2025-04-10', '2025-03-05']);
    expect((await c.street.get(`/api/v1/party/organizations/${joint.id}`)).json().lastMeetingOn).toBe('2025-04-10');
    // the leader sees the meetings of the party organization covering their organization
    expect(((await c.leader.get('/api/v1/party/meetings')).json().items as PartyMeeting[]).map((m) => m.heldOn)).toEqual(['2024-12-20']);
  });
});

describe('coverage', () => {
  it("counts a district's and a street's active organizations, covered ones, party leaders and members", async () => {
    // active in 黄浦区: 互助队, 合唱队, 编织小组, 服务社 (the suspended 太极队 does not count) → 4; covered: 互助队 (own
    // branch), 合唱队 and 服务社 (joint) → 3; party leader: 合唱队's; party members 5 + 3 = 8; party organizations 2
    const district: PartyCoverage = (await c.civil.get('/api/v1/party/coverage')).json();
    expect(district).toMatchObject({
      organizations: 4,
      covered: 3,
      share: 0.75,
      withPartyLeader: 1,
      partyMembers: 8,
      partyOrganizations: 2,
      childLevel: 4,
    });
    expect(district.children.find((row) => row.code === NANJING_EAST)).toMatchObject({
      organizations: 4,
      covered: 3,
      partyOrganizations: 2,
    });
    expect(district.own).toMatchObject({ organizations: 0, share: null });

    const street: PartyCoverage = (await c.street.get('/api/v1/party/coverage')).json();
    expect(street.children.find((row) => row.code === YUNNAN_MIDDLE)).toMatchObject({
      organizations: 2,
      covered: 2,
      share: 1,
      withPartyLeader: 1,
      partyMembers: 8,
      partyOrganizations: 1,
    });
    expect(street.children.find((row) => row.code === LONGQUAN)).toMatchObject({
      organizations: 1,
      covered: 0,
      share: 0,
      partyOrganizations: 0,
    });
    // the street's own: 服务社 and the joint branch, in no community
    expect(street.own).toMatchObject({ organizations: 1, covered: 1, partyOrganizations: 1 });
  });

  it('dissolving a party organization ends its coverage and its meetings', async () => {
    const dissolved = await c.committee.patch(`/api/v1/party/organizations/${own.id}`, { version: 1, status: 'dissolved' });
    expect(dissolved.statusCode, dissolved.body).toBe(200);
    expect(dissolved.json()).toMatchObject({ status: 'dissolved', coveredCount: 0, abilities: { recordMeeting: false } });
    const meeting = await c.committee.post(`/api/v1/party/organizations/${own.id}/meetings`, meetingBody());
    expect(meeting.statusCode).toBe(409);
    expect(meeting.json().code).toBe('party_organization_dissolved');
    expect((await c.committee.patch(`/api/v1/party/organizations/${own.id}`, { version: 2, status: 'active' })).statusCode).toBe(409);
    expect((await c.civil.get('/api/v1/party/coverage')).json()).toMatchObject({ covered: 2, partyOrganizations: 1 });
  });

  it('writes an audit event for every change', async () => {
    const rows = (await c.t.database.db.execute(
      sql`SELECT action FROM audit_events WHERE action LIKE 'party%' ORDER BY id`,
    )) as unknown as { action: string }[];
    expect(rows.map((r) => r.action)).toEqual([
      'party_organization.created',
      'party_organization.created',
      'party_profile.updated',
      'party_profile.updated',
      'party_profile.updated',
      'party_organization.updated',
      'party_meeting.recorded',
      'party_meeting.recorded',
      'party_meeting.recorded',
      'party_organization.updated',
    ]);
  });
});
