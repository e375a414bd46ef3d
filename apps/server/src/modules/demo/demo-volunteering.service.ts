// Plays the time bank's first weeks through the volunteering module, as the demo accounts would in the web app:
// the street sets its rule and stocks its rewards catalogue, 张伟 (demo-resident) and six neighbours register,
// the demo leader's team posts needs, volunteers sign up and the leader confirms their hours. Times are relative to
// the load (past needs ended within the confirmation window), so the demo always has open needs.
import { randomBytes } from 'node:crypto';
import type { AuditActor } from '../../platform/audit.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { Services } from '../../platform/context.js';
import type { Scope } from '../../platform/scope.js';
import { createNeed, signUp } from '../volunteering/needs.service.js';
import { createReward } from '../volunteering/rewards.service.js';
import { confirmHours } from '../volunteering/service-records.service.js';
import { saveRule } from '../volunteering/time-bank-rules.service.js';
import { registerVolunteer } from '../volunteering/volunteers.service.js';
import { DEMO_STREET } from './accounts.js';
import type { DemoUsers } from './demo-accounts.service.js';
import * as repository from './demo.repository.js';

interface Person {
  id: string;
  role: 'resident' | 'org_leader' | 'street_officer';
  regionCode: string;
  displayName: string;
}
const scopeOf = (person: Person): Scope => ({ userId: person.id, role: person.role, regionPrefix: person.regionCode });
const actorOf = (person: Person): AuditActor => ({ id: person.id, name: person.displayName, ip: null });

/** An hour `days` from today at `hour` o'clock China time. */
function at(days: number, hour: number): string {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  return new Date(new Date(`${today}T${String(hour).padStart(2, '0')}:00:00+08:00`).getTime() + days * 86_400_000).toISOString();
}

/** Neighbours who volunteer: accounts without a published password (only 张伟 signs in). */
const neighbours = [
  { username: 'volunteer-wangxl', displayName: '王秀兰', skills: ['助老', '文艺'], phone: '13916002101' },
  { username: 'volunteer-lijg', displayName: '李建国', skills: ['维修', '巡逻'], phone: '13916002102' },
  { username: 'volunteer-chenj', displayName: '陈静', skills: ['心理疏导'], phone: '13916002103' },
  { username: 'volunteer-zhaom', displayName: '赵敏', skills: ['保洁', '垃圾分类'], phone: '13916002104' },
  { username: 'volunteer-sunl', displayName: '孙丽', skills: ['助老'], phone: '13916002105' },
  { username: 'volunteer-zhouj', displayName: '周杰', skills: ['巡逻', '急救'], phone: '13916002106' },
];

const rewards = [
  { name: '社区理发券', description: '南京东路社区理发室，限本人使用', pointsCost: 30, stock: 50 },
  { name: '家政保洁服务 1 小时', description: '由社区家政服务点上门提供', pointsCost: 80, stock: 10 },
  { name: '公交卡充值 20 元', description: '到街道社区事务受理中心领取', pointsCost: 120, stock: 30 },
  { name: '爱心大米 5 公斤', description: '社区爱心超市提供', pointsCost: 200, stock: 20 },
];

interface NeedScript {
  title: string;
  description: string;
  skills: string[];
  place: string;
  /** Days from today, start and end hour (China time) */
  when: [number, number, number];
  slots: number;
  /** Volunteers (张伟 is 'zhang', neighbours by index) and the hours the leader confirms, once the need is over */
  served: [string | number, number?][];
}

