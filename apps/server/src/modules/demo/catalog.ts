// Kinds of community organizations that exist in Shanghai's communities, as name templates with their
// service fields and target groups (the vocabularies of @linli/shared enums.ts).
import type { LegalForm, ServiceField, TargetGroup } from '@linli/shared';

export interface OrganizationKind {
  /** The end of the name: 合唱团, 平安巡逻队, 老年协会 … */
  suffix: string;
  fields: ServiceField[];
  groups: TargetGroup[];
  description: string;
  /** Registered organizations only. */
  legalForm?: LegalForm;
  /** Whether a motto such as 夕阳红 may go before the suffix. */
  motto?: boolean;
}

/** 社区活动小组: small, informal, inside one community. */
export const groupKinds: OrganizationKind[] = [
  {
    suffix: '书画社',
    fields: ['文化艺术'],
    groups: ['老年人'],
    description: '每周二上午在活动室临帖习字、交流国画技法，逢年节为居民义写春联。',
  },
  {
    suffix: '沪剧沙龙',
    fields: ['非遗与民俗', '文化艺术'],
    groups: ['老年人'],
    description: '沪剧爱好者自发组织的清唱沙龙，每月一次小型汇报演出。',
  },
  { suffix: '摄影小组', fields: ['文化艺术'], groups: ['全体居民'], description: '记录社区变迁，定期举办居民摄影作品展。' },
  { suffix: '读书会', fields: ['教育培训', '文化艺术'], groups: ['全体居民'], description: '每月共读一本书，开展读书分享和亲子共读活动。' },
  {
    suffix: '健康自管小组',
    fields: ['医疗健康'],
    groups: ['老年人'],
    description: '高血压、糖尿病患者互助自我管理，由社区卫生服务中心家庭医生指导。',
  },
  { suffix: '太极拳队', fields: ['体育健身'], groups: ['老年人'], description: '每天清晨在街心花园练习太极拳、八段锦。', motto: true },
  { suffix: '健步走小组', fields: ['体育健身'], groups: ['全体居民'], description: '组织居民晚间健步走，倡导健康生活方式。' },
  {
    suffix: '楼组互助小组',
    fields: ['邻里互助'],
    groups: ['全体居民', '老年人'],
    description: '楼组内结对关心独居老人，帮助代购、代配药。',
  },
  {
    suffix: '垃圾分类志愿小组',
    fields: ['环境卫生与垃圾分类'],
    groups: ['全体居民'],
    description: '在定时定点投放点开展垃圾分类宣传和桶边督导。',
  },
  {
    suffix: '亲子阅读会',
    fields: ['儿童与青少年', '家庭服务'],
    groups: ['儿童'],
    description: '周末组织家长和孩子共读绘本，开展亲子手工活动。',
  },
  { suffix: '剪纸社', fields: ['非遗与民俗'], groups: ['儿童', '老年人'], description: '传承海派剪纸技艺，进校园、进楼组开展教学。' },
  {
    suffix: '绿植养护小组',
    fields: ['环境卫生与垃圾分类'],
    groups: ['全体居民'],
    description: '认领小区公共绿地，开展“一平方米花园”微更新。',
  },
  {
    suffix: '心理关爱小组',
    fields: ['心理服务'],
    groups: ['老年人', '困难家庭'],
    description: '在专业社工指导下为独居老人和困难家庭提供陪伴与情绪疏导。',
  },
  {
    suffix: '编织小组',
    fields: ['文化艺术', '妇女'],
    groups: ['妇女', '老年人'],
    description: '编织围巾手套义卖，所得用于帮扶社区困难家庭。',
    motto: true,
  },
  { suffix: '科普小组', fields: ['科普'], groups: ['儿童', '全体居民'], description: '开展防诈骗、智能手机使用等科普讲座。' },
];

