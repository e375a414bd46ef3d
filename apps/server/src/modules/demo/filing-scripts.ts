// The filings of the demo, each a short story in 云南中路居委会 (南京东路街道): who applied, who acted, how
// long ago. Together they fill every step of the work queues, including two past their time limit.
import type { FilingAction, ServiceField, TargetGroup } from '@linli/shared';

export interface FilingStep {
  by: string;
  action: FilingAction;
  comment: string;
}

interface Timing {
  /** Days since the application. */
  submittedDaysAgo: number;
  /** Days since the last step (the filing's status_since). */
  statusDaysAgo: number;
}

export interface EstablishScript extends Timing {
  kind: 'establish';
  submitter: string;
  name: string;
  tier: 'team' | 'group';
  fields: ServiceField[];
  groups: TargetGroup[];
  description: string;
  venue: string;
  steps: FilingStep[];
}

export interface ChangeScript extends Timing {
  kind: 'change';
  submitter: string;
  /** The organization the demo leader leads. */
  organization: 'led_by_submitter';
  reason: string;
  changes: { memberCount?: number; venue?: string; description?: string };
  steps: FilingStep[];
}

export interface CancelScript extends Timing {
  kind: 'cancel';
  submitter: string;
  /** An active team or group of the committee's community that nobody files for yet. */
  organization: 'community_team';
  reason: string;
  steps: FilingStep[];
}

export type FilingScript = EstablishScript | ChangeScript | CancelScript;

const approve = (by = 'demo-committee'): FilingStep => ({ by, action: 'approve', comment: '材料齐全，同意报街道备案。' });
const file: FilingStep = { by: 'demo-street', action: 'file', comment: '符合备案条件，准予备案。' };

