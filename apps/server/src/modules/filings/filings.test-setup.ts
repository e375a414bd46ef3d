// Shared set-up of the filing API tests: the people of 黄浦区 and 静安区, valid request bodies and shortcuts.
import type { FilingDetail } from '@linli/shared';
import { sql } from 'drizzle-orm';
import { buildOrganization, buildUser } from '../../test/factories.js';
import { createTestApp, login, type Client, type TestApp } from '../../test/test-app.js';

export const HUANGPU = '310101';
export const NANJING_EAST = '310101002'; // 南京东路街道
export const YUNNAN_MIDDLE = '310101002001'; // 云南中路居委会
export const LONGQUAN = '310101002002'; // 龙泉园路居委会
export const JINGAN_STREET = '310106006'; // 静安区 江宁路街道
export const XINAN = '310106006002'; // 静安区 新安居委会

let serial = 0;

export function proposal(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `云南中路合唱队${++serial}`,
    tier: 'team',
    regionCode: YUNNAN_MIDDLE,
    serviceFields: ['文化艺术'],
    targetGroups: ['老年人'],
    description: '每周二上午排练',
    leaderName: '王芳',
    leaderPhone: '13812345678',
    leaderIdNumber: '11010519491231002X',
    contactName: '李四',
    contactPhone: '13900002222',
    memberCount: 12,
    venue: '云南中路活动室',
    charter: '本队为社区群众文化活动团队，遵守法律法规，每周活动一次。',
    members: [{ name: '王芳', role: '负责人' }, { name: '李四' }],
    ...overrides,
  };
}

export const establishBody = (overrides: Record<string, unknown> = {}) => ({ kind: 'establish', organization: proposal(overrides) });

export interface Cast {
  t: TestApp;
  civil: Client;
  street: Client;
  jinganStreet: Client;
  committee: Client;
  colleague: Client;
  longquan: Client;
  jinganCommittee: Client;
  leader: Client;
  otherLeader: Client;
  streetLeader: Client;
  resident: Client;
  admin: Client;
  ids: Record<string, string>;
}

export async function castOfUsers(): Promise<Cast> {
  const t = await createTestApp();
  const people = [
    ['civil', 'civil_affairs', HUANGPU, '民政李'],
    ['street', 'street_officer', NANJING_EAST, '街道赵'],
    ['jinganStreet', 'street_officer', JINGAN_STREET, '静安钱'],
    ['committee', 'committee_worker', YUNNAN_MIDDLE, '居委孙'],
    ['colleague', 'committee_worker', YUNNAN_MIDDLE, '居委陈'],
    ['longquan', 'committee_worker', LONGQUAN, '龙泉居委林'],
    ['jinganCommittee', 'committee_worker', XINAN, '新安居委何'],
    ['leader', 'org_leader', YUNNAN_MIDDLE, '队长周'],
    ['otherLeader', 'org_leader', YUNNAN_MIDDLE, '队长吴'],
    ['streetLeader', 'org_leader', NANJING_EAST, '队长郑'],
    ['resident', 'resident', HUANGPU, '居民冯'],
    ['admin', 'sys_admin', null, '管理员'],
  ] as const;
  const ids: Record<string, string> = {};
  for (const [username, role, regionCode, displayName] of people) {
    ids[username] = (await buildUser(t.services, { role, regionCode, username, displayName })).id;
  }
  const clients = await Promise.all(people.map(([username]) => login(t.app, username)));
  const byName = Object.fromEntries(people.map(([username], i) => [username, clients[i]!])) as Record<(typeof people)[number][0], Client>;
  return { t, ...byName, ids };
}

export async function countRows(
  t: TestApp,
  table: 'filings' | 'filing_transitions' | 'organizations' | 'audit_events' | 'filing_counters',
): Promise<number> {
  const [row] = (await t.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as [{ n: number }];
  return Number(row.n);
}

/** Submits and expects success. */
export async function submit(client: Client, body: unknown): Promise<FilingDetail> {
  const response = await client.post('/api/v1/filings', body);
  if (response.statusCode !== 201) throw new Error(`submit failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Takes an action and expects success. */
export async function act(
  client: Client,
  filing: Pick<FilingDetail, 'id' | 'version'>,
  action: string,
  comment = '',
): Promise<FilingDetail> {
  const response = await client.post(`/api/v1/filings/${filing.id}/transitions`, { action, comment, version: filing.version });
  if (response.statusCode !== 200) throw new Error(`${action} failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** An active team of 云南中路 led by `leaderUserId`, as if filed before. */
export const existingTeam = (t: TestApp, attributes: Partial<Parameters<typeof buildOrganization>[1]> = {}) =>
  buildOrganization(t.services, { regionCode: YUNNAN_MIDDLE, description: '老年人健身', venue: '云南中路广场', ...attributes });
