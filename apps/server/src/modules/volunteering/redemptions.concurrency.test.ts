// Two redemptions at once never overspend (issue 6): 50 redemptions sent together by 25 volunteers (two each)
// against a stock of 10 leave exactly 10 redemptions, the stock at 0, and every balance = earned − spent.
// On PostgreSQL (the postgres project) the 50 transactions really run side by side.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redemptions, rewards, volunteers } from '../../db/schema.js';
import { buildUser } from '../../test/factories.js';
import { login, type Client } from '../../test/test-app.js';
import {
  confirm,
  countRows,
  LONGQUAN,
  pastNeedBody,
  postNeed,
  register,
  signUp,
  volunteeringCast,
  YUNNAN_MIDDLE,
  type VolunteeringCast,
} from './volunteering.test-setup.js';

const VOLUNTEERS = 25;
const COST = 15;

let c: VolunteeringCast;
const crowd: { client: Client; volunteerId: string; earned: number }[] = [];
let rewardId: string;

beforeAll(async () => {
  c = await volunteeringCast();
  const need = await postNeed(c.leader, pastNeedBody(c.organizations.team, { slots: VOLUNTEERS }));
  for (let i = 0; i < VOLUNTEERS; i++) {
    const username = `crowd-${i}`;
    await buildUser(c.t.services, { role: 'resident', regionCode: i % 2 ? YUNNAN_MIDDLE : LONGQUAN, username, displayName: `居民${i}` });
    const client = await login(c.t.app, username);
    const volunteer = await register(client);
    await signUp(client, need.id);
    // half can afford two items (30 points), half only one (15 points)
    const hours = i % 2 ? 3 : 1.5;
    const record = await confirm(c.leader, need.id, volunteer.id, hours);
    crowd.push({ client, volunteerId: volunteer.id, earned: record.points });
  }
  const created = await c.street.post('/api/v1/rewards', { name: '爱心大米 5 公斤', pointsCost: COST, stock: 10 });
  rewardId = created.json().id;
}, 300_000);
afterAll(() => c.t.close());

describe('50 simultaneous redemptions against a stock of 10', () => {
  it('redeem exactly 10, leave the stock at 0 and every balance exact', async () => {
    const auditBefore = await countRows(c.t, 'audit_events');
    const responses = await Promise.all(
      crowd.flatMap(({ client }) => [
        client.post(`/api/v1/rewards/${rewardId}/redemptions`),
        client.post(`/api/v1/rewards/${rewardId}/redemptions`),
      ]),
    );
    expect(responses).toHaveLength(50);
    const outcomes = responses.map((r) => (r.statusCode === 201 ? 'redeemed' : `${r.statusCode} ${r.json().code}`));
    expect(outcomes.filter((o) => o === 'redeemed')).toHaveLength(10);
    expect(new Set(outcomes.filter((o) => o !== 'redeemed'))).toSatisfy((refusals: Set<string>) =>
      [...refusals].every((o) => o === '409 out_of_stock' || o === '409 insufficient_points'),
    );

    const { db } = c.t.database;
    const [reward] = await db.select().from(rewards).where(eq(rewards.id, rewardId));
    expect(reward!.stock).toBe(0);
    const rows = await db.select().from(redemptions).where(eq(redemptions.rewardId, rewardId));
    expect(rows).toHaveLength(10);
    for (const { volunteerId, earned } of crowd) {
      const [volunteer] = await db.select().from(volunteers).where(eq(volunteers.id, volunteerId));
      const spent = rows.filter((row) => row.volunteerId === volunteerId).reduce((sum, row) => sum + row.points, 0);
      expect(volunteer!.pointsBalance, volunteerId).toBe(earned - spent);
      expect(volunteer!.pointsBalance).toBeGreaterThanOrEqual(0);
    }
    const [{ audited }] = (await db.execute(
      sql`SELECT count(*)::int AS audited FROM audit_events WHERE action = 'reward.redeemed' AND target_id = ${rewardId}`,
    )) as unknown as [{ audited: number }];
    expect(Number(audited)).toBe(10);
    expect(await countRows(c.t, 'audit_events')).toBe(auditBefore + 10);
  });
});
