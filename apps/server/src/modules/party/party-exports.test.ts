// The party organization and meeting lists go out as spreadsheets with the lists' filters, scoped like the lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/test-app.js';
import { parseCsv } from '../exports/exports.test-setup.js';
import { meetingBody, partyBody, partyCast, YUNNAN_MIDDLE, type PartyCast } from './party.test-setup.js';

let c: PartyCast;
beforeAll(async () => {
  c = await partyCast();
  const joint = (
    await c.street.post('/api/v1/party/organizations', partyBody({ organizationIds: [c.ids.yunnanChoir, c.ids.longquanGroup] }))
  ).json().id;
  const own = (
    await c.street.post(
      '/api/v1/party/organizations',
      partyBody({ name: '互助队党支部', kind: 'own_branch', regionCode: YUNNAN_MIDDLE, organizationIds: [c.ids.yunnanTeam] }),
    )
  ).json().id;
  await c.street.post(`/api/v1/party/organizations/${joint}/meetings`, meetingBody());
  await c.street.post(
    `/api/v1/party/organizations/${own}/meetings`,
    meetingBody({ kind: 'party_lecture', heldOn: '2025-01-15', topic: '=SUM(A1)' }),
  );
  await c.jinganStreet.post(
    '/api/v1/party/organizations',
    partyBody({ name: '江宁路联合党支部', regionCode: '310106006', organizationIds: [c.ids.xinanTeam] }),
  );
});
afterAll(() => c.t.close());

async function csvOf(client: Client, body: Record<string, unknown>) {
  const started = await client.post('/api/v1/exports', { format: 'csv', ...body });
  expect(started.statusCode, started.body).toBe(202);
  await c.t.services.background.idle();
  return parseCsv((await client.get(`/api/v1/exports/${started.json().id}/file`)).body.replace(/^\uFEFF/, ''));
}

describe('party exports', () => {
  it('lists the party organizations of the scope with their kind, coverage and last meeting', async () => {
    const rows = await csvOf(c.civil, { list: 'party_organizations', filters: {} });
    expect(rows[0]).toEqual([
      '党组织名称',
      '组建方式',
      '所在区划',
      '区划代码',
      '成立日期',
      '书记',
      '党员人数',
      '覆盖组织数',
      '最近一次会议',
      '状态',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[7], r[8], r[9]])).toEqual([
      ['南京东路街道社区社会组织联合党支部', '联合组建', '2', '2025-03-05', '正常'],
      ['互助队党支部', '单独组建', '1', '2025-01-15', '正常'],
    ]);
    const own = await csvOf(c.civil, { list: 'party_organizations', filters: { kind: 'own_branch' } });
    expect(own.length).toBe(2);
  });

  it('lists the meetings with the period filter, formulas made harmless', async () => {
    const rows = await csvOf(c.street, { list: 'party_meetings', filters: { from: '2025-01-01', to: '2025-01-31' } });
    expect(rows.slice(1)).toEqual([['2025-01-15', '党课', '互助队党支部', '黄浦区 / 南京东路街道 / 云南中路居委会', "'=SUM(A1)", '8', '']]);
    const english = await c.street.request(
      'POST',
      '/api/v1/exports',
      { list: 'party_meetings', format: 'csv', filters: {} },
      { 'accept-language': 'en' },
    );
    expect(english.json().filename).toMatch(/^party meetings/);
  });

  it("exports nothing of another district's", async () => {
    const rows = await csvOf(c.jinganStreet, { list: 'party_organizations', filters: {} });
    expect(rows.slice(1).map((r) => r[0])).toEqual(['江宁路联合党支部']);
    expect((await csvOf(c.jinganStreet, { list: 'party_meetings', filters: {} })).length).toBe(1);
    expect((await c.resident.post('/api/v1/exports', { list: 'party_meetings', format: 'csv', filters: {} })).statusCode).toBe(403);
  });
});
