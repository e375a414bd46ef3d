// Shared set-up of the activity API tests: the people of 黄浦区 and 静安区 (filings.test-setup.ts), the packs the
// demo binds (mca-2017 for the country, shanghai-2021 for 上海), organizations in three communities, and shortcuts.
import type { ActivityDetail } from '@linli/shared';
import { sql } from 'drizzle-orm';
import { buildOrganization } from '../../test/factories.js';
import type { Client, TestApp } from '../../test/test-app.js';
import { castOfUsers, LONGQUAN, NANJING_EAST, XINAN, YUNNAN_MIDDLE, type Cast } from '../filings/filings.test-setup.js';
import { writeBinding } from '../policies/policy-bindings.repository.js';

export { LONGQUAN, NANJING_EAST, XINAN, YUNNAN_MIDDLE } from '../filings/filings.test-setup.js';

const DAY_MS = 86_400_000;

/** An ISO time `days` from now (negative: in the past), at the given hour offset. */
export const inDays = (days: number, hours = 0) => new Date(Date.now() + days * DAY_MS + hours * 3_600_000).toISOString();

export interface ActivityFixture {
  c: Cast;
  /** 云南中路合唱队, led by `leader` */
  team: string;
  /** 云南中路读书会, led by `otherLeader` */
  otherTeam: string;
  /** 龙泉园路编织小组 (another community of the same street) */
  longquanGroup: string;
  /** 南京东路街道 社区服务社, at street level (no committee), led by `streetLeader` */
  streetTeam: string;
  /** 新安睦邻队 in 静安区 */
  jinganTeam: string;
  /** a suspended group of 云南中路 */
  suspendedGroup: string;
}

export async function bind(t: TestApp, regionCode: string, policies: string[]) {
  await t.database.transaction((tx) => writeBinding(tx, regionCode, policies, 0, null));
}

export async function activityFixture(): Promise<ActivityFixture> {
  const c = await castOfUsers();
  const { services } = c.t;
  await bind(c.t, '', ['mca-2017']);
  await bind(c.t, '31', ['shanghai-2021']);
  const build = async (name: string, regionCode: string, attributes: Partial<Parameters<typeof buildOrganization>[1]> = {}) =>
    (await buildOrganization(services, { name, regionCode, ...attributes })).id;
  return {
    c,
    team: await build('云南中路合唱队', YUNNAN_MIDDLE, { leaderUserId: c.ids.leader }),
    otherTeam: await build('云南中路读书会', YUNNAN_MIDDLE, { leaderUserId: c.ids.otherLeader }),
    longquanGroup: await build('龙泉园路编织小组', LONGQUAN, { tier: 'group' }),
    streetTeam: await build('南京东路社区服务社', NANJING_EAST, { leaderUserId: c.ids.streetLeader }),
    jinganTeam: await build('新安睦邻队', XINAN),
    suspendedGroup: await build('云南中路书法小组', YUNNAN_MIDDLE, { tier: 'group', status: 'suspended' }),
  };
}

let serial = 0;

/** A small planned service activity a week from now, two hours long. */
export function activityBody(organizationId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organizationId,
    title: `邻里议事会第${++serial}期`,
    kind: 'consultation',
    seriesId: 'co-governance',
    startsAt: inDays(7),
    endsAt: inDays(7, 2),
    venue: '云南中路居委会会议室',
    expectedParticipants: 30,
    beneficiaries: { 全体居民: 30 },
    summary: '商议楼道堆物清理',
    ...overrides,
  };
}

/** Creates an activity and expects success. */
export async function createActivity(client: Client, body: Record<string, unknown>): Promise<ActivityDetail> {
  const response = await client.post('/api/v1/activities', body);
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Posts to an activity's action and expects success. */
export async function actOn(
  client: Client,
  activity: Pick<ActivityDetail, 'id'>,
  action: string,
  body: Record<string, unknown>,
): Promise<ActivityDetail> {
  const response = await client.post(`/api/v1/activities/${activity.id}/${action}`, body);
  if (response.statusCode !== 200) throw new Error(`${action} failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/**
 * Time passes: the activity and its report move `days` into the past together, so what was reported before the
 * start still was, and an activity that was next week has now begun.
 */
export async function moveIntoPast(t: TestApp, activityId: string, days: number) {
  const shift = sql`make_interval(days => ${days}::int)`;
  await t.database.db.execute(
    sql`UPDATE activities SET starts_at = starts_at - ${shift}, ends_at = ends_at - ${shift} WHERE id = ${activityId}`,
  );
  await t.database.db.execute(
    sql`UPDATE major_activity_reports SET reported_at = reported_at - ${shift}, decided_at = decided_at - ${shift} WHERE activity_id = ${activityId}`,
  );
}

export async function countRows(
  t: TestApp,
  table: 'activities' | 'activity_attachments' | 'major_activity_reports' | 'audit_events',
): Promise<number> {
  const [row] = (await t.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as [{ n: number }];
  return Number(row.n);
}
