import type { FilingDetail, Organization } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, castOfUsers, countRows, establishBody, existingTeam, NANJING_EAST, submit, type Cast } from './filings.test-setup.js';

let c: Cast;
beforeAll(async () => {
  c = await castOfUsers();
});
afterAll(() => c.t.close());

const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());

async function organizationsNamed(client: Cast['civil'], name: string): Promise<Organization[]> {
  const response = await client.get(`/api/v1/organizations?q=${encodeURIComponent(name)}`);
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

describe('establishment: committee first review, street files, the registry follows', () => {
  let filing: FilingDetail;

  it('a committee worker submits a team; it waits for the committee, with personal data masked', async () => {
    filing = await submit(c.committee, establishBody({ name: '云南中路夕阳红合唱队' }));
    expect(filing).toMatchObject({
      kind: 'establish',
      status: 'committee_review',
      regionCode: '310101002001',
      regionPath: '黄浦区 / 南京东路街道 / 云南中路居委会',
      organizationId: null,
      organizationName: '云南中路夕阳红合唱队',
      leaderPhone: '138****5678',
      leaderIdNumber: '1101**********002X',
      contactPhone: '139****2222',
      submittedByName: '居委孙',
      filingNumber: null,
      overdue: false,
      version: 1,
      abilities: { actions: ['withdraw'] },
    });
    expect(new Date(filing.dueAt!).getTime() - new Date(filing.statusSince).getTime()).toBe(5 * 24 * 3600 * 1000);
    expect(filing.transitions).toMatchObject([{ action: 'submit', fromStatus: null, toStatus: 'committee_review', actorName: '居委孙' }]);
    // The payload keeps the materials but no identifiers.
    expect(filing.payload).toMatchObject({
      organization: {
        name: '云南中路夕阳红合唱队',
        charter: expect.any(String),
        members: [
          { name: '王芳', role: '负责人' },
          { name: '李四', role: '' },
        ],
      },
    });
    const stored = JSON.stringify(filing.payload);
    for (const secret of ['13812345678', '11010519491231002X', '13900002222', 'leaderPhone', 'contactPhone'])
      expect(stored).not.toContain(secret);
  });

  it('shows the colleague and the street what they may do', async () => {
    expect((await c.colleague.get(`/api/v1/filings/${filing.id}`)).json().abilities.actions).toEqual(['approve', 'return', 'reject']);
    expect((await c.street.get(`/api/v1/filings/${filing.id}`)).json().abilities.actions).toEqual([]);
    expect((await c.civil.get(`/api/v1/filings/${filing.id}`)).json().abilities.actions).toEqual([]);
  });

  it('a colleague on the committee approves it to the street', async () => {
    filing = await act(c.colleague, filing, 'approve', '材料齐全，同意上报');
    expect(filing).toMatchObject({ status: 'street_review', version: 2 });
    expect(new Date(filing.dueAt!).getTime() - new Date(filing.statusSince).getTime()).toBe(10 * 24 * 3600 * 1000);
    expect((await c.street.get(`/api/v1/filings/${filing.id}`)).json().abilities.actions).toEqual(['file', 'return', 'reject']);
  });

  it('the street files it: number assigned, organization created active with the filing number', async () => {
    const organizationsBefore = await countRows(c.t, 'organizations');
    filing = await act(c.street, filing, 'file', '准予备案');
    expect(filing).toMatchObject({ status: 'filed', version: 3, overdue: false, dueAt: null, abilities: { actions: [] } });
    expect(filing.filingNumber).toBe(`备${NANJING_EAST}-${year}-0001`);
    expect(filing.organizationId).toEqual(expect.any(String));
    expect(filing.transitions.map((s) => [s.action, s.toStatus, s.actorName, s.comment])).toEqual([
      ['submit', 'committee_review', '居委孙', ''],
      ['approve', 'street_review', '居委陈', '材料齐全，同意上报'],
      ['file', 'filed', '街道赵', '准予备案'],
    ]);
    expect(await countRows(c.t, 'organizations')).toBe(organizationsBefore + 1);

    const [organization] = await organizationsNamed(c.civil, '云南中路夕阳红合唱队');
    expect(organization).toMatchObject({
      id: filing.organizationId,
      tier: 'team',
      status: 'active',
      filingNumber: filing.filingNumber,
      regionCode: '310101002001',
      memberCount: 12,
      venue: '云南中路活动室',
      leaderPhone: '138****5678',
      contactPhone: '139****2222',
      leaderUsername: null,
    });
    const revealed = await c.street.post(`/api/v1/organizations/${organization!.id}/reveal`);
    expect(revealed.json()).toEqual({ leaderPhone: '13812345678', leaderIdNumber: '11010519491231002X', contactPhone: '13900002222' });
  });

  it('wrote one audit event per step, with no identifiers in them', async () => {
    const events = await c.t.database.driver.query(
      `SELECT action, after FROM audit_events WHERE target_id = $1 ORDER BY id`,
      [filing.id],
      'object',
    );
    const rows = events.rows as { action: string; after: Record<string, unknown> }[];
    expect(rows.map((r) => r.action)).toEqual(['filing.submitted', 'filing.transitioned', 'filing.transitioned']);
    expect(rows[2]!.after).toMatchObject({
      action: 'file',
      status: 'filed',
      filingNumber: filing.filingNumber,
      organizationId: filing.organizationId,
    });
    expect(JSON.stringify(rows)).not.toContain('13812345678');
  });

  it('numbers the next filing of the street one higher; a street-level filing goes straight to the street', async () => {
    const streetLevel = await submit(c.streetLeader, establishBody({ name: '南京东路街道志愿者服务队', regionCode: NANJING_EAST }));
    expect(streetLevel).toMatchObject({ status: 'street_review', regionPath: '黄浦区 / 南京东路街道' });
    expect(streetLevel.abilities.actions).toEqual([]);
    const filed = await act(c.street, streetLevel, 'file');
    expect(filed.filingNumber).toBe(`备${NANJING_EAST}-${year}-0002`);
    const [organization] = await organizationsNamed(c.streetLeader, '南京东路街道志愿者服务队');
    expect(organization).toMatchObject({
      status: 'active',
      leaderUsername: 'streetLeader',
      abilities: { fileChange: true, fileCancel: true },
    });
  });
});

describe('a leader applies, the committee returns it, the leader corrects it', () => {
  let filing: FilingDetail;

  it('returns with a comment; the leader sees it in their queue and may resubmit or withdraw', async () => {
    filing = await submit(c.leader, establishBody({ name: '云南中路太极拳队', memberCount: 3 }));
    expect(filing.abilities.actions).toEqual(['withdraw']);
    filing = await act(c.committee, filing, 'return', '成员不足，请补充成员名单');
    expect(filing).toMatchObject({ status: 'returned', overdue: false, dueAt: null, abilities: { actions: [] } });
    const mine = await c.leader.get(`/api/v1/filings/${filing.id}`);
    expect(mine.json().abilities.actions).toEqual(['resubmit', 'withdraw']);
    const queue = (await c.leader.get('/api/v1/filings?queue=mine')).json();
    expect(queue.items.map((f: FilingDetail) => f.id)).toEqual([filing.id]);
  });

  it('resubmits corrected data (identifiers left out stay as they were), the committee approves, the street files', async () => {
    const { leaderPhone: _p, leaderIdNumber: _i, ...corrected } = establishBody({ name: '云南中路太极拳队', memberCount: 15 }).organization;
    const response = await c.leader.post(`/api/v1/filings/${filing.id}/resubmit`, {
      version: filing.version,
      comment: '已补充',
      organization: corrected,
    });
    expect(response.statusCode).toBe(200);
    filing = response.json();
    expect(filing).toMatchObject({
      status: 'committee_review',
      version: 3,
      leaderPhone: '138****5678',
      leaderIdNumber: '1101**********002X',
    });
    expect((filing.payload as { organization: { memberCount: number } }).organization.memberCount).toBe(15);
    expect(filing.transitions.at(-1)).toMatchObject({
      action: 'resubmit',
      fromStatus: 'returned',
      toStatus: 'committee_review',
      comment: '已补充',
    });

    filing = await act(c.committee, filing, 'approve');
    filing = await act(c.street, filing, 'file');
    const [organization] = await organizationsNamed(c.leader, '云南中路太极拳队');
    expect(organization).toMatchObject({
      memberCount: 15,
      leaderUsername: 'leader',
      filingNumber: filing.filingNumber,
      leaderIdNumber: '1101**********002X',
    });
  });

  it('a withdrawn filing ends there', async () => {
    let other = await submit(c.leader, establishBody());
    other = await act(c.leader, other, 'withdraw', '暂不申请');
    expect(other).toMatchObject({ status: 'withdrawn', abilities: { actions: [] } });
  });
});

describe('change and cancellation filings change the registry when filed', () => {
  it('a leader files a change: only the changed fields change, identifiers encrypted', async () => {
    const team = await existingTeam(c.t, { name: '云南中路健身队', leaderUserId: c.ids.leader, filingNumber: '备310101002-2020-0001' });
    let filing = await submit(c.leader, {
      kind: 'change',
      organizationId: team.id,
      reason: '负责人变更，成员增加',
      changes: { leaderName: '周强', leaderPhone: '13700001111', memberCount: 20 },
    });
    expect(filing).toMatchObject({
      kind: 'change',
      status: 'committee_review',
      organizationName: '云南中路健身队',
      leaderPhone: '137****1111',
      organizationId: team.id,
    });
    expect(filing.payload).toEqual({ reason: '负责人变更，成员增加', changes: { leaderName: '周强', memberCount: 20, leaderPhone: null } });
    filing = await act(c.committee, filing, 'approve');
    filing = await act(c.street, filing, 'file');
    expect(filing.filingNumber).toMatch(new RegExp(`^备${NANJING_EAST}-${year}-\\d{4}$`));

    const organization: Organization = (await c.leader.get(`/api/v1/organizations/${team.id}`)).json();
    expect(organization).toMatchObject({
      leaderName: '周强',
      leaderPhone: '137****1111',
      memberCount: 20,
      description: '老年人健身',
      venue: '云南中路广场',
      filingNumber: '备310101002-2020-0001',
      status: 'active',
      version: 2,
    });
    const history = (await c.civil.get(`/api/v1/organizations/${team.id}/history`)).json().items;
    expect(history[0]).toMatchObject({ action: 'change_filed', actorName: '街道赵' });
    expect(Object.keys(history[0].changes).sort()).toEqual(['leaderName', 'leaderPhone', 'memberCount']);
  });

  it('a returned change is corrected with new changes and reason; the registry takes the corrected ones', async () => {
    const team = await existingTeam(c.t, { name: '云南中路编织队', leaderUserId: c.ids.leader });
    let filing = await submit(c.leader, {
      kind: 'change',
      organizationId: team.id,
      reason: '换负责人',
      changes: { leaderName: '赵六', leaderIdNumber: '11010519491231002X' },
    });
    filing = await act(c.committee, filing, 'approve');
    filing = await act(c.street, filing, 'return', '请写明原负责人去向');
    const response = await c.leader.post(`/api/v1/filings/${filing.id}/resubmit`, {
      version: filing.version,
      reason: '原负责人迁居外地，改由赵六负责',
      changes: { leaderName: '赵六', leaderPhone: '13600003333' },
    });
    expect(response.statusCode).toBe(200);
    filing = response.json();
    expect(filing).toMatchObject({
      status: 'committee_review',
      payload: { reason: '原负责人迁居外地，改由赵六负责', changes: { leaderName: '赵六', leaderPhone: null } },
      leaderPhone: '136****3333',
      leaderIdNumber: null,
    });
    filing = await act(c.committee, filing, 'approve');
    await act(c.street, filing, 'file');
    const organization: Organization = (await c.leader.get(`/api/v1/organizations/${team.id}`)).json();
    expect(organization).toMatchObject({ leaderName: '赵六', leaderPhone: '136****3333', leaderIdNumber: null });
  });

  it('a committee worker files a cancellation: the organization ends cancelled', async () => {
    const team = await existingTeam(c.t, { name: '云南中路象棋小组', tier: 'group' });
    let filing = await submit(c.committee, { kind: 'cancel', organizationId: team.id, reason: '成员搬迁，自行解散' });
    expect(filing).toMatchObject({ kind: 'cancel', payload: { reason: '成员搬迁，自行解散' }, leaderPhone: null });
    filing = await act(c.colleague, filing, 'approve');
    await act(c.street, filing, 'file');
    const organization: Organization = (await c.civil.get(`/api/v1/organizations/${team.id}`)).json();
    expect(organization).toMatchObject({ status: 'cancelled', abilities: { fileChange: false, fileCancel: false } });
    const again = await c.committee.post('/api/v1/filings', { kind: 'cancel', organizationId: team.id, reason: '再次注销' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('organization_not_active');
    const ofOrganization = (await c.civil.get(`/api/v1/filings?organizationId=${team.id}`)).json();
    expect(ofOrganization.items.map((item: { id: string }) => item.id)).toEqual([filing.id]);
  });
});
