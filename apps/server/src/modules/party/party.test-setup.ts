// Shared set-up of the party-building API tests: offices of 黄浦区 and 静安区, a leader, and organizations in two
// communities of 南京东路街道, at the street itself, and in 静安区.
import { sql } from 'drizzle-orm';
import { buildOrganization, buildUser } from '../../test/factories.js';
import { createTestApp, login, type Client, type TestApp } from '../../test/test-app.js';

export const HUANGPU = '310101';
export const NANJING_EAST = '310101002'; // 南京东路街道
export const YUNNAN_MIDDLE = '310101002001'; // 云南中路居委会
export const LONGQUAN = '310101002002'; // 龙泉园路居委会
export const JINGAN_STREET = '310106006'; // 静安区 江宁路街道
export const XINAN = '310106006002'; // 静安区 新安居委会

export interface PartyCast {
  t: TestApp;
  civil: Client;
  street: Client;
  jinganStreet: Client;
  committee: Client;
  leader: Client;
  resident: Client;
  admin: Client;
  /** Organizations: yunnanTeam (12 members, the leader's), yunnanChoir (30), longquanGroup (8), streetAgency (40),
   *  suspended (龙泉园路, 6), xinanTeam (静安区, 10) */
  ids: Record<'yunnanTeam' | 'yunnanChoir' | 'longquanGroup' | 'streetAgency' | 'suspended' | 'xinanTeam', string>;
}

export async function partyCast(): Promise<PartyCast> {
  const t = await createTestApp();
  const { services } = t;
  const people = [
    ['civil', 'civil_affairs', HUANGPU],
    ['street', 'street_officer', NANJING_EAST],
    ['jingan', 'street_officer', JINGAN_STREET],
    ['committee', 'committee_worker', YUNNAN_MIDDLE],
    ['leader', 'org_leader', YUNNAN_MIDDLE],
    ['resident', 'resident', YUNNAN_MIDDLE],
    ['admin', 'sys_admin', null],
  ] as const;
  const users: Record<string, string> = {};
  for (const [username, role, regionCode] of people)
    users[username] = (await buildUser(services, { role, regionCode, username, displayName: username })).id;
  const organization = (attributes: Parameters<typeof buildOrganization>[1]) => buildOrganization(services, attributes).then((o) => o.id);
  const ids = {
    yunnanTeam: await organization({ name: '云南中路睦邻互助队', regionCode: YUNNAN_MIDDLE, memberCount: 12, leaderUserId: users.leader }),
    yunnanChoir: await organization({ name: '云南中路合唱队', regionCode: YUNNAN_MIDDLE, memberCount: 30 }),
    longquanGroup: await organization({ name: '龙泉园路编织小组', tier: 'group', regionCode: LONGQUAN, memberCount: 8 }),
    streetAgency: await organization({ name: '南京东路社会工作服务社', tier: 'registered', regionCode: NANJING_EAST, memberCount: 40 }),
    suspended: await organization({ name: '龙泉园路太极队', regionCode: LONGQUAN, memberCount: 6, status: 'suspended' }),
    xinanTeam: await organization({ name: '新安睦邻队', regionCode: XINAN, memberCount: 10 }),
  };
  const [civil, street, jinganStreet, committee, leader, resident, admin] = await Promise.all(
    ['civil', 'street', 'jingan', 'committee', 'leader', 'resident', 'admin'].map((u) => login(t.app, u)),
  );
  return {
    t,
    civil: civil!,
    street: street!,
    jinganStreet: jinganStreet!,
    committee: committee!,
    leader: leader!,
    resident: resident!,
    admin: admin!,
    ids,
  };
}

export const partyBody = (overrides: Record<string, unknown> = {}) => ({
  name: '南京东路街道社区社会组织联合党支部',
  kind: 'joint_branch',
  regionCode: NANJING_EAST,
  establishedOn: '2022-07-01',
  secretaryName: '刘建国',
  memberCount: 9,
  organizationIds: [],
  ...overrides,
});

export const meetingBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'member_assembly',
  heldOn: '2025-03-05',
  topic: '学习贯彻党的二十届三中全会精神',
  attendees: 8,
  notes: '',
  ...overrides,
});

export async function countRows(
  t: TestApp,
  table: 'party_organizations' | 'organization_party_profiles' | 'party_meetings' | 'audit_events',
): Promise<number> {
  const [row] = (await t.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as [{ n: number }];
  return Number(row.n);
}
