import type { FilingDetail } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, castOfUsers, countRows, establishBody, existingTeam, LONGQUAN, submit, XINAN, type Cast } from './filings.test-setup.js';

let c: Cast;
beforeAll(async () => {
  c = await castOfUsers();
});
afterAll(() => c.t.close());

const countersTotal = async () => {
  const result = await c.t.database.driver.query('SELECT coalesce(sum(value), 0)::int AS n FROM filing_counters', [], 'object');
  return Number((result.rows[0] as { n: number }).n);
};

const transition = (
  client: Cast['civil'],
  filing: Pick<FilingDetail, 'id' | 'version'>,
  action: string,
  version = filing.version,
  comment = '意见',
) => client.post(`/api/v1/filings/${filing.id}/transitions`, { action, comment, version });

describe('who may act on a filing', () => {
  let filing: FilingDetail;
  beforeAll(async () => {
    filing = await submit(c.leader, establishBody());
  });

  it('refuses the wrong role or person with 403 forbidden and changes nothing', async () => {
    for (const [client, action] of [
      [c.street, 'approve'],
      [c.civil, 'approve'],
      [c.leader, 'approve'],
      [c.committee, 'file'],
      [c.committee, 'withdraw'],
      [c.leader, 'file'],
    ] as const) {
      const response = await transition(client, filing, action);
      expect(response.statusCode, `${action}`).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
    for (const client of [c.resident, c.admin]) expect((await transition(client, filing, 'approve')).statusCode).toBe(403);
    expect((await c.committee.get(`/api/v1/filings/${filing.id}`)).json()).toMatchObject({ status: 'committee_review', version: 1 });
  });

  it('lets only leaders and committee workers submit (403 for everyone else, nothing written)', async () => {
    const before = await countRows(c.t, 'filings');
    for (const client of [c.civil, c.street, c.resident, c.admin]) {
      const response = await client.post('/api/v1/filings', establishBody());
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
    for (const client of [c.resident, c.admin]) expect((await client.get('/api/v1/filings')).statusCode).toBe(403);
    expect(await countRows(c.t, 'filings')).toBe(before);
  });

  it('answers a stale version with 409 version_conflict', async () => {
    const response = await transition(c.committee, filing, 'approve', 0);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'version_conflict', title: '记录已被他人修改' });
    expect((await c.committee.get(`/api/v1/filings/${filing.id}`)).json().version).toBe(1);
  });

  it('answers an action the status does not allow with 409 transition_not_allowed', async () => {
    filing = await act(c.committee, filing, 'approve');
    const response = await transition(c.committee, filing, 'approve');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'transition_not_allowed', detail: '“street_review”状态不能执行“approve”。' });
    filing = await act(c.street, filing, 'reject', '不符合备案条件');
    for (const action of ['file', 'return'])
      expect((await transition(c.street, filing, action)).json().code).toBe('transition_not_allowed');
    expect((await transition(c.leader, filing, 'withdraw')).json().code).toBe('transition_not_allowed');
    const resubmit = await c.leader.post(`/api/v1/filings/${filing.id}/resubmit`, { version: filing.version });
    expect(resubmit.json().code).toBe('transition_not_allowed');
  });

  it('keeps separation of duties: a committee worker cannot review what they submitted (403)', async () => {
    const own = await submit(c.committee, establishBody());
    expect(own.abilities.actions).toEqual(['withdraw']);
    for (const action of ['approve', 'return', 'reject']) {
      const response = await transition(c.committee, own, action);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'separation_of_duties', title: '不能审核本人提交的事项' });
    }
    const queue = (await c.committee.get('/api/v1/filings?queue=mine')).json().items.map((f: FilingDetail) => f.id);
    expect(queue).not.toContain(own.id);
    expect((await c.colleague.get('/api/v1/filings?queue=mine')).json().items.map((f: FilingDetail) => f.id)).toContain(own.id);
  });

  it('lets only the submitter resubmit a returned filing', async () => {
    let returned = await submit(c.leader, establishBody());
    returned = await act(c.committee, returned, 'return', '请补充章程');
    const byOther = await c.committee.post(`/api/v1/filings/${returned.id}/resubmit`, { version: returned.version });
    expect(byOther.statusCode).toBe(403);
    const unchanged = await c.leader.post(`/api/v1/filings/${returned.id}/transitions`, { action: 'resubmit', version: returned.version });
    expect(unchanged.json()).toMatchObject({ status: 'committee_review', version: 3 });
  });
});

