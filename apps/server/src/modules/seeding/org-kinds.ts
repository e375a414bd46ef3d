// What the scale seed generates in a community or village: the demo's kinds of organizations (modules/demo/
// catalog.ts) plus rural and common kinds, each with a weight. Weights lean toward 养老, 文化艺术, 体育健身,
// 志愿服务, 邻里互助 and 儿童与青少年 and give about 47% groups, 45% teams and 5–6% registered organizations
// (street hubs and street-wide associations bring the registered share to about 8%).
import type { LegalForm, ServiceField, TargetGroup, Tier } from '@linli/shared';
import { groupKinds, registeredKinds, teamKinds, type OrganizationKind } from '../demo/catalog.js';

export interface SeedKind {
  suffix: string;
  tier: Tier;
  fields: ServiceField[];
  groups: TargetGroup[];
  description: string;
  legalForm?: LegalForm;
  /** Variants of the same kind in one community: variant 0 is plain, the others carry a motto (夕阳红合唱团). */
  weight: number;
}

const kind = (
  tier: Tier,
  suffix: string,
  fields: ServiceField[],
  groups: TargetGroup[],
  description: string,
  weight = 1,
  legalForm?: LegalForm,
): SeedKind => ({ suffix, tier, fields, groups, description, weight, legalForm });

// A kind without a motto can appear once per community (two 平安巡逻队 in one community would share a name).
const fromDemo = (tier: Tier, kinds: OrganizationKind[], weights: Record<string, number>): SeedKind[] =>
  kinds.map((k) => ({ ...k, tier, weight: k.motto ? (weights[k.suffix] ?? 1) : 1 }));

// Kinds that only make sense in 上海, and what stands in for them elsewhere.
const shanghaiOnly: Record<string, SeedKind> = {
  旗袍队: kind('group', '旗袍队', ['文化艺术'], ['妇女'], '排练旗袍走秀，参加社区节庆演出。', 2),
  沪剧沙龙: kind('group', '戏曲沙龙', ['非遗与民俗', '文化艺术'], ['老年人'], '戏曲爱好者自发组织的清唱沙龙，每月一次小型汇报演出。'),
  老娘舅调解工作室: kind('team', '调解工作室', ['纠纷调解'], ['全体居民'], '由退休干部、热心居民调解邻里纠纷和家庭矛盾。'),
  新上海人融入服务队: kind('team', '新市民融入服务队', ['外来人口融入'], ['农民工'], '帮助外来务工人员及家庭了解社区服务、融入社区生活。'),
  剪纸社: kind('group', '剪纸社', ['非遗与民俗'], ['儿童', '老年人'], '传承民间剪纸技艺，进校园、进楼栋开展教学。'),
};