/** 群众活动团队: filed with the street (备案), larger and more regular. */
export const teamKinds: OrganizationKind[] = [
  { suffix: '平安巡逻队', fields: ['治安巡逻'], groups: ['全体居民'], description: '组织居民开展夜间平安巡逻，协助排查楼道消防安全隐患。' },
  { suffix: '合唱团', fields: ['文化艺术'], groups: ['老年人'], description: '每周排练两次，参加街道和区级文艺汇演。', motto: true },
  {
    suffix: '舞蹈队',
    fields: ['文化艺术', '体育健身'],
    groups: ['妇女', '老年人'],
    description: '排练广场舞和民族舞，参与社区节庆演出。',
    motto: true,
  },
  {
    suffix: '为老服务队',
    fields: ['养老', '志愿服务'],
    groups: ['老年人'],
    description: '为高龄独居老人提供上门探访、助餐助浴和代办服务。',
    motto: true,
  },
  {
    suffix: '志愿者服务队',
    fields: ['志愿服务'],
    groups: ['全体居民'],
    description: '承接社区各类志愿服务，参与文明创建和大型活动保障。',
    motto: true,
  },
  { suffix: '邻里互助会', fields: ['邻里互助'], groups: ['全体居民'], description: '搭建邻里互助平台，开展技能交换、闲置物品互换。' },
  { suffix: '居民议事会', fields: ['协商议事'], groups: ['全体居民'], description: '围绕加装电梯、停车管理等公共事务组织居民协商。' },
  { suffix: '老娘舅调解工作室', fields: ['纠纷调解'], groups: ['全体居民'], description: '由退休干部、热心居民调解邻里纠纷和家庭矛盾。' },
  {
    suffix: '助残服务队',
    fields: ['助残'],
    groups: ['残疾人'],
    description: '为残疾人家庭提供康复陪护、出行协助和就业信息。',
    motto: true,
  },
  {
    suffix: '巾帼志愿服务队',
    fields: ['妇女', '志愿服务'],
    groups: ['妇女'],
    description: '开展妇女权益宣传、家庭教育讲座和关爱单亲母亲活动。',
  },
  {
    suffix: '党员志愿服务队',
    fields: ['党建服务', '志愿服务'],
    groups: ['全体居民'],
    description: '在职党员和退休党员结对服务居民，开展“双报到”活动。',
  },
  {
    suffix: '应急救护志愿队',
    fields: ['防灾减灾与应急'],
    groups: ['全体居民'],
    description: '开展心肺复苏、防汛防台培训，参与社区应急演练。',
  },
  {
    suffix: '法律服务志愿队',
    fields: ['法律服务'],
    groups: ['全体居民', '困难家庭'],
    description: '律师志愿者每月两次驻点，提供免费法律咨询。',
  },
  {
    suffix: '四点半课堂',
    fields: ['儿童与青少年', '教育培训'],
    groups: ['儿童'],
    description: '放学后为双职工家庭的孩子提供作业辅导和兴趣课程。',
  },
  {
    suffix: '新上海人融入服务队',
    fields: ['外来人口融入'],
    groups: ['农民工'],
    description: '帮助来沪务工人员及家庭了解社区服务、融入社区生活。',
  },
  {
    suffix: '物业协商小组',
    fields: ['物业协商', '协商议事'],
    groups: ['全体居民'],
    description: '联系业委会和物业公司，协商解决小区管理问题。',
  },
  { suffix: '帮困互助会', fields: ['济困救助'], groups: ['困难家庭'], description: '募集物资走访困难家庭，协助申请临时救助。' },
  { suffix: '就业援助志愿队', fields: ['就业帮扶'], groups: ['失业人员'], description: '为失业人员提供岗位信息、简历指导和技能培训对接。' },
  {
    suffix: '阳光帮教服务队',
    fields: ['社区矫正与帮扶'],
    groups: ['社区矫正人员', '有不良行为青少年'],
    description: '配合司法所开展帮教，帮助社区矫正人员回归社会。',
  },
  { suffix: '移风易俗宣传队', fields: ['移风易俗'], groups: ['全体居民'], description: '倡导文明祭扫、婚事新办、丧事简办。' },
  { suffix: '托育互助点', fields: ['托育', '家庭服务'], groups: ['儿童'], description: '为0—3岁婴幼儿家庭提供临时托管和育儿经验交流。' },
];

/** 注册社会组织 at street level. */
export const registeredKinds: OrganizationKind[] = [
  {
    suffix: '老年协会',
    fields: ['养老'],
    groups: ['老年人'],
    description: '维护老年人合法权益，组织老年文体活动和互助服务。',
    legalForm: 'social_group',
  },
  {
    suffix: '社区志愿者协会',
    fields: ['志愿服务'],
    groups: ['全体居民'],
    description: '统筹街道志愿服务资源，培训和激励社区志愿者。',
    legalForm: 'social_group',
  },
  {
    suffix: '社区文化体育协会',
    fields: ['文化艺术', '体育健身'],
    groups: ['全体居民'],
    description: '组织街道群众文化体育赛事与展演。',
    legalForm: 'social_group',
  },
  {
    suffix: '社区公益服务社',
    fields: ['养老', '济困救助'],
    groups: ['老年人', '困难家庭'],
    description: '承接政府购买服务项目，开展助老、帮困公益服务。',
    legalForm: 'social_service_agency',
  },
  {
    suffix: '睦邻中心',
    fields: ['邻里互助', '养老'],
    groups: ['全体居民', '老年人'],
    description: '运营街道睦邻点，提供日间照料、文化活动和邻里交流空间。',
    legalForm: 'social_service_agency',
  },
  {
    suffix: '青少年服务社',
    fields: ['儿童与青少年'],
    groups: ['儿童', '有不良行为青少年'],
    description: '开展青少年成长辅导、假期托管和预防青少年违法犯罪服务。',
    legalForm: 'social_service_agency',
  },
  {
    suffix: '助残服务社',
    fields: ['助残'],
    groups: ['残疾人'],
    description: '运营“阳光之家”，为智障、精神残疾人士提供日间照料和职业康复。',
    legalForm: 'social_service_agency',
  },
  {
    suffix: '心理健康服务中心',
    fields: ['心理服务'],
    groups: ['严重精神障碍患者', '全体居民'],
    description: '提供心理咨询、危机干预和精神障碍患者家属支持。',
    legalForm: 'social_service_agency',
  },
  {
    suffix: '家庭综合服务中心',
    fields: ['家庭服务', '托育'],
    groups: ['儿童', '妇女'],
    description: '开展家庭教育指导、婚姻家庭调适和婴幼儿照护服务。',
    legalForm: 'social_service_agency',
  },
];

export const mottos = ['夕阳红', '金色年华', '阳光', '同心', '睦邻', '彩虹', '银发', '春晖', '暖心', '红枫'];

/** 云南中路居委会 → 云南中路 */
export function placeOf(communityName: string): string {
  return communityName.replace(/(社区)?(居民委员会|居委会)$/, '');
}
