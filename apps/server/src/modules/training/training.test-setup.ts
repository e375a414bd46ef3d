// Shared set-up of the training API tests: offices of 黄浦区 and 静安区, a street hub in 南京东路街道 led by its own
// staff account, and organizations in two communities and in 静安区.
import { sql } from 'drizzle-orm';
import { buildOrganization, buildUser } from '../../test/factories.js';
import { createTestApp, login, type Client, type TestApp } from '../../test/test-app.js';

export const HUANGPU = '310101';
export const NANJING_EAST = '310101002'; // 南京东路街道
export const YUNNAN_MIDDLE = '310101002001'; // 云南中路居委会
export const LONGQUAN = '310101002002'; // 龙泉园路居委会
export const WAITAN = '310101013'; // 外滩街道
export const JINGAN_STREET = '310106006'; // 静安区 江宁路街道
export const XINAN = '310106006002'; // 静安区 新安居委会

export interface TrainingCast {
  t: TestApp;
  civil: Client;
  street: Client;
  jinganStreet: Client;
  committee: Client;
  hubStaff: Client;
  leader: Client;
  resident: Client;
  admin: Client;
  ids: {
    hub: string;
    otherHub: string;
    yunnanTeam: string;
    longquanTeam: string;
    xinanTeam: string;
    residentUser: string;
    jinganUser: string;
  };
}

export async function trainingCast(options: Parameters<typeof createTestApp>[0] = {}): Promise<TrainingCast> {
  const t = await createTestApp(options);
  const { services } = t;
  const people = [
    ['civil', 'civil_affairs', HUANGPU, '民政李'],
    ['street', 'street_officer', NANJING_EAST, '街道赵'],
    ['jingan', 'street_officer', JINGAN_STREET, '静安钱'],
    ['committee', 'committee_worker', YUNNAN_MIDDLE, '居委孙'],
    ['hubstaff', 'org_leader', NANJING_EAST, '联合会周'],
    ['leader', 'org_leader', YUNNAN_MIDDLE, '队长吴'],
    ['resident', 'resident', YUNNAN_MIDDLE, '居民郑'],
    ['jinganresident', 'resident', XINAN, '静安居民'],
    ['admin', 'sys_admin', null, '管理员'],
  ] as const;
  const users: Record<string, string> = {};
  for (const [username, role, regionCode, displayName] of people)
    users[username] = (await buildUser(services, { role, regionCode, username, displayName })).id;
  const organization = (attributes: Parameters<typeof buildOrganization>[1]) => buildOrganization(services, attributes).then((o) => o.id);
  const ids = {
    hub: await organization({
      name: '南京东路街道社区社会组织联合会',
      tier: 'registered',
      hubKind: 'federation',
      regionCode: NANJING_EAST,
      leaderUserId: users.hubstaff,
    }),
    otherHub: await organization({ name: '外滩街道社区服务中心', tier: 'registered', hubKind: 'service_center', regionCode: WAITAN }),
    yunnanTeam: await organization({ name: '云南中路睦邻互助队', regionCode: YUNNAN_MIDDLE, leaderUserId: users.leader }),
    longquanTeam: await organization({ name: '龙泉园路编织小组', tier: 'group', regionCode: LONGQUAN }),
    xinanTeam: await organization({ name: '新安睦邻队', regionCode: XINAN }),
    residentUser: users.resident!,
    jinganUser: users.jinganresident!,
  };
  const [civil, street, jinganStreet, committee, hubStaff, leader, resident, admin] = await Promise.all(
    ['civil', 'street', 'jingan', 'committee', 'hubstaff', 'leader', 'resident', 'admin'].map((u) => login(t.app, u)),
  );
  return {
    t,
    civil: civil!,
    street: street!,
    jinganStreet: jinganStreet!,
    committee: committee!,
    hubStaff: hubStaff!,
    leader: leader!,
    resident: resident!,
    admin: admin!,
    ids,
  };
}