const urbanGroups: SeedKind[] = [
  ...fromDemo('group', groupKinds, { 太极拳队: 3, 编织小组: 2 }),
  kind('group', '广场舞队', ['文化艺术', '体育健身'], ['妇女', '老年人'], '每天傍晚在小区广场跳健身舞，参加街道广场舞展演。', 3),
  kind('group', '乒乓球队', ['体育健身'], ['全体居民'], '利用社区活动室开展乒乓球训练和邻里友谊赛。'),
  kind('group', '棋牌社', ['文化艺术'], ['老年人'], '组织象棋、围棋和桥牌活动，每年举办社区棋类比赛。'),
  kind('group', '手工坊', ['文化艺术', '邻里互助'], ['妇女', '老年人'], '居民一起做布艺、串珠等手工，作品用于社区义卖。'),
  kind('group', '助老互助小组', ['养老', '邻里互助'], ['老年人'], '低龄老人结对帮扶高龄独居老人，定期探访和代办小事。', 2),
  kind('group', '银龄互助小组', ['养老', '邻里互助'], ['老年人'], '老年居民互相照应，组织结伴就医、结伴出行。'),
  kind('group', '少儿合唱团', ['儿童与青少年', '文化艺术'], ['儿童'], '周末为社区儿童开设合唱兴趣课，参加节庆演出。'),
  kind('group', '青少年兴趣小组', ['儿童与青少年', '教育培训'], ['儿童'], '寒暑假组织科技、书法、绘画等兴趣活动。'),
  kind('group', '邻里守望小组', ['邻里互助', '治安巡逻'], ['全体居民'], '楼栋邻居互相照看门户，发现异常及时报告。'),
  kind('group', '义剪志愿小组', ['志愿服务', '养老'], ['老年人'], '每月为社区老人和行动不便居民免费理发。'),
  kind('group', '文明养宠小组', ['环境卫生与垃圾分类', '邻里互助'], ['全体居民'], '倡导文明养犬，组织宠物主人清理公共区域。'),
  kind('group', '模特队', ['文化艺术', '体育健身'], ['妇女'], '排练时装表演，参加社区文艺汇演。', 2),
  kind('group', '腰鼓队', ['文化艺术', '体育健身'], ['妇女', '老年人'], '排练腰鼓表演，参加节庆活动和社区展演。', 2),
  kind('group', '柔力球队', ['体育健身'], ['老年人'], '每天早晨练习柔力球，参加区级老年体育比赛。'),
  kind('group', '羽毛球队', ['体育健身'], ['全体居民'], '利用学校和社区场馆开展羽毛球活动，组织邻里友谊赛。'),
  kind('group', '亲子运动小组', ['儿童与青少年', '体育健身'], ['儿童'], '周末组织家长和孩子跳绳、踢毽、亲子趣味运动。'),
  kind('group', '旗袍队', ['文化艺术'], ['妇女'], '排练旗袍走秀，展示海派生活美学，参加社区节庆演出。', 2),
  kind('group', '烘焙小组', ['邻里互助', '家庭服务'], ['妇女', '全体居民'], '邻居们一起学做点心，逢节日把作品送给独居老人。'),
  kind('group', '智能手机学习小组', ['教育培训', '养老'], ['老年人'], '志愿者手把手教老人用手机挂号、支付和视频通话。'),
];

const urbanTeams: SeedKind[] = [
  ...fromDemo('team', teamKinds, { 合唱团: 3, 舞蹈队: 3, 为老服务队: 3, 志愿者服务队: 3 }),
  kind('team', '健身气功站', ['体育健身'], ['老年人'], '由社会体育指导员带领居民练习八段锦、五禽戏。'),
  kind('team', '文艺队', ['文化艺术'], ['全体居民'], '编排小品、快板和歌舞节目，宣传社区好人好事。', 2),
  kind('team', '青少年志愿服务队', ['儿童与青少年', '志愿服务'], ['儿童'], '组织中小学生参加社区环保、助老志愿服务。'),
  kind('team', '爱心暑托班', ['儿童与青少年', '教育培训'], ['儿童'], '暑假为双职工家庭的孩子提供看护、作业辅导和兴趣课程。'),
  kind(
    'team',
    '时间银行互助队',
    ['邻里互助', '养老', '志愿服务'],
    ['老年人', '全体居民'],
    '志愿服务时间存入“时间银行”，需要时兑换他人服务。',
  ),
  kind('team', '楼组长志愿队', ['志愿服务', '邻里互助'], ['全体居民'], '楼组长上传下达、走访居民，协助开展社区事务。'),
  kind('team', '篮球队', ['体育健身'], ['全体居民'], '组织居民篮球训练，参加街道职工和社区篮球联赛。'),
  kind('team', '睦邻互助社', ['邻里互助'], ['全体居民'], '组织邻里节、百家宴，搭建邻里交往平台。'),
];

const registeredSuffixes = ['老年协会', '社区公益服务社', '睦邻中心'];
const urbanRegistered: SeedKind[] = [
  ...fromDemo(
    'registered',
    registeredKinds.filter((k) => registeredSuffixes.includes(k.suffix)),
    {},
  ),
  kind('registered', '文体协会', ['文化艺术', '体育健身'], ['全体居民'], '组织居民文体团队开展培训、比赛和展演。', 1, 'social_group'),
  kind('registered', '养老服务社', ['养老'], ['老年人'], '承接居家养老服务项目，提供助餐、助洁和陪伴服务。', 1, 'social_service_agency'),
];

