// Who sees and changes which party-building records: another district answers 404 and lists nothing of 黄浦区;
// roles without the permission answer 403; a leader sees only what concerns their own organization.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, HUANGPU, meetingBody, partyBody, partyCast, type PartyCast } from './party.test-setup.js';

let c: PartyCast;
let joint: string;
beforeAll(async () => {
  c = await partyCast();
  joint = (await c.street.post('/api/v1/party/organizations', partyBody({ organizationIds: [c.ids.yunnanChoir, c.ids.yunnanTeam] }))).json()
    .id;
  await c.street.post(`/api/v1/party/organizations/${joint}/meetings`, meetingBody());
});
afterAll(() => c.t.close());

describe('another district', () => {
  it('gets 404 for every record of 黄浦区, whatever the verb, and changes nothing', async () => {
    const before = [await countRows(c.t, 'party_meetings'), await countRows(c.t, 'organization_party_profiles')];
    for (const response of [
      await c.jinganStreet.get(`/api/v1/party/organizations/${joint}`),
      await c.jinganStreet.patch(`/api/v1/party/organizations/${joint}`, { version: 1, name: '改名' }),
      await c.jinganStreet.post(`/api/v1/party/organizations/${joint}/meetings`, meetingBody()),
      await c.jinganStreet.get(`/api/v1/organizations/${c.ids.yunnanChoir}/party-profile`),
      await c.jinganStreet.put(`/api/v1/organizations/${c.ids.yunnanChoir}/party-profile`, {
        leaderIsPartyMember: true,
        partyMemberCount: 1,
      }),
      await c.jinganStreet.get(`/api/v1/party/coverage?region=${HUANGPU}`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
    expect([await countRows(c.t, 'party_meetings'), await countRows(c.t, 'organization_party_profiles')]).toEqual(before);
  });

  it('lists nothing of 黄浦区, even when it asks for 黄浦区', async () => {
    for (const list of ['organizations', 'meetings']) {
      expect((await c.jinganStreet.get(`/api/v1/party/${list}`)).json()).toMatchObject({ items: [], total: 0 });
      expect((await c.jinganStreet.get(`/api/v1/party/${list}?region=${HUANGPU}`)).json()).toMatchObject({ items: [], total: 0 });
    }
    expect((await c.jinganStreet.get('/api/v1/party/coverage')).json()).toMatchObject({ organizations: 1, covered: 0 });
  });

  it('cannot cover an organization of 黄浦区 with a party organization of its own', async () => {
    const response = await c.jinganStreet.post(
      '/api/v1/party/organizations',
      partyBody({ regionCode: '310106006', organizationIds: [c.ids.longquanGroup] }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'organizationIds.0', message: '组织不存在或不在您的管辖范围内' }]);
  });
});

describe('roles', () => {
  it('refuses residents and the system administrator everything (403)', async () => {
    for (const client of [c.resident, c.admin]) {
      expect((await client.get('/api/v1/party/organizations')).statusCode).toBe(403);
      expect((await client.get('/api/v1/party/meetings')).statusCode).toBe(403);
      expect((await client.get('/api/v1/party/coverage')).statusCode).toBe(403);
      expect((await client.post('/api/v1/party/organizations', partyBody({ organizationIds: [c.ids.longquanGroup] }))).statusCode).toBe(
        403,
      );
      expect((await client.get(`/api/v1/organizations/${c.ids.yunnanTeam}/party-profile`)).statusCode).toBe(403);
      expect(
        (await client.put(`/api/v1/organizations/${c.ids.yunnanTeam}/party-profile`, { leaderIsPartyMember: true, partyMemberCount: 1 }))
          .statusCode,
      ).toBe(403);
    }
  });

  it('lets a leader read the party organization covering their organization, and change none of it', async () => {
    const seen = (await c.leader.get('/api/v1/party/organizations')).json();
    expect(seen.items.map((p: { id: string; abilities: unknown }) => [p.id, p.abilities])).toEqual([
      [joint, { update: false, recordMeeting: false }],
    ]);
    expect((await c.leader.get('/api/v1/party/meetings')).json().total).toBe(1);
    expect((await c.leader.patch(`/api/v1/party/organizations/${joint}`, { version: 1, name: '改名' })).statusCode).toBe(403);
    expect((await c.leader.post(`/api/v1/party/organizations/${joint}/meetings`, meetingBody())).statusCode).toBe(403);
    expect((await c.leader.post('/api/v1/party/organizations', partyBody({ organizationIds: [c.ids.yunnanTeam] }))).statusCode).toBe(403);
    expect((await c.leader.get('/api/v1/party/coverage')).statusCode).toBe(403);
    expect((await c.leader.get(`/api/v1/organizations/${c.ids.longquanGroup}/party-profile`)).statusCode).toBe(404);
  });

  it("keeps a committee to its community: the street's party organization is not its to see or change", async () => {
    expect((await c.committee.get(`/api/v1/party/organizations/${joint}`)).statusCode).toBe(404);
    const move = await c.committee.put(`/api/v1/organizations/${c.ids.yunnanTeam}/party-profile`, {
      partyOrganizationId: null,
      leaderIsPartyMember: false,
      partyMemberCount: 0,
    });
    // it may keep 互助队's figures, but cannot take it out of a party organization above its community
    expect(move.statusCode).toBe(403);
    expect(
      (await c.committee.put(`/api/v1/organizations/${c.ids.yunnanTeam}/party-profile`, { leaderIsPartyMember: true, partyMemberCount: 2 }))
        .statusCode,
    ).toBe(200);
  });
});
