// Shared set-up of the organization API tests: the people of 黄浦区 and 静安区 and a valid request body.
import { creditCodeCheckCharacter } from '@linli/shared';
import { sql } from 'drizzle-orm';
import { buildUser } from '../../test/factories.js';
import { createTestApp, login, type Client, type TestApp } from '../../test/test-app.js';

export const HUANGPU = '310101';
export const NANJING_EAST = '310101002'; // 南京东路街道
export const YUNNAN_MIDDLE = '310101002001'; // 云南中路居委会
export const LONGQUAN = '310101002002'; // 龙泉园路居委会
export const JINGAN_STREET = '310106006'; // 静安区 江宁路街道

let serial = 0;

/** A valid unified social credit code (check character computed), different on every call. */
export function creditCode(): string {
  const first17 = `5131010${String(++serial).padStart(10, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export function organizationBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `测试组织${++serial}`,
    tier: 'team',
    regionCode: YUNNAN_MIDDLE,
    serviceFields: ['邻里互助'],
    leaderName: '王芳',
    leaderPhone: '13812345678',
    leaderIdNumber: '11010519491231002X',
    memberCount: 12,
    ...overrides,
  };
}

export interface Cast {
  t: TestApp;
  civilAffairs: Client;
  street: Client;
  jinganStreet: Client;
  committee: Client;
  leader: Client;
  otherLeader: Client;
  resident: Client;
  sysAdmin: Client;
  leaderId: string;
}

export async function castOfUsers(): Promise<Cast> {
  const t = await createTestApp();
  const { services } = t;
  await buildUser(services, { role: 'civil_affairs', regionCode: HUANGPU, username: 'civil', displayName: '民政李' });
  await buildUser(services, { role: 'street_officer', regionCode: NANJING_EAST, username: 'street', displayName: '街道赵' });
  await buildUser(services, { role: 'street_officer', regionCode: JINGAN_STREET, username: 'jingan', displayName: '静安钱' });
  await buildUser(services, { role: 'committee_worker', regionCode: YUNNAN_MIDDLE, username: 'committee', displayName: '居委孙' });
  const leader = await buildUser(services, { role: 'org_leader', regionCode: YUNNAN_MIDDLE, username: 'leader', displayName: '队长周' });
  await buildUser(services, { role: 'org_leader', regionCode: YUNNAN_MIDDLE, username: 'leader2', displayName: '队长吴' });
  await buildUser(services, { role: 'resident', regionCode: HUANGPU, username: 'resident', displayName: '居民郑' });
  await buildUser(services, { role: 'sys_admin', username: 'admin', displayName: '管理员' });
  const [civilAffairs, street, jinganStreet, committee, leaderClient, otherLeader, resident, sysAdmin] = await Promise.all(
    ['civil', 'street', 'jingan', 'committee', 'leader', 'leader2', 'resident', 'admin'].map((u) => login(t.app, u)),
  );
  return {
    t,
    civilAffairs: civilAffairs!,
    street: street!,
    jinganStreet: jinganStreet!,
    committee: committee!,
    leader: leaderClient!,
    otherLeader: otherLeader!,
    resident: resident!,
    sysAdmin: sysAdmin!,
    leaderId: leader.id,
  };
}

export async function countRows(t: TestApp, table: 'organizations' | 'organization_changes' | 'audit_events'): Promise<number> {
  const [row] = (await t.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as [{ n: number }];
  return Number(row.n);
}