const ruralKinds: SeedKind[] = [
  kind('group', '广场舞队', ['文化艺术', '体育健身'], ['妇女', '老年人'], '农闲时在村文化广场跳广场舞，参加乡镇文艺汇演。', 3),
  kind('group', '腰鼓队', ['文化艺术', '体育健身'], ['妇女', '老年人'], '逢年过节在村里表演腰鼓，参加乡镇民俗活动。', 2),
  kind('group', '秧歌队', ['文化艺术', '非遗与民俗'], ['妇女', '老年人'], '排练传统秧歌，春节期间走村串户表演。', 2),
  kind('group', '棋牌社', ['文化艺术'], ['老年人'], '在村老年活动室组织象棋、扑克比赛，倡导文明娱乐。'),
  kind('group', '书画社', ['文化艺术'], ['老年人'], '村里书画爱好者交流切磋，春节为村民写春联。'),
  kind('group', '健康自管小组', ['医疗健康'], ['老年人'], '慢性病村民在乡村医生指导下互助开展自我健康管理。'),
  kind('group', '太极拳队', ['体育健身'], ['老年人'], '清晨在村文化广场练习太极拳。'),
  kind('group', '环境卫生志愿小组', ['环境卫生与垃圾分类'], ['全体居民'], '组织村民清理房前屋后，开展人居环境整治。'),
  kind('group', '农家书屋读书会', ['教育培训', '文化艺术'], ['全体居民'], '依托农家书屋组织村民读书、学习种养技术。'),
  kind('group', '留守儿童关爱小组', ['儿童与青少年'], ['儿童'], '为留守儿童提供课后陪伴、作业辅导和亲情视频通话。'),
  kind('group', '邻里互助小组', ['邻里互助'], ['全体居民'], '农忙时换工互助，帮助缺劳力家庭抢收抢种。'),
  kind('group', '戏曲队', ['非遗与民俗', '文化艺术'], ['老年人'], '传唱地方戏曲，在村里庙会和节庆时演出。'),
  kind('group', '互助养老小组', ['养老', '邻里互助'], ['老年人'], '低龄老人照顾高龄老人，开展“邻里守望”互助养老。'),
  kind('group', '银龄互助小组', ['养老', '邻里互助'], ['老年人'], '老年村民结伴就医、相互照应。'),
  kind('group', '健身操队', ['体育健身'], ['妇女'], '晚饭后在村文化广场跳健身操。', 2),
  kind('group', '门球队', ['体育健身'], ['老年人'], '在村门球场训练，参加县里的老年门球赛。'),
  kind('group', '垂钓小组', ['体育健身'], ['全体居民'], '组织村民文明垂钓，参与河塘保洁。'),
  kind('group', '手工编织小组', ['妇女', '文化艺术'], ['妇女'], '留守妇女学习编织、刺绣，作品代销增收。'),
  kind('team', '红白理事会', ['移风易俗'], ['全体居民'], '制定婚丧事办理标准，倡导婚事新办、丧事简办。'),
  kind('team', '村民议事会', ['协商议事'], ['全体居民'], '就村内道路、水利等公共事务组织村民协商。'),
  kind('team', '道德评议会', ['移风易俗'], ['全体居民'], '评议村里的好人好事和不文明行为，弘扬文明乡风。'),
  kind('team', '禁毒禁赌协会', ['移风易俗', '治安巡逻'], ['全体居民'], '开展禁毒禁赌宣传，劝导村民远离赌博。'),
  kind('team', '治安巡逻队', ['治安巡逻'], ['全体居民'], '组织村民夜间巡逻，守护村庄平安。'),
  kind('team', '志愿服务队', ['志愿服务'], ['全体居民'], '承接村里各类志愿服务，参与乡村环境整治和文明实践。', 3),
  kind('team', '为老服务队', ['养老', '志愿服务'], ['老年人'], '为留守老人、独居老人上门探访，提供助餐和代办服务。', 2),
  kind('team', '矛盾纠纷调解小组', ['纠纷调解'], ['全体居民'], '由老党员、乡贤调解邻里、婚姻家庭和土地纠纷。'),
  kind('team', '留守儿童关爱服务队', ['儿童与青少年', '志愿服务'], ['儿童'], '组织志愿者结对关爱留守儿童，开展假期托管。'),
  kind('team', '文艺宣传队', ['文化艺术'], ['全体居民'], '编排小戏小品，宣传政策和文明新风。', 2),
  kind('team', '篮球队', ['体育健身'], ['全体居民'], '组织村民篮球训练，参加乡镇“村BA”比赛。'),
  kind('team', '乡贤理事会', ['乡村振兴', '协商议事'], ['全体居民'], '联络在外乡贤，为村庄发展出谋出力、捐资助学。'),
  kind('team', '妇女互助会', ['妇女', '邻里互助'], ['妇女'], '组织留守妇女学习手工技能，互帮互助增收。'),
  kind('team', '应急救援队', ['防灾减灾与应急'], ['全体居民'], '参与防汛抗旱、森林防火和突发事件先期处置。'),
  kind('team', '农技服务队', ['农业生产技术', '乡村振兴'], ['全体居民'], '组织种养能手为村民提供技术指导和病虫害防治。'),
  kind('team', '巾帼志愿服务队', ['妇女', '志愿服务'], ['妇女'], '开展家庭教育、美丽庭院创建和关爱困难妇女活动。'),
  kind('team', '党员志愿服务队', ['党建服务', '志愿服务'], ['全体居民'], '党员结对帮扶困难群众，带头参与村庄建设。'),
  kind('registered', '老年协会', ['养老'], ['老年人'], '维护老年人合法权益，组织老年文体活动和互助养老。', 1, 'social_group'),
  kind(
    'registered',
    '农业技术协会',
    ['农业生产技术', '乡村振兴'],
    ['全体居民'],
    '推广新品种新技术，组织技术培训和产销对接。',
    1,
    'social_group',
  ),
];