export const courseBody = (overrides: Record<string, unknown> = {}) => ({
  title: '社区社会组织负责人能力提升班',
  audiences: ['leaders', 'backbones'],
  description: '项目设计、财务管理与志愿者管理',
  ...overrides,
});

/** A session that began an hour ago (attendance can be recorded) or, with `future`, begins tomorrow. */
export function sessionBody(options: { future?: boolean; startsAt?: string; hours?: number } = {}) {
  const start = options.startsAt ? new Date(options.startsAt) : new Date(Date.now() + (options.future ? 86_400_000 : -3_600_000));
  return {
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + (options.hours ?? 2) * 3_600_000).toISOString(),
    venue: '南京东路街道社区党群服务中心',
  };
}

export async function countRows(
  t: TestApp,
  table: 'training_courses' | 'training_sessions' | 'training_attendance' | 'audit_events',
): Promise<number> {
  const [row] = (await t.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as [{ n: number }];
  return Number(row.n);
}

export async function auditActions(t: TestApp, prefix: string): Promise<string[]> {
  const rows = (await t.database.db.execute(
    sql`SELECT action FROM audit_events WHERE action LIKE ${prefix + '%'} ORDER BY id`,
  )) as unknown as { action: string }[];
  return rows.map((r) => r.action);
}

/**
 * Dated attendance whose every figure the person-times and dashboard tests work out by hand:
 *   district course (黄浦区 itself)  2024-03-10          leaders 1, social_workers 1, volunteers 1
 *   南京东路街道 course               2024-05-01          backbones 2, leaders 1
 *                                    2025-01-02          social_workers 1
 *   外滩街道 course                   2024-12-31 23:30    volunteers 2
 *                                    2025-01-01 00:30    leaders 1   (Beijing time: a day after the one before)
 *   静安区 江宁路街道 course          2024-06-01          leaders 1
 */
export async function personTimesFixture(c: TrainingCast) {
  const session = async (client: Client, body: Record<string, unknown>, startsAt: string, attendees: [string, string][]) => {
    const course = await client.post(
      '/api/v1/training/courses',
      courseBody({ audiences: ['leaders', 'backbones', 'social_workers', 'volunteers'], ...body }),
    );
    if (course.statusCode !== 201) throw new Error(course.body);
    const created = await client.post(`/api/v1/training/courses/${course.json().id}/sessions`, sessionBody({ startsAt }));
    const sheet = await client.post(`/api/v1/training/sessions/${created.json().id}/attendance`, {
      attendees: attendees.map(([name, audience]) => ({ name, audience })),
    });
    if (sheet.statusCode !== 200) throw new Error(sheet.body);
    return course.json().id as string;
  };
  await session(c.civil, { regionCode: HUANGPU }, '2024-03-10T09:00:00+08:00', [
    ['王一', 'leaders'],
    ['王二', 'social_workers'],
    ['王三', 'volunteers'],
  ]);
  const nanjing = await session(c.street, {}, '2024-05-01T09:00:00+08:00', [
    ['李一', 'backbones'],
    ['李二', 'backbones'],
    ['李三', 'leaders'],
  ]);
  const second = await c.street.post(
    `/api/v1/training/courses/${nanjing}/sessions`,
    sessionBody({ startsAt: '2025-01-02T09:00:00+08:00' }),
  );
  await c.street.post(`/api/v1/training/sessions/${second.json().id}/attendance`, {
    attendees: [{ name: '李四', audience: 'social_workers' }],
  });
  const waitan = await session(c.civil, { regionCode: WAITAN }, '2024-12-31T23:30:00+08:00', [
    ['张一', 'volunteers'],
    ['张二', 'volunteers'],
  ]);
  const late = await c.civil.post(`/api/v1/training/courses/${waitan}/sessions`, sessionBody({ startsAt: '2025-01-01T00:30:00+08:00' }));
  await c.civil.post(`/api/v1/training/sessions/${late.json().id}/attendance`, { attendees: [{ name: '张三', audience: 'leaders' }] });
  await session(c.jinganStreet, {}, '2024-06-01T09:00:00+08:00', [['钱一', 'leaders']]);
}