const needs: NeedScript[] = [
  {
    title: '重阳节敬老合唱：接送行动不便的老人',
    description: '演出前后上门接送高龄老人，并在现场照看',
    skills: ['助老'],
    place: '云南中路社区活动室',
    when: [-5, 13, 17],
    slots: 6,
    served: [
      ['zhang', 4],
      [0, 4],
      [4, 3.5],
    ],
  },
  {
    title: '楼道堆物清理',
    description: '协助物业清理楼道堆物，张贴消防安全提示',
    skills: ['保洁'],
    place: '云南中路 12 号楼',
    when: [-3, 9, 12],
    slots: 5,
    served: [
      ['zhang', 3],
      [3, 3],
      [1, 2.5],
    ],
  },
  {
    title: '社区义诊协助',
    description: '引导排队、登记基本信息、维持秩序',
    skills: [],
    place: '云南中路居委会门口',
    when: [-1, 8, 11],
    slots: 4,
    served: [
      ['zhang', 2.5],
      [5, 3],
    ],
  },
  {
    title: '独居老人上门探访陪伴',
    description: '两人一组上门探访，陪老人聊天，检查水电煤安全',
    skills: ['助老', '心理疏导'],
    place: '云南中路各居民楼',
    when: [3, 9, 11],
    slots: 6,
    served: [[2], [4]],
  },
  {
    title: '垃圾分类桶边值守',
    description: '早高峰在投放点指导居民分类投放',
    skills: ['垃圾分类'],
    place: '云南中路 8 号投放点',
    when: [7, 7, 9],
    slots: 4,
    served: [[3]],
  },
];

export async function createDemoVolunteering(services: Services, users: DemoUsers): Promise<void> {
  const { db } = services.database;
  const leader = users['demo-leader'];
  const resident = users['demo-resident'];
  const street = users['demo-street'];
  if (!leader || !resident || !street) return;
  const organizationId = await repository.organizationLedBy(db, leader.id);
  if (!organizationId) return;
  const asPerson = (user: DemoUsers[string]) => ({ ...user, regionCode: user.regionCode! }) as Person;

  await saveRule(services, scopeOf(asPerson(street)), actorOf(asPerson(street)), DEMO_STREET, {
    pointsPerHour: 12,
    starHours: [100, 300, 600, 1000, 1500],
  });
  for (const reward of rewards) await createReward(services, scopeOf(asPerson(street)), actorOf(asPerson(street)), reward);

  const communities = (await repository.regionsBelow(db, DEMO_STREET)).filter((r) => r.level === 5).map((r) => r.code);
  const passwordHash = await hashPassword(randomBytes(24).toString('base64'));
  const people = await services.database.transaction(async (tx) => {
    const created: Person[] = [];
    for (const [i, neighbour] of neighbours.entries()) {
      const regionCode = communities[i % Math.min(3, communities.length)]!;
      const user = await repository.insertUser(tx, {
        username: neighbour.username,
        displayName: neighbour.displayName,
        role: 'resident',
        regionCode,
        passwordHash,
      });
      created.push({ id: user.id, role: 'resident', regionCode, displayName: user.displayName });
    }
    return created;
  });
  const zhang = asPerson(resident);
  const volunteerIds = new Map<string | number, string>();
  const zhangVolunteer = await registerVolunteer(services, scopeOf(zhang), actorOf(zhang), {
    skills: ['助老', '保洁'],
    availability: '工作日晚上、周末全天',
    phone: '13916002100',
  });
  volunteerIds.set('zhang', zhangVolunteer.id);
  for (const [i, person] of people.entries()) {
    const { skills, phone } = neighbours[i]!;
    const volunteer = await registerVolunteer(services, scopeOf(person), actorOf(person), { skills, availability: '周末', phone });
    volunteerIds.set(i, volunteer.id);
  }

  const leaderPerson = asPerson(leader);
  const personOf = (who: string | number) => (who === 'zhang' ? zhang : people[who as number]!);
  for (const script of needs) {
    const [days, from, to] = script.when;
    const { served, when: _when, ...fields } = script;
    const id = await createNeed(services, scopeOf(leaderPerson), actorOf(leaderPerson), {
      ...fields,
      organizationId,
      startsAt: at(days, from),
      endsAt: at(days, to),
    });
    for (const [who] of served) await signUp(services, scopeOf(personOf(who)), actorOf(personOf(who)), id);
    for (const [who, hours] of served) {
      if (hours !== undefined)
        await confirmHours(services, scopeOf(leaderPerson), actorOf(leaderPerson), id, { volunteerId: volunteerIds.get(who)!, hours });
    }
  }
}
