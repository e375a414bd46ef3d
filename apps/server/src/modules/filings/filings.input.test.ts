import type { FilingDetail } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, castOfUsers, countRows, establishBody, existingTeam, proposal, submit, type Cast } from './filings.test-setup.js';

let c: Cast;
beforeAll(async () => {
  c = await castOfUsers();
});
afterAll(() => c.t.close());

const tables = ['filings', 'filing_transitions', 'organizations', 'audit_events'] as const;
const counts = async () => Promise.all(tables.map((table) => countRows(c.t, table)));

/** Expects 400 with exactly these field paths (and messages, where given), and nothing written. */
async function expectRejected(
  send: () => Promise<{ statusCode: number; json(): unknown }>,
  errors: { path: string; message?: string }[],
  code = 'validation_failed',
) {
  const before = await counts();
  const response = await send();
  expect(response.statusCode).toBe(400);
  const problem = response.json() as { code: string; errors?: { path: string; message: string }[] };
  expect(problem.code).toBe(code);
  for (const expected of errors)
    expect(problem.errors).toContainEqual(expected.message ? expected : { path: expected.path, message: expect.any(String) });
  expect(await counts()).toEqual(before);
}

describe('POST /filings with bad input', () => {
  it('refuses malformed JSON', async () => {
    await expectRejected(() => c.committee.request('POST', '/api/v1/filings', '{"kind": "establish", '), [], 'malformed_json');
  });

  it('refuses a body without kind, or with an unknown kind', async () => {
    await expectRejected(() => c.committee.post('/api/v1/filings', { organization: proposal() }), [{ path: 'kind' }]);
    await expectRejected(() => c.committee.post('/api/v1/filings', { kind: 'merge', organization: proposal() }), [{ path: 'kind' }]);
  });

  it('names every missing or mistyped field of the proposed organization', async () => {
    const { name: _n, members: _m, ...withoutNameAndMembers } = proposal();
    await expectRejected(
      () =>
        c.committee.post('/api/v1/filings', {
          kind: 'establish',
          organization: { ...withoutNameAndMembers, memberCount: 'twelve', serviceFields: '文化艺术' },
        }),
      [
        { path: 'organization.name' },
        { path: 'organization.members' },
        { path: 'organization.memberCount' },
        { path: 'organization.serviceFields' },
      ],
    );
  });

  it('checks phone and ID numbers, tier, lengths and members', async () => {
    await expectRejected(
      () => c.committee.post('/api/v1/filings', establishBody({ leaderPhone: '1381234' })),
      [{ path: 'organization.leaderPhone', message: '电话号码格式不正确' }],
    );
    await expectRejected(
      () => c.committee.post('/api/v1/filings', establishBody({ leaderIdNumber: '110105194912310021' })),
      [{ path: 'organization.leaderIdNumber', message: '公民身份号码不正确' }],
    );
    await expectRejected(
      () => c.committee.post('/api/v1/filings', establishBody({ contactPhone: 'call me' })),
      [{ path: 'organization.contactPhone' }],
    );
    await expectRejected(() => c.committee.post('/api/v1/filings', establishBody({ tier: 'registered' })), [{ path: 'organization.tier' }]);
    await expectRejected(
      () => c.committee.post('/api/v1/filings', establishBody({ name: '队'.repeat(101) })),
      [{ path: 'organization.name' }],
    );
    await expectRejected(() => c.committee.post('/api/v1/filings', establishBody({ members: [] })), [{ path: 'organization.members' }]);
    await expectRejected(
      () => c.committee.post('/api/v1/filings', establishBody({ members: [{ role: '队员' }] })),
      [{ path: 'organization.members.0.name' }],
    );
    await expectRejected(
      () => c.committee.post('/api/v1/filings', establishBody({ regionCode: '3101010020' })),
      [{ path: 'organization.regionCode' }],
    );
  });

  it('refuses an unknown region', async () => {
    await expectRejected(
      () => c.committee.post('/api/v1/filings', establishBody({ regionCode: '310101002999' })),
      [{ path: 'organization.regionCode' }],
      'unknown_region',
    );
  });

  it('answers in English when asked', async () => {
    const response = await c.committee.request('POST', '/api/v1/filings', establishBody({ leaderPhone: '123' }), {
      'accept-language': 'en-US',
    });
    expect(response.json()).toMatchObject({
      title: 'The submitted data is invalid',
      errors: [{ path: 'organization.leaderPhone', message: 'Invalid phone number' }],
    });
  });

  it('checks change and cancellation filings', async () => {
    const team = await existingTeam(c.t);
    await expectRejected(
      () => c.committee.post('/api/v1/filings', { kind: 'cancel', organizationId: 'not-a-uuid', reason: '解散' }),
      [{ path: 'organizationId' }],
    );
    await expectRejected(() => c.committee.post('/api/v1/filings', { kind: 'cancel', organizationId: team.id }), [{ path: 'reason' }]);
    await expectRejected(
      () => c.committee.post('/api/v1/filings', { kind: 'cancel', organizationId: team.id, reason: '   ' }),
      [{ path: 'reason' }],
    );
    await expectRejected(
      () => c.committee.post('/api/v1/filings', { kind: 'change', organizationId: team.id, reason: '变更', changes: {} }),
      [{ path: 'changes', message: '请至少填写一项变更内容' }],
    );
    await expectRejected(
      () =>
        c.committee.post('/api/v1/filings', {
          kind: 'change',
          organizationId: team.id,
          reason: '变更',
          changes: { leaderIdNumber: '123', memberCount: -1 },
        }),
      [{ path: 'changes.leaderIdNumber' }, { path: 'changes.memberCount' }],
    );
  });

  it('a change leaves out what it does not mention (no defaults filled in)', async () => {
    const team = await existingTeam(c.t);
    const filing = await submit(c.committee, { kind: 'change', organizationId: team.id, reason: '增员', changes: { memberCount: 18 } });
    expect(filing.payload).toEqual({ reason: '增员', changes: { memberCount: 18 } });
  });
});

