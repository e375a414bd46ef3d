// The rewards catalogue (kept by the street office and by hub leaders) and redeeming points for its items.
import type { Reward, Volunteer } from '@linli/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewards, volunteers } from '../../db/schema.js';
import {
  confirm,
  countRows,
  ids,
  pastNeedBody,
  postNeed,
  register,
  signUp,
  volunteeringCast,
  type VolunteeringCast,
} from './volunteering.test-setup.js';

let c: VolunteeringCast;
let zhang: Volunteer;
beforeAll(async () => {
  c = await volunteeringCast();
  zhang = await register(c.resident);
  await register(c.jinganResident);
  // 3 hours at the default 10 points an hour
  const need = await postNeed(c.leader, pastNeedBody(c.organizations.team));
  await signUp(c.resident, need.id);
  await confirm(c.leader, need.id, zhang.id, 3);
});
afterAll(() => c.t.close());

const item = (overrides: Record<string, unknown> = {}) => ({
  name: '爱心大米 5 公斤',
  description: '社区超市提供',
  pointsCost: 20,
  stock: 2,
  ...overrides,
});

async function create(client: VolunteeringCast['street'], body: Record<string, unknown>): Promise<Reward> {
  const response = await client.post('/api/v1/rewards', body);
  if (response.statusCode !== 201) throw new Error(`create reward failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

const balance = async () => {
  const [row] = await c.t.database.db.select().from(volunteers).where(eq(volunteers.id, zhang.id));
  return row!.pointsBalance;
};
const stockOf = async (id: string) => (await c.t.database.db.select().from(rewards).where(eq(rewards.id, id)))[0]!.stock;

describe('the rewards catalogue', () => {
  it('lets a street officer add an item to the street’s catalogue', async () => {
    const reward = await create(c.street, item());
    expect(reward).toMatchObject({
      regionCode: '310101002',
      providerOrganizationId: null,
      providerName: '南京东路街道',
      stock: 2,
      status: 'active',
    });
    expect(reward.abilities).toEqual({ update: true, redeem: false });
  });

  it('lets a hub leader add items their hub provides, and nobody else’s', async () => {
    const reward = await create(c.hubLeader, item({ name: '免费理发', providerOrganizationId: c.organizations.hub }));
    expect(reward).toMatchObject({ providerName: '南京东路社区社会组织服务中心', regionCode: '310101002' });
    for (const [client, provider] of [
      [c.leader, c.organizations.team], // a team is not a hub
      [c.hubLeader, c.organizations.team],
      [c.hubLeader, undefined],
      [c.street, c.organizations.hub],
    ] as const) {
      const response = await client.post('/api/v1/rewards', item({ providerOrganizationId: provider }));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].path).toBe('providerOrganizationId');
    }
  });

  it('refuses bad items with 400 at the field and other roles with 403, writing nothing', async () => {
    const before = await countRows(c.t, 'rewards');
    for (const [body, path] of [
      [item({ name: '' }), 'name'],
      [item({ pointsCost: 0 }), 'pointsCost'],
      [item({ stock: -1 }), 'stock'],
      [item({ stock: 1.5 }), 'stock'],
    ] as const) {
      const response = await c.street.post('/api/v1/rewards', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].path).toBe(path);
    }
    for (const client of [c.civil, c.committee, c.resident, c.admin])
      expect((await client.post('/api/v1/rewards', item())).statusCode).toBe(403);
    expect(await countRows(c.t, 'rewards')).toBe(before);
  });

  it('shows the street’s catalogue to its residents and offices, and nothing of other streets', async () => {
    const street = ids((await c.street.get('/api/v1/rewards')).json().items);
    expect(street).toHaveLength(2);
    expect(ids((await c.resident.get('/api/v1/rewards')).json().items).sort()).toEqual([...street].sort());
    expect(ids((await c.committee.get('/api/v1/rewards')).json().items).sort()).toEqual([...street].sort());
    expect((await c.jinganResident.get('/api/v1/rewards')).json().total).toBe(0);
    expect((await c.jinganStreet.get('/api/v1/rewards')).json().total).toBe(0);
    expect((await c.jinganStreet.patch(`/api/v1/rewards/${street[0]}`, { stock: 9, version: 1 })).statusCode).toBe(404);
  });

  it('lets the keeper change stock and cost with the version read, and withdraw an item', async () => {
    const reward = await create(c.street, item({ name: '公交卡充值 10 元', pointsCost: 5, stock: 1 }));
    expect((await c.hubLeader.patch(`/api/v1/rewards/${reward.id}`, { stock: 9, version: 1 })).statusCode).toBe(403);
    const changed = (await c.street.patch(`/api/v1/rewards/${reward.id}`, { stock: 3, pointsCost: 6, version: 1 })).json();
    expect(changed).toMatchObject({ stock: 3, pointsCost: 6, version: 2 });
    expect((await c.street.patch(`/api/v1/rewards/${reward.id}`, { stock: 4, version: 1 })).json().code).toBe('version_conflict');
    expect((await c.street.patch(`/api/v1/rewards/${reward.id}`, { stock: -4, version: 2 })).statusCode).toBe(400);
    const withdrawn = (await c.street.patch(`/api/v1/rewards/${reward.id}`, { status: 'withdrawn', version: 2 })).json();
    expect(withdrawn.status).toBe('withdrawn');
    expect(ids((await c.resident.get('/api/v1/rewards')).json().items)).not.toContain(reward.id);
    expect(ids((await c.street.get('/api/v1/rewards?status=withdrawn')).json().items)).toEqual([reward.id]);
  });
});

describe('redeeming points', () => {
  let rice: Reward;
  beforeAll(async () => {
    rice = await create(c.street, item({ name: '食用油 1 升', pointsCost: 12, stock: 2 }));
  });

  it('takes one from the stock and the cost from the balance, and records the redemption', async () => {
    expect(await balance()).toBe(30);
    const response = await c.resident.post(`/api/v1/rewards/${rice.id}/redemptions`);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ redemption: { rewardName: '食用油 1 升', points: 12 }, pointsBalance: 18, stock: 1 });
    expect(await balance()).toBe(18);
    const mine = (await c.resident.get('/api/v1/volunteers/me/redemptions')).json();
    expect(mine.items.map((r: { rewardName: string; points: number }) => [r.rewardName, r.points])).toEqual([['食用油 1 升', 12]]);
  });

  it('refuses more than the balance covers (409 insufficient_points), writing nothing', async () => {
    await c.resident.post(`/api/v1/rewards/${rice.id}/redemptions`);
    expect(await balance()).toBe(6);
    const dear = await create(c.street, item({ name: '电影票', pointsCost: 7, stock: 5 }));
    const before = await countRows(c.t, 'redemptions');
    const response = await c.resident.post(`/api/v1/rewards/${dear.id}/redemptions`);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'insufficient_points', detail: '兑换需要 7 积分，您的积分余额为 6。' });
    expect(await stockOf(dear.id)).toBe(5);
    expect(await balance()).toBe(6);
    expect(await countRows(c.t, 'redemptions')).toBe(before);
  });

  it('refuses an item out of stock (409 out_of_stock) or withdrawn (409 reward_withdrawn)', async () => {
    expect(await stockOf(rice.id)).toBe(0);
    const empty = await c.resident.post(`/api/v1/rewards/${rice.id}/redemptions`);
    expect(empty.statusCode).toBe(409);
    expect(empty.json().code).toBe('out_of_stock');
    // a withdrawn item is hidden from those who only redeem; its keeper still sees it, and is refused
    const bag = await create(c.hubLeader, item({ name: '环保袋', pointsCost: 1, stock: 5, providerOrganizationId: c.organizations.hub }));
    await c.hubLeader.patch(`/api/v1/rewards/${bag.id}`, { status: 'withdrawn', version: 1 });
    expect((await c.resident.post(`/api/v1/rewards/${bag.id}/redemptions`)).statusCode).toBe(404);
    await register(c.hubLeader, { regionCode: '310101002002' });
    const withdrawn = await c.hubLeader.post(`/api/v1/rewards/${bag.id}/redemptions`);
    expect(withdrawn.statusCode).toBe(409);
    expect(withdrawn.json().code).toBe('reward_withdrawn');
    expect(await stockOf(bag.id)).toBe(5);
  });

  it('is for volunteers of the street: 404 elsewhere, 409 unregistered, 403 for offices', async () => {
    const response = await c.jinganResident.post(`/api/v1/rewards/${rice.id}/redemptions`);
    expect(response.statusCode).toBe(404);
    const unregistered = await c.neighbour.post(`/api/v1/rewards/${rice.id}/redemptions`);
    expect(unregistered.json().code).toBe('volunteer_not_registered');
    for (const client of [c.street, c.committee, c.admin])
      expect((await client.post(`/api/v1/rewards/${rice.id}/redemptions`)).statusCode).toBe(403);
    const malformed = await c.resident.post('/api/v1/rewards/not-a-uuid/redemptions');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].path).toBe('params.id');
    expect((await c.street.get('/api/v1/volunteers/me/redemptions')).statusCode).toBe(403);
    expect((await c.admin.get('/api/v1/rewards')).statusCode).toBe(403);
  });
});