describe('region scope', () => {
  let filing: FilingDetail;
  beforeAll(async () => {
    filing = await submit(c.committee, establishBody());
  });

  it('hides a 黄浦区 filing from 静安区 staff and another community: 404 for reading and acting', async () => {
    for (const client of [c.jinganCommittee, c.jinganStreet, c.longquan, c.otherLeader]) {
      expect((await client.get(`/api/v1/filings/${filing.id}`)).statusCode).toBe(404);
      const response = await transition(client, filing, 'approve');
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
      expect((await client.get('/api/v1/filings')).json().items.map((f: FilingDetail) => f.id)).not.toContain(filing.id);
    }
    expect((await c.civil.get('/api/v1/filings')).json().items.map((f: FilingDetail) => f.id)).toContain(filing.id);
  });

  it('lets nobody submit for a community outside their scope (400 unknown_region)', async () => {
    const before = await countRows(c.t, 'filings');
    for (const [client, region] of [
      [c.jinganCommittee, '310101002001'],
      [c.committee, LONGQUAN],
      [c.leader, '310101002'],
      [c.committee, XINAN],
    ] as const) {
      const response = await client.post('/api/v1/filings', establishBody({ regionCode: region }));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'unknown_region', errors: [{ path: 'organization.regionCode' }] });
    }
    expect(await countRows(c.t, 'filings')).toBe(before);
  });

  it('shows a leader the filings they submitted and those of organizations they lead, nothing else', async () => {
    const team = await existingTeam(c.t, { leaderUserId: c.ids.leader });
    const change = await submit(c.committee, {
      kind: 'change',
      organizationId: team.id,
      reason: '更新简介',
      changes: { description: '新简介' },
    });
    expect((await c.leader.get(`/api/v1/filings/${change.id}`)).statusCode).toBe(200);
    expect((await c.otherLeader.get(`/api/v1/filings/${change.id}`)).statusCode).toBe(404);
    const seen = (await c.leader.get('/api/v1/filings?pageSize=200')).json().items as FilingDetail[];
    expect(seen.map((f) => f.id)).toContain(change.id);
    expect(seen.every((f) => f.submittedBy === c.ids.leader || f.organizationId === team.id)).toBe(true);
    expect((await c.leader.get(`/api/v1/filings/${change.id}`)).json().abilities.actions).toEqual([]);
  });
});

describe('which organizations may be changed or cancelled', () => {
  it('only one that the submitter may file for: 404 otherwise', async () => {
    const team = await existingTeam(c.t, { leaderUserId: c.ids.leader });
    const elsewhere = await existingTeam(c.t, { regionCode: LONGQUAN });
    for (const [client, id] of [
      [c.otherLeader, team.id],
      [c.committee, elsewhere.id],
      [c.jinganCommittee, team.id],
    ] as const) {
      const response = await client.post('/api/v1/filings', { kind: 'cancel', organizationId: id, reason: '解散' });
      expect(response.statusCode).toBe(404);
    }
  });

  it('only active teams and groups; one filing in progress at a time', async () => {
    const registered = await existingTeam(c.t, { tier: 'registered' });
    const response = await c.committee.post('/api/v1/filings', { kind: 'cancel', organizationId: registered.id, reason: '解散' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'organizationId', message: expect.stringContaining('注册社会组织') }]);

    const suspended = await existingTeam(c.t, { status: 'suspended' });
    expect((await c.committee.post('/api/v1/filings', { kind: 'cancel', organizationId: suspended.id, reason: '解散' })).json().code).toBe(
      'organization_not_active',
    );

    const team = await existingTeam(c.t);
    const first = await submit(c.committee, { kind: 'change', organizationId: team.id, reason: '改名', changes: { name: '新名称' } });
    const second = await c.committee.post('/api/v1/filings', { kind: 'cancel', organizationId: team.id, reason: '解散' });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('duplicate_filing');
    await act(c.committee, first, 'withdraw');
    expect((await c.committee.post('/api/v1/filings', { kind: 'cancel', organizationId: team.id, reason: '解散' })).statusCode).toBe(201);
  });

  it('refuses filing a change of an organization suspended while the filing waited', async () => {
    const team = await existingTeam(c.t);
    let filing = await submit(c.committee, { kind: 'change', organizationId: team.id, reason: '增员', changes: { memberCount: 30 } });
    filing = await act(c.colleague, filing, 'approve');
    await c.t.database.driver.exec(`UPDATE organizations SET status = 'suspended' WHERE id = '${team.id}'`);
    const response = await transition(c.street, filing, 'file');
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('organization_not_active');
    expect((await c.street.get(`/api/v1/filings/${filing.id}`)).json()).toMatchObject({ status: 'street_review', filingNumber: null });
  });
});

describe('simultaneous actions', () => {
  it('of two colleagues approving at once exactly one succeeds, the other gets 409', async () => {
    const filing = await submit(c.leader, establishBody());
    const transitionsBefore = await countRows(c.t, 'filing_transitions');
    const responses = await Promise.all([transition(c.committee, filing, 'approve'), transition(c.colleague, filing, 'return')]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().code).toBe('version_conflict');
    expect(await countRows(c.t, 'filing_transitions')).toBe(transitionsBefore + 1);
    expect((await c.street.get(`/api/v1/filings/${filing.id}`)).json().version).toBe(2);
  });

  it('a colleague acting on a page that is out of date is told so (409), not refused (403)', async () => {
    const filing = await submit(c.leader, establishBody());
    await act(c.committee, filing, 'approve');
    const late = await transition(c.colleague, filing, 'approve');
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('version_conflict');
  });

  it('filing twice at once creates one organization and uses one number', async () => {
    let filing = await submit(c.leader, establishBody());
    filing = await act(c.committee, filing, 'approve');
    const [organizations, numbersUsed] = [await countRows(c.t, 'organizations'), await countersTotal()];
    const responses = await Promise.all([transition(c.street, filing, 'file'), transition(c.street, filing, 'file')]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await countRows(c.t, 'organizations')).toBe(organizations + 1);
    expect(await countersTotal()).toBe(numbersUsed + 1);
    const filed = responses.find((r) => r.statusCode === 200)!.json();
    expect(Number(filed.filingNumber.slice(-4))).toBe(await countersTotal());
  });

  it('two change filings for one organization at once: one 201, one 409 duplicate_filing', async () => {
    const team = await existingTeam(c.t, { leaderUserId: c.ids.leader });
    const body = { kind: 'change', organizationId: team.id, reason: '增员', changes: { memberCount: 40 } };
    const responses = await Promise.all([c.leader.post('/api/v1/filings', body), c.committee.post('/api/v1/filings', body)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().code).toBe('duplicate_filing');
  });
});