/** Fields an organization of this kind may also take up: its people's field, and help among neighbours. */
export function extraFieldsOf(kind: SeedKind): ServiceField[] {
  const extras: ServiceField[] = ['志愿服务', '邻里互助'];
  const byGroup: [TargetGroup, ServiceField[]][] = [
    ['老年人', ['养老', '养老']],
    ['儿童', ['儿童与青少年', '儿童与青少年']],
    ['妇女', ['妇女']],
    ['残疾人', ['助残']],
    ['困难家庭', ['济困救助']],
  ];
  for (const [group, fields] of byGroup) if (kind.groups.includes(group)) extras.push(...fields);
  if (kind.fields.includes('文化艺术')) extras.push('体育健身');
  if (kind.fields.includes('体育健身')) extras.push('文化艺术');
  return extras.filter((field) => !kind.fields.includes(field));
}

/** The kinds for an urban or a rural community; 上海 keeps the demo's local kinds. */
export function communityKinds(area: 'urban' | 'rural', shanghai: boolean): SeedKind[] {
  if (area === 'rural') return ruralKinds;
  const urban = [...urbanGroups, ...urbanTeams, ...urbanRegistered];
  return shanghai ? urban : urban.map((k) => shanghaiOnly[k.suffix] ?? k);
}

/** Street-level registered organizations and teams (南京东路街道老年协会, 南京东路街道夕阳红合唱团). */
export const streetRegisteredKinds: SeedKind[] = fromDemo('registered', registeredKinds, {});
export const streetTeamKinds: SeedKind[] = fromDemo(
  'team',
  teamKinds.filter((k) => k.motto),
  {},
);
