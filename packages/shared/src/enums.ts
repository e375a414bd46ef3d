// The platform's closed vocabularies. Labels live in the web app's i18n catalogues, keyed by these values.

export const roles = [
  'sys_admin', // 系统管理员: accounts and settings, no personal data, no audit trail
  'audit_admin', // 审计管理员: reads the audit trail, changes nothing
  'civil_affairs', // 民政部门 (city or district)
  'street_officer', // 街道/乡镇
  'committee_worker', // 居委会/村委会
  'org_leader', // 组织负责人
  'resident', // 居民/志愿者
] as const;
export type Role = (typeof roles)[number];

/** Roles whose accounts must be scoped to a region subtree (sys_admin and audit_admin see the platform). */
export const regionScopedRoles: readonly Role[] = ['civil_affairs', 'street_officer', 'committee_worker', 'org_leader', 'resident'];

// mca-2017 三（一）, shanghai-2021 三（二）
export const tiers = ['registered', 'team', 'group'] as const; // 注册社会组织 / 群众活动团队 / 社区活动小组
export type Tier = (typeof tiers)[number];

export const legalForms = ['social_group', 'social_service_agency', 'foundation'] as const; // 社会团体 / 社会服务机构 / 基金会
export type LegalForm = (typeof legalForms)[number];

export const hubKinds = ['none', 'federation', 'service_center', 'incubator', 'community_foundation'] as const; // 联合会 / 服务中心 / 孵化基地 / 社区基金会
export type HubKind = (typeof hubKinds)[number];

export const organizationStatuses = ['active', 'suspended', 'cancelled', 'banned'] as const; // 正常 / 暂停活动 / 已注销 / 已取缔
export type OrganizationStatus = (typeof organizationStatuses)[number];

// policies.md "Canonical service fields": every pack maps its categories onto these tags.
export const serviceFields = [
  '养老', '助残', '儿童与青少年', '妇女', '家庭服务', '医疗健康', '心理服务', '托育', '教育培训', '就业帮扶',
  '济困救助', '慈善募捐', '志愿服务', '邻里互助', '协商议事', '纠纷调解', '治安巡逻', '社区矫正与帮扶',
  '防灾减灾与应急', '环境卫生与垃圾分类', '物业协商', '法律服务', '文化艺术', '体育健身', '科普', '非遗与民俗',
  '移风易俗', '农业生产技术', '乡村振兴', '外来人口融入', '党建服务',
] as const;
export type ServiceField = (typeof serviceFields)[number];

// mca-2017 三（二）: priority target groups
export const targetGroups = [
  '老年人', '妇女', '儿童', '残疾人', '失业人员', '农民工', '服刑人员或强制戒毒等限制自由人员的未成年子女',
  '困难家庭', '严重精神障碍患者', '有不良行为青少年', '社区矫正人员', '全体居民',
] as const;
export type TargetGroup = (typeof targetGroups)[number];

// tianjin-2018 三（二）, shanghai-2021 三（二）: filing (备案), change (变更) and cancellation (注销)
export const filingKinds = ['establish', 'change', 'cancel'] as const;
export type FilingKind = (typeof filingKinds)[number];

export const filingStatuses = [
  'committee_review', // 待居委会初审
  'street_review', // 待街道审核
  'returned', // 退回修改
  'filed', // 已备案
  'rejected', // 不予备案
  'withdrawn', // 已撤回
] as const;
export type FilingStatus = (typeof filingStatuses)[number];

export const filingActions = ['approve', 'return', 'reject', 'file', 'resubmit', 'withdraw'] as const;
export type FilingAction = (typeof filingActions)[number];

export const regionLevels = [1, 2, 3, 4, 5] as const; // province, city, county, street/township, community/village
export type RegionLevel = (typeof regionLevels)[number];