export const filingScripts: FilingScript[] = [
  // Waiting for the committee's first review.
  {
    kind: 'establish',
    submitter: 'demo-leader',
    name: '云南中路社区口琴队',
    tier: 'team',
    fields: ['文化艺术'],
    groups: ['老年人'],
    description: '口琴爱好者每周三下午合奏练习，节假日为居民演出。',
    venue: '云南中路居委会活动室',
    steps: [],
    submittedDaysAgo: 2,
    statusDaysAgo: 2,
  },
  {
    kind: 'establish',
    submitter: 'demo-leader',
    name: '云南中路社区智能手机互助小组',
    tier: 'group',
    fields: ['科普', '邻里互助'],
    groups: ['老年人'],
    description: '年轻志愿者教老年居民使用智能手机挂号、支付和防范电信诈骗。',
    venue: '云南中路居民区党群服务站',
    steps: [],
    submittedDaysAgo: 8,
    statusDaysAgo: 8,
  },
  {
    kind: 'establish',
    submitter: 'demo-committee',
    name: '云南中路社区围棋俱乐部',
    tier: 'group',
    fields: ['体育健身', '儿童与青少年'],
    groups: ['儿童', '老年人'],
    description: '祖孙同下一盘棋：老年棋友每周六教社区孩子下围棋。',
    venue: '云南中路居委会活动室',
    steps: [],
    submittedDaysAgo: 1,
    statusDaysAgo: 1,
  },
  {
    kind: 'change',
    submitter: 'demo-leader',
    organization: 'led_by_submitter',
    reason: '新成员加入，活动地点迁至新装修的睦邻点。',
    changes: { memberCount: 36, venue: '云南中路社区睦邻点' },
    steps: [],
    submittedDaysAgo: 3,
    statusDaysAgo: 3,
  },
  // Waiting for the street's decision.
  {
    kind: 'establish',
    submitter: 'demo-leader',
    name: '云南中路社区旗袍秀队',
    tier: 'team',
    fields: ['文化艺术'],
    groups: ['妇女', '老年人'],
    description: '展示海派旗袍文化，排练走秀节目参加社区文化节。',
    venue: '云南中路居民区党群服务站',
    steps: [approve()],
    submittedDaysAgo: 6,
    statusDaysAgo: 4,
  },
  {
    kind: 'establish',
    submitter: 'demo-leader',
    name: '云南中路社区乒乓球队',
    tier: 'team',
    fields: ['体育健身'],
    groups: ['全体居民'],
    description: '每周二、四晚上在居民区活动室开展乒乓球训练和友谊赛。',
    venue: '云南中路居委会活动室',
    steps: [approve()],
    submittedDaysAgo: 15,
    statusDaysAgo: 12,
  },
  {
    kind: 'establish',
    submitter: 'demo-leader',
    name: '云南中路社区英语角',
    tier: 'group',
    fields: ['教育培训'],
    groups: ['全体居民'],
    description: '每月两次英语口语交流，帮助居民接待外籍游客和邻居。',
    venue: '云南中路社区睦邻点',
    steps: [approve()],
    submittedDaysAgo: 3,
    statusDaysAgo: 1,
  },
  {
    kind: 'cancel',
    submitter: 'demo-committee',
    organization: 'community_team',
    reason: '骨干成员年事已高，团队已停止活动，经成员协商申请注销。',
    steps: [approve('demo-committee2')],
    submittedDaysAgo: 5,
    statusDaysAgo: 2,
  },
  // Returned to the applicant for correction.
  {
    kind: 'establish',
    submitter: 'demo-leader',
    name: '云南中路社区文明养犬倡导小组',
    tier: 'group',
    fields: ['环境卫生与垃圾分类'],
    groups: ['全体居民'],
    description: '倡导文明养犬，开展牵绳出行和犬只粪便清理宣传。',
    venue: '云南中路社区睦邻点',
    steps: [{ by: 'demo-committee', action: 'return', comment: '章程中未写明活动时间和活动场地，请补充后重新提交。' }],
    submittedDaysAgo: 9,
    statusDaysAgo: 7,
  },
  {
    kind: 'establish',
    submitter: 'demo-leader',
    name: '云南中路社区花艺沙龙',
    tier: 'group',
    fields: ['文化艺术'],
    groups: ['妇女'],
    description: '每月一次插花和绿植养护交流，美化楼道和公共空间。',
    venue: '云南中路居委会活动室',
    steps: [approve(), { by: 'demo-street', action: 'return', comment: '成员名单中负责人联系电话有误，请核实后重新提交。' }],
    submittedDaysAgo: 11,
    statusDaysAgo: 4,
  },
  // Decided.
  {
    kind: 'establish',
    submitter: 'demo-leader',
    name: '云南中路社区京剧票友会',
    tier: 'team',
    fields: ['非遗与民俗', '文化艺术'],
    groups: ['老年人'],
    description: '京剧爱好者清唱交流，传承国粹，每季度举办一次票友专场。',
    venue: '云南中路居民区党群服务站',
    steps: [approve(), file],
    submittedDaysAgo: 28,
    statusDaysAgo: 20,
  },
  {
    kind: 'establish',
    submitter: 'demo-leader',
    name: '云南中路社区助餐送餐服务队',
    tier: 'team',
    fields: ['养老', '志愿服务'],
    groups: ['老年人'],
    description: '为行动不便的高龄独居老人送餐上门，协助社区长者食堂助餐服务。',
    venue: '云南中路社区睦邻点',
    steps: [approve(), file],
    submittedDaysAgo: 45,
    statusDaysAgo: 36,
  },
  {
    kind: 'establish',
    submitter: 'demo-leader',
    name: '云南中路社区理财互助会',
    tier: 'group',
    fields: ['邻里互助'],
    groups: ['全体居民'],
    description: '会员定期交流理财经验，集中资金开展投资。',
    venue: '云南中路居委会活动室',
    steps: [
      approve(),
      { by: 'demo-street', action: 'reject', comment: '以集资理财为主要活动内容，超出社区社会组织的活动范围，不予备案。' },
    ],
    submittedDaysAgo: 30,
    statusDaysAgo: 25,
  },
];
