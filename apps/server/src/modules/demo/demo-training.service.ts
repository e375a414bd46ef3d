// Demo training (培训): courses of 黄浦区's civil-affairs office, of the focus street and of the district's incubator,
// with sessions over the past months and their sign-in sheets drawn from the demo organizations; and, where 宿州市
// is loaded, a course of 埇桥区 whose person-times the suzhou-2021 training indicator counts (that pack binds
// there only). Deterministic: the same regions give the same names and numbers; dates follow the load's month.
import type { TrainingAudience } from '@linli/shared';
import type { Db } from '../../db/database.js';
import { recordAuditBatch, type AuditEntry } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { insertAttendance } from '../training/attendance.repository.js';
import { activeOrganizationsUnder, insertCourse, insertSession } from '../training/training.repository.js';
import { DEMO_DISTRICT, DEMO_STREET } from './accounts.js';
import { seedActor, type DemoUsers } from './demo-accounts.service.js';
import * as repository from './demo.repository.js';
import { personName } from './people.js';
import { seededRandom, type Random } from './random.js';

const SEED = 20260601;
// 宿州市 埇桥区: the suzhou-2021 indicator is judged for the city and drills down to its counties
const YONGQIAO = '341302';

interface DemoCourse {
  title: string;
  description: string;
  audiences: TrainingAudience[];
  regionCode: string;
  /** The hub that runs it: the first active organization of this hub kind under the region */
  hubKind?: 'incubator';
  createdBy: string | null;
  /** Sessions: months before the load's month, the day, the start hour, the venue, people on the sheet */
  sessions: { monthsAgo: number; day: number; hour: number; venue: string; people: number }[];
}

function demoCourses(users: DemoUsers): DemoCourse[] {
  const district = users['demo-district']?.id ?? null;
  const street = users['demo-street']?.id ?? null;
  return [
    {
      title: '黄浦区社区社会组织负责人能力提升班',
      description: '组织治理、项目设计与财务管理，社区社会组织党建工作实务。',
      audiences: ['leaders', 'backbones'],
      regionCode: DEMO_DISTRICT,
      createdBy: district,
      sessions: [
        { monthsAgo: 5, day: 12, hour: 9, venue: '黄浦区社会组织服务中心多功能厅', people: 28 },
        { monthsAgo: 2, day: 18, hour: 14, venue: '黄浦区社会组织服务中心多功能厅', people: 24 },
      ],
    },
    {
      title: '社区社会工作者实务培训',
      description: '个案与小组工作方法、社区需求调查、服务记录规范。',
      audiences: ['social_workers'],
      regionCode: DEMO_DISTRICT,
      hubKind: 'incubator',
      createdBy: district,
      sessions: [
        { monthsAgo: 4, day: 8, hour: 9, venue: '南京东路街道社区公益创投中心', people: 16 },
        { monthsAgo: 1, day: 20, hour: 9, venue: '南京东路街道社区公益创投中心', people: 14 },
      ],
    },
    {
      title: '南京东路街道志愿服务骨干培训',
      description: '志愿者招募与管理、服务时长记录、“邻里守望”活动组织。',
      audiences: ['backbones', 'volunteers'],
      regionCode: DEMO_STREET,
      createdBy: street,
      sessions: [
        { monthsAgo: 3, day: 15, hour: 14, venue: '南京东路街道社区党群服务中心', people: 30 },
        { monthsAgo: 0, day: 1, hour: 14, venue: '南京东路街道社区党群服务中心', people: 22 },
      ],
    },
    {
      title: '外滩街道楼组长与团队骨干培训',
      description: '楼组议事、邻里互助团队的组建与活动记录。',
      audiences: ['leaders', 'backbones'],
      // 外滩街道, the district's second street
      regionCode: `${DEMO_DISTRICT}013`,
      createdBy: district,
      sessions: [{ monthsAgo: 1, day: 9, hour: 14, venue: '外滩街道社区文化活动中心', people: 26 }],
    },
  ];
}

const suzhouCourse: DemoCourse = {
  title: '埇桥区社区社会组织骨干人才培训班',
  description: '专项行动（2021—2023年）骨干人才和社区社会工作人才培训。',
  audiences: ['leaders', 'backbones', 'social_workers'],
  regionCode: YONGQIAO,
  createdBy: null,
  sessions: [
    { monthsAgo: 6, day: 10, hour: 9, venue: '埇桥区民政局培训室', people: 60 },
    { monthsAgo: 3, day: 10, hour: 9, venue: '埇桥区民政局培训室', people: 55 },
  ],
};

/** A session's start in Beijing time, `monthsAgo` months before `now`'s month. */
function startOf(now: Date, monthsAgo: number, day: number, hour: number): Date {
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, day, hour - 8));
  return month > now ? new Date(month.getTime() - 30 * 86_400_000) : month;
}

async function writeCourse(
  tx: Db,
  random: Random,
  course: DemoCourse,
  now: Date,
  pool: { id: string; regionCode: string; hubKind: string }[],
) {
  const hub = course.hubKind ? pool.find((o) => o.hubKind === course.hubKind) : undefined;
  const row = await insertCourse(tx, {
    title: course.title,
    description: course.description,
    audiences: course.audiences,
    regionCode: hub?.regionCode ?? course.regionCode,
    providerOrganizationId: hub?.id ?? null,
    createdBy: course.createdBy,
  });
  const events: AuditEntry[] = [
    {
      action: 'training_course.created',
      targetType: 'training_course',
      targetId: row.id,
      regionCode: row.regionCode,
      after: { title: row.title },
    },
  ];
  const members = pool.filter((o) => o.regionCode.startsWith(row.regionCode) && o.hubKind === 'none');
  for (const session of course.sessions) {
    const startsAt = startOf(now, session.monthsAgo, session.day, session.hour);
    const created = await insertSession(tx, {
      courseId: row.id,
      regionCode: row.regionCode,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
      venue: session.venue,
      createdBy: course.createdBy,
    });
    events.push({ action: 'training_session.created', targetType: 'training_session', targetId: created.id, regionCode: row.regionCode });
    const rows = Array.from({ length: session.people }, () => {
      const organization = members.length > 0 && random.chance(0.8) ? random.pick(members) : null;
      return {
        sessionId: created.id,
        regionCode: row.regionCode,
        attendedAt: startsAt,
        attendeeName: personName(random),
        audience: random.pick(course.audiences),
        organizationId: organization?.id ?? null,
        recordedBy: course.createdBy,
      };
    });
    const written = await insertAttendance(tx, rows);
    events.push({
      action: 'training_attendance.recorded',
      targetType: 'training_session',
      targetId: created.id,
      regionCode: row.regionCode,
      after: { recorded: written.length },
    });
  }
  await recordAuditBatch(tx, seedActor, events);
}

export async function createDemoTraining(services: Services, users: DemoUsers, now = new Date()): Promise<number> {
  const random = seededRandom(SEED);
  const { db } = services.database;
  const pool = await activeOrganizationsUnder(db, DEMO_DISTRICT);
  const courses = [...demoCourses(users), ...((await repository.regionByCode(db, YONGQIAO)) ? [suzhouCourse] : [])];
  await services.database.transaction(async (tx) => {
    for (const course of courses) await writeCourse(tx, random, course, now, pool);
  });
  return courses.length;
}
