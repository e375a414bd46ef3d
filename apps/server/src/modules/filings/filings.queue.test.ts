import type { Filing, FilingDetail } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, castOfUsers, establishBody, LONGQUAN, NANJING_EAST, submit, type Cast } from './filings.test-setup.js';

let c: Cast;
const f: Record<string, FilingDetail> = {};
const DAY = 24 * 3600 * 1000;

/** Pretends the filing has waited `days` in its current status. */
async function waited(filing: FilingDetail, days: number) {
  await c.t.database.driver.query(
    `UPDATE filings SET status_since = now() - make_interval(days => $2::int) WHERE id = $1`,
    [filing.id, days],
    'object',
  );
}

const ids = (page: { items: Filing[] }) => page.items.map((item) => item.id);
const list = async (client: Cast['civil'], query = '') => {
  const response = await client.get(`/api/v1/filings?pageSize=200&${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as { items: Filing[]; total: number };
};

beforeAll(async () => {
  c = await castOfUsers();
  f.a = await submit(c.leader, establishBody({ name: '甲 舞蹈队' }));
  f.b = await submit(c.leader, establishBody({ name: '乙 书画小组', tier: 'group' }));
  f.own = await submit(c.committee, establishBody({ name: '丙 读书会' }));
  f.street = await submit(c.streetLeader, establishBody({ name: '丁 街道志愿队', regionCode: NANJING_EAST }));
  f.approved = await act(c.committee, await submit(c.leader, establishBody({ name: '戊 编织组' })), 'approve');
  f.returned = await act(c.committee, await submit(c.leader, establishBody({ name: '己 合唱团' })), 'return', '请补充章程');
  f.longquan = await submit(c.longquan, establishBody({ name: '庚 龙泉园路太极队', regionCode: LONGQUAN }));
  await waited(f.a, 6); // committee_review, limit 5 days: overdue
  await waited(f.b, 2);
  await waited(f.own, 10); // overdue
  await waited(f.street, 11); // street_review, limit 10 days: overdue
  await waited(f.approved, 9);
  await waited(f.returned, 30); // returned: no time limit
  await waited(f.longquan, 1);
});
afterAll(() => c.t.close());

describe('overdue filings', () => {
  it('are flagged with the date they were due', async () => {
    const detail = (await c.civil.get(`/api/v1/filings/${f.a!.id}`)).json() as FilingDetail;
    expect(detail.overdue).toBe(true);
    expect(new Date(detail.dueAt!).getTime() - new Date(detail.statusSince).getTime()).toBe(5 * DAY);
    expect(new Date(detail.dueAt!).getTime()).toBeLessThan(Date.now());
    const street = (await c.civil.get(`/api/v1/filings/${f.street!.id}`)).json() as FilingDetail;
    expect(street).toMatchObject({ overdue: true });
    expect(new Date(street.dueAt!).getTime() - new Date(street.statusSince).getTime()).toBe(10 * DAY);
    const returned = (await c.civil.get(`/api/v1/filings/${f.returned!.id}`)).json() as FilingDetail;
    expect(returned).toMatchObject({ overdue: false, dueAt: null });
  });

  it('can be listed alone, or left out', async () => {
    expect(ids(await list(c.civil, 'overdue=true')).sort()).toEqual([f.a!.id, f.own!.id, f.street!.id].sort());
    const notOverdue = ids(await list(c.civil, 'overdue=false'));
    expect(notOverdue.sort()).toEqual([f.b!.id, f.approved!.id, f.returned!.id, f.longquan!.id].sort());
  });

  it('sort by how long they have waited', async () => {
    expect(ids(await list(c.civil, 'sort=statusSince'))).toEqual(
      [f.returned, f.street, f.own, f.approved, f.a, f.b, f.longquan].map((x) => x!.id),
    );
    expect(ids(await list(c.civil, 'sort=-statusSince'))[0]).toBe(f.longquan!.id);
  });
});

describe('work queues: what waits for me, oldest first whatever the sort', () => {
  it('a committee worker: first reviews in their community, not their own submissions', async () => {
    expect(ids(await list(c.committee, 'queue=mine&sort=-submittedAt'))).toEqual([f.a!.id, f.b!.id]);
    expect(ids(await list(c.colleague, 'queue=mine'))).toEqual([f.own!.id, f.a!.id, f.b!.id]);
    // 龙泉园路's only filing is the worker's own: it waits for a colleague there.
    expect(ids(await list(c.longquan, 'queue=mine'))).toEqual([]);
    expect(ids(await list(c.longquan, ''))).toEqual([f.longquan!.id]);
  });

  it('a street officer: decisions of their street', async () => {
    expect(ids(await list(c.street, 'queue=mine&sort=-statusSince'))).toEqual([f.street!.id, f.approved!.id]);
    expect(ids(await list(c.jinganStreet, 'queue=mine'))).toEqual([]);
  });

  it('a leader: their own returned filings; civil affairs: nothing to act on', async () => {
    expect(ids(await list(c.leader, 'queue=mine'))).toEqual([f.returned!.id]);
    expect(ids(await list(c.otherLeader, 'queue=mine'))).toEqual([]);
    expect((await list(c.civil, 'queue=mine')).total).toBe(0);
  });

  it('a committee worker also sees their own returned filing in the queue', async () => {
    const returned = await act(c.colleague, await submit(c.committee, establishBody({ name: '辛 棋牌组' })), 'return', '名称不规范');
    const queue = ids(await list(c.committee, 'queue=mine'));
    expect(queue).toContain(returned.id);
    expect(ids(await list(c.colleague, 'queue=mine'))).not.toContain(returned.id);
    await act(c.committee, returned, 'withdraw');
  });
});

describe('list filters', () => {
  it('filters by status, kind, region and my submissions', async () => {
    expect(ids(await list(c.civil, 'status=street_review,returned')).sort()).toEqual([f.street!.id, f.approved!.id, f.returned!.id].sort());
    expect((await list(c.civil, 'kind=change')).total).toBe(0);
    expect(ids(await list(c.civil, `region=${LONGQUAN}`))).toEqual([f.longquan!.id]);
    expect(ids(await list(c.leader, 'mine=submitted')).sort()).toEqual([f.a!.id, f.b!.id, f.approved!.id, f.returned!.id].sort());
    expect(ids(await list(c.committee, 'mine=submitted'))).toContain(f.own!.id);
  });

  it('searches by organization name and by filing number', async () => {
    expect(ids(await list(c.civil, `q=${encodeURIComponent('书画')}`))).toEqual([f.b!.id]);
    const filed = await act(c.street, (await c.street.get(`/api/v1/filings/${f.street!.id}`)).json(), 'file');
    expect(ids(await list(c.civil, `q=${encodeURIComponent(filed.filingNumber!)}`))).toEqual([filed.id]);
    expect((await list(c.civil, 'q=%25')).total).toBe(0);
  });

  it('pages with a total', async () => {
    const page = (await c.civil.get('/api/v1/filings?pageSize=3&page=2&sort=submittedAt')).json();
    expect(page).toMatchObject({ page: 2, pageSize: 3 });
    expect(page.items.map((i: Filing) => i.id)).toEqual([f.street, f.approved, f.returned].map((x) => x!.id));
    expect(page.total).toBeGreaterThanOrEqual(8);
  });
});
