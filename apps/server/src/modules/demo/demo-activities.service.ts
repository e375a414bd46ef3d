// Plays a few weeks of activities through the activities module, as the demo accounts would in the web app: the
// demo leader's past and coming activities, a 300-person gathering reported and waiting for the street, a festival
// the committee acknowledged, and the committee recording for a team without a leader account. Times are relative
// to the load, so the demo always has something coming up.
import type { CreateActivityBody } from '@linli/shared';
import type { AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import type { Scope } from '../../platform/scope.js';
import { createActivity, getActivity, markHeld } from '../activities/activities.service.js';
import { decideReport, fileReport } from '../activities/major-reports.service.js';
import { DEMO_COMMUNITY } from './accounts.js';
import type { DemoUsers } from './demo-accounts.service.js';
import * as repository from './demo.repository.js';

type DemoUser = DemoUsers[string];
const scopeOf = (user: DemoUser): Scope => ({ userId: user.id, role: user.role, regionPrefix: user.regionCode });
const actorOf = (user: DemoUser): AuditActor => ({ id: user.id, name: user.displayName, ip: null });

/** An hour `days` from today at `hour` o'clock China time. */
function at(days: number, hour: number): string {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  return new Date(new Date(`${today}T${String(hour).padStart(2, '0')}:00:00+08:00`).getTime() + days * 86_400_000).toISOString();
}

interface Script {
  by: string;
  organization: 'led_by_leader' | 'community_team';
  activity: Omit<CreateActivityBody, 'organizationId' | 'startsAt' | 'endsAt'>;
  /** Days from today, start and end hour (China time) */
  when: [number, number, number];
  held?: { actualParticipants: number; summary: string };
  report?: { acknowledgedBy?: string; comment?: string };
}

const base = { seriesId: null, isPublic: true, beneficiaries: {}, summary: '' };

const scripts: Script[] = [
  {
    by: 'demo-leader',
    organization: 'led_by_leader',
    activity: {
      ...base,
      title: '楼道议事会：电动车充电桩选址',
      kind: 'consultation',
      seriesId: 'co-governance',
      venue: '云南中路居委会议事厅',
      expectedParticipants: 25,
      beneficiaries: { 全体居民: 25 },
    },
    when: [-12, 19, 21],
    held: { actualParticipants: 31, summary: '31 位居民参加，议定在 3 号楼北侧设置充电桩，报居委会协调物业实施。' },
  },
  {
    by: 'demo-leader',
    organization: 'led_by_leader',
    activity: {
      ...base,
      title: '重阳节敬老合唱',
      kind: 'culture_sports',
      seriesId: 'culture-soul',
      venue: '云南中路社区活动室',
      expectedParticipants: 40,
      beneficiaries: { 老年人: 35 },
    },
    when: [-5, 14, 16],
    held: { actualParticipants: 46, summary: '为辖区 35 位高龄老人演唱 8 首曲目，志愿者上门接送行动不便的老人。' },
  },
  {
    by: 'demo-leader',
    organization: 'led_by_leader',
    activity: {
      ...base,
      title: '独居老人上门探访',
      kind: 'volunteering',
      seriesId: 'mutual-watch',
      venue: '云南中路各居民楼',
      expectedParticipants: 12,
      beneficiaries: { 老年人: 18 },
      isPublic: false,
    },
    when: [3, 9, 11],
  },
  {
    by: 'demo-leader',
    organization: 'led_by_leader',
    activity: {
      ...base,
      title: '邻里文化节广场集会',
      kind: 'gathering',
      seriesId: 'culture-soul',
      venue: '云南中路街心花园',
      expectedParticipants: 300,
      beneficiaries: { 全体居民: 300 },
      summary: '邻里才艺展示、非遗手作摊位、垃圾分类互动游戏。',
    },
    when: [10, 9, 12],
    report: {},
  },
  {
    by: 'demo-leader',
    organization: 'led_by_leader',
    activity: {
      ...base,
      title: '中秋游园会',
      kind: 'festival',
      venue: '云南中路社区广场',
      expectedParticipants: 80,
      beneficiaries: { 儿童: 30, 老年人: 30 },
    },
    when: [20, 18, 20],
    report: { acknowledgedBy: 'demo-committee2', comment: '请提前联系物业做好场地照明和安全疏导。' },
  },
  {
    by: 'demo-committee',
    organization: 'community_team',
    activity: {
      ...base,
      title: '垃圾分类宣传进楼道',
      kind: 'service',
      seriesId: 'co-governance',
      venue: '云南中路 12 号楼',
      expectedParticipants: 15,
      beneficiaries: { 全体居民: 120 },
    },
    when: [-8, 9, 11],
    held: { actualParticipants: 14, summary: '入户发放宣传册 120 份，现场指导分类投放。' },
  },
  {
    by: 'demo-committee',
    organization: 'community_team',
    activity: {
      ...base,
      title: '夜间平安巡逻',
      kind: 'service',
      seriesId: 'shared-safety',
      venue: '云南中路沿线',
      expectedParticipants: 10,
    },
    when: [5, 19, 21],
  },
];

export async function createDemoActivities(services: Services, users: DemoUsers): Promise<void> {
  const { db } = services.database;
  const organizations = {
    led_by_leader: users['demo-leader'] ? await repository.organizationLedBy(db, users['demo-leader'].id) : undefined,
    community_team: await repository.activeTeamIn(db, DEMO_COMMUNITY),
  };
  for (const script of scripts) {
    const user = users[script.by];
    const organizationId = organizations[script.organization];
    if (!user || !organizationId) continue;
    const [days, from, to] = script.when;
    const body = { ...script.activity, organizationId, startsAt: at(days, from), endsAt: at(days, to) };
    const id = await createActivity(services, scopeOf(user), actorOf(user), body);
    if (script.held) await markHeld(services, scopeOf(user), actorOf(user), id, { ...script.held, version: 1 });
    if (!script.report) continue;
    await fileReport(services, scopeOf(user), actorOf(user), id, 1);
    const decider = script.report.acknowledgedBy ? users[script.report.acknowledgedBy] : undefined;
    if (!decider) continue;
    const { report } = await getActivity(services, scopeOf(user), id);
    await decideReport(services, scopeOf(decider), actorOf(decider), report!.id, 'acknowledge', {
      version: report!.version,
      comment: script.report.comment ?? '',
    });
  }
}