describe('POST /filings/:id/transitions and /resubmit with bad input', () => {
  let filing: FilingDetail;
  beforeAll(async () => {
    filing = await submit(c.leader, establishBody());
  });
  const url = () => `/api/v1/filings/${filing.id}/transitions`;

  it('refuses malformed JSON, missing fields, wrong types and unknown actions', async () => {
    await expectRejected(() => c.committee.request('POST', url(), '{"action": "approve"'), [], 'malformed_json');
    await expectRejected(() => c.committee.post(url(), { action: 'approve' }), [{ path: 'version' }]);
    await expectRejected(() => c.committee.post(url(), { version: 1 }), [{ path: 'action' }]);
    await expectRejected(() => c.committee.post(url(), { action: 'approve', version: '1' }), [{ path: 'version' }]);
    await expectRejected(() => c.committee.post(url(), { action: 'approve', version: 1.5 }), [{ path: 'version' }]);
    await expectRejected(() => c.committee.post(url(), { action: 'approve_all', version: 1 }), [{ path: 'action' }]);
    await expectRejected(() => c.committee.post(url(), { action: 'approve', version: 1, comment: 42 }), [{ path: 'comment' }]);
  });

  it('refuses a comment over 2000 characters, and a return or rejection without one', async () => {
    await expectRejected(
      () => c.committee.post(url(), { action: 'approve', version: 1, comment: '意'.repeat(2001) }),
      [{ path: 'comment' }],
    );
    for (const action of ['return', 'reject']) {
      await expectRejected(() => c.committee.post(url(), { action, version: 1, comment: '  ' }), [{ path: 'comment', message: '必填' }]);
    }
    expect((await c.committee.get(`/api/v1/filings/${filing.id}`)).json()).toMatchObject({ status: 'committee_review', version: 1 });
  });

  it('refuses a bad id', async () => {
    const response = await c.committee.post('/api/v1/filings/not-a-uuid/transitions', { action: 'approve', version: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'params.id', message: expect.any(String) }]);
  });

  it('checks a correction: valid data, and only the parts this kind of filing has', async () => {
    filing = await act(c.committee, filing, 'return', '请补充');
    const resubmit = (body: Record<string, unknown>) =>
      c.leader.post(`/api/v1/filings/${filing.id}/resubmit`, { version: filing.version, ...body });
    await expectRejected(() => resubmit({ organization: proposal({ leaderPhone: '12' }) }), [{ path: 'organization.leaderPhone' }]);
    await expectRejected(() => resubmit({ version: 'x' }), [{ path: 'version' }]);
    await expectRejected(
      () => resubmit({ reason: '补充', changes: { memberCount: 3 } }),
      [
        { path: 'reason', message: '此类备案不包含该项内容' },
        { path: 'changes', message: '此类备案不包含该项内容' },
      ],
    );
    await expectRejected(
      () => resubmit({ organization: proposal({ regionCode: '310106006002' }) }),
      [{ path: 'organization.regionCode' }],
      'unknown_region',
    );
    expect((await c.leader.get(`/api/v1/filings/${filing.id}`)).json()).toMatchObject({ status: 'returned', version: filing.version });
  });
});

describe('GET /filings with bad query parameters', () => {
  it.each([
    ['status=filed,bogus', 'querystring.status.1'],
    ['kind=merge', 'querystring.kind.0'],
    ['pageSize=500', 'querystring.pageSize'],
    ['overdue=yes', 'querystring.overdue'],
    ['queue=everyone', 'querystring.queue'],
    ['region=31010', 'querystring.region'],
    ['sort=name', 'querystring.sort'],
  ])('%s → 400 at %s', async (query, path) => {
    const response = await c.civil.get(`/api/v1/filings?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});
