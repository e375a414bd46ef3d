// Shared set-up of the volunteering API tests: the people and organizations of 黄浦区 and 静安区, and shortcuts for
// registering, posting needs, signing up and confirming hours.
import type { ServiceRecord, Volunteer, VolunteerNeed } from '@linli/shared';
import { sql } from 'drizzle-orm';
import { volunteerNeeds, volunteerSignups } from '../../db/schema.js';
import { buildOrganization, buildUser } from '../../test/factories.js';
import { createTestApp, login, type Client, type TestApp } from '../../test/test-app.js';

export const HUANGPU = '310101';
export const NANJING_EAST = '310101002'; // 南京东路街道
export const YUNNAN_MIDDLE = '310101002001'; // 云南中路居委会
export const LONGQUAN = '310101002002'; // 龙泉园路居委会
export const WAITAN = '310101013'; // 外滩街道
export const JINGAN = '310106';
export const JINGAN_STREET = '310106006'; // 静安区 江宁路街道
export const XINAN = '310106006002'; // 静安区 新安居委会

const HOUR = 3_600_000;

export interface VolunteeringCast {
  t: TestApp;
  civil: Client;
  jinganCivil: Client;
  street: Client;
  jinganStreet: Client;
  committee: Client;
  jinganCommittee: Client;
  leader: Client;
  otherLeader: Client;
  hubLeader: Client;
  resident: Client;
  neighbour: Client;
  jinganResident: Client;
  admin: Client;
  ids: Record<string, string>;
  organizations: { team: string; otherTeam: string; hub: string; jinganTeam: string };
}

export async function volunteeringCast(): Promise<VolunteeringCast> {
  const t = await createTestApp();
  const people = [
    ['civil', 'civil_affairs', HUANGPU, '民政李'],
    ['jinganCivil', 'civil_affairs', JINGAN, '静安民政王'],
    ['street', 'street_officer', NANJING_EAST, '街道赵'],
    ['jinganStreet', 'street_officer', JINGAN_STREET, '静安钱'],
    ['committee', 'committee_worker', YUNNAN_MIDDLE, '居委孙'],
    ['jinganCommittee', 'committee_worker', XINAN, '新安居委何'],
    ['leader', 'org_leader', YUNNAN_MIDDLE, '队长周'],
    ['otherLeader', 'org_leader', YUNNAN_MIDDLE, '队长吴'],
    ['hubLeader', 'org_leader', NANJING_EAST, '中心主任郑'],
    ['resident', 'resident', YUNNAN_MIDDLE, '张伟'],
    ['neighbour', 'resident', LONGQUAN, '王芳'],
    ['jinganResident', 'resident', XINAN, '刘洋'],
    ['admin', 'sys_admin', null, '管理员'],
  ] as const;
  const ids: Record<string, string> = {};
  for (const [username, role, regionCode, displayName] of people) {
    ids[username] = (await buildUser(t.services, { role, regionCode, username, displayName })).id;
  }
  const clients = await Promise.all(people.map(([username]) => login(t.app, username)));
  const byName = Object.fromEntries(people.map(([username], i) => [username, clients[i]!])) as Record<(typeof people)[number][0], Client>;
  const team = await buildOrganization(t.services, { name: '云南中路睦邻队', regionCode: YUNNAN_MIDDLE, leaderUserId: ids.leader });
  const otherTeam = await buildOrganization(t.services, {
    name: '云南中路合唱队',
    regionCode: YUNNAN_MIDDLE,
    leaderUserId: ids.otherLeader,
  });
  const hub = await buildOrganization(t.services, {
    name: '南京东路社区社会组织服务中心',
    regionCode: NANJING_EAST,
    tier: 'registered',
    hubKind: 'service_center',
    leaderUserId: ids.hubLeader,
  });
  const jinganTeam = await buildOrganization(t.services, { name: '新安睦邻队', regionCode: XINAN });
  return { t, ...byName, ids, organizations: { team: team.id, otherTeam: otherTeam.id, hub: hub.id, jinganTeam: jinganTeam.id } };
}

export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

export function needBody(organizationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organizationId,
    title: '楼道清洁志愿服务',
    description: '清理楼道堆物，张贴垃圾分类提示',
    skills: ['保洁'],
    place: '云南中路 100 弄',
    startsAt: hoursFromNow(48),
    endsAt: hoursFromNow(51),
    slots: 5,
    ...overrides,
  };
}

/** A need that took place earlier today (posted afterwards to record it, 补录): 3 hours, ended an hour ago. */
export const pastNeedBody = (organizationId: string, overrides: Record<string, unknown> = {}) =>
  needBody(organizationId, { startsAt: hoursFromNow(-4), endsAt: hoursFromNow(-1), ...overrides });

async function expectStatus(response: Awaited<ReturnType<Client['get']>>, status: number, what: string) {
  if (response.statusCode !== status) throw new Error(`${what} failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function register(client: Client, body: Record<string, unknown> = {}): Promise<Volunteer> {
  return expectStatus(await client.post('/api/v1/volunteers/me', { skills: ['保洁'], phone: '13812345678', ...body }), 201, 'register');
}

export async function postNeed(client: Client, body: Record<string, unknown>): Promise<VolunteerNeed> {
  return expectStatus(await client.post('/api/v1/volunteer-needs', body), 201, 'post need');
}

export async function signUp(client: Client, needId: string): Promise<VolunteerNeed> {
  return expectStatus(await client.post(`/api/v1/volunteer-needs/${needId}/signups`), 201, 'sign up');
}

export async function confirm(client: Client, needId: string, volunteerId: string, hours: number): Promise<ServiceRecord> {
  return expectStatus(await client.post(`/api/v1/volunteer-needs/${needId}/service-records`, { volunteerId, hours }), 201, 'confirm');
}

/**
 * A need of an organization that ended `daysAgo` days ago, with `volunteerIds` signed up, written straight to the
 * tables: the API refuses to post one whose hours can no longer be confirmed, which is what the tests need.
 */
export async function oldNeed(t: TestApp, organizationId: string, regionCode: string, daysAgo: number, volunteerIds: string[]) {
  const endsAt = new Date(Date.now() - daysAgo * 24 * HOUR);
  const [need] = await t.database.db
    .insert(volunteerNeeds)
    .values({ organizationId, regionCode, title: '旧需求', startsAt: new Date(endsAt.getTime() - 2 * HOUR), endsAt, slots: 10 })
    .returning();
  for (const volunteerId of volunteerIds) await t.database.db.insert(volunteerSignups).values({ needId: need!.id, volunteerId });
  return need!;
}

export async function countRows(
  t: TestApp,
  table:
    | 'volunteers'
    | 'volunteer_needs'
    | 'volunteer_signups'
    | 'service_records'
    | 'rewards'
    | 'redemptions'
    | 'volunteer_certificates'
    | 'audit_events',
): Promise<number> {
  const [row] = (await t.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as [{ n: number }];
  return Number(row.n);
}

export const ids = <T extends { id: string }>(items: T[]) => items.map((item) => item.id);
