// Chinese and English names of the closed vocabularies, for what the server writes in people's words:
// spreadsheet templates, imported ledgers (a ledger says 群众活动团队, not `team`) and exports.
import type { FilingKind, FilingStatus, HubKind, LegalForm, OrganizationStatus, Tier } from './enums.js';
import type { LedgerColumn } from './ledger.js';

export type LabelLanguage = 'zh-CN' | 'en-US';
type Labels<T extends string> = Record<LabelLanguage, Record<T, string>>;

export const tierLabels: Labels<Tier> = {
  'zh-CN': { registered: '注册社会组织', team: '群众活动团队', group: '社区活动小组' },
  'en-US': { registered: 'Registered social organization', team: 'Mass-activity team', group: 'Community activity group' },
};

export const legalFormLabels: Labels<LegalForm> = {
  'zh-CN': { social_group: '社会团体', social_service_agency: '社会服务机构', foundation: '基金会' },
  'en-US': { social_group: 'Social group', social_service_agency: 'Social service agency', foundation: 'Foundation' },
};

export const hubKindLabels: Labels<HubKind> = {
  'zh-CN': {
    none: '非枢纽组织',
    federation: '联合会',
    service_center: '服务中心',
    incubator: '孵化基地',
    community_foundation: '社区基金会',
  },
  'en-US': {
    none: 'Not a hub',
    federation: 'Federation',
    service_center: 'Service centre',
    incubator: 'Incubator',
    community_foundation: 'Community foundation',
  },
};

export const organizationStatusLabels: Labels<OrganizationStatus> = {
  'zh-CN': { active: '正常', suspended: '暂停活动', cancelled: '已注销', banned: '已取缔' },
  'en-US': { active: 'Active', suspended: 'Suspended', cancelled: 'Cancelled', banned: 'Banned' },
};

export const filingKindLabels: Labels<FilingKind> = {
  'zh-CN': { establish: '成立备案', change: '变更备案', cancel: '注销备案' },
  'en-US': { establish: 'Establishment', change: 'Change', cancel: 'Cancellation' },
};

export const filingStatusLabels: Labels<FilingStatus> = {
  'zh-CN': {
    committee_review: '待居委会初审',
    street_review: '待街道审核',
    returned: '退回修改',
    filed: '已备案',
    rejected: '不予备案',
    withdrawn: '已撤回',
  },
  'en-US': {
    committee_review: 'Committee review',
    street_review: 'Street review',
    returned: 'Returned for correction',
    filed: 'Filed',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
};

export const yesNoLabels: Record<LabelLanguage, { yes: string; no: string }> = {
  'zh-CN': { yes: '是', no: '否' },
  'en-US': { yes: 'Yes', no: 'No' },
};

/** The ledger's column headers, as the import template writes them (exports use the same words). */
export const ledgerColumnLabels: Record<LabelLanguage, Record<LedgerColumn, string>> = {
  'zh-CN': {
    name: '组织名称',
    tier: '组织层级',
    legalForm: '法人类型',
    creditCode: '统一社会信用代码',
    filingNumber: '备案编号',
    community: '所在社区',
    serviceFields: '服务领域',
    targetGroups: '服务对象',
    description: '简介',
    leaderName: '负责人',
    leaderPhone: '负责人电话',
    leaderIdNumber: '负责人身份证号',
    contactName: '联系人',
    contactPhone: '联系电话',
    memberCount: '成员人数',
    foundedOn: '成立日期',
    venue: '活动场所',
    hubKind: '枢纽类型',
    isBrand: '品牌组织',
    isDemonstration: '示范组织',
    isObservationPoint: '观察点',
    status: '状态',
  },
  'en-US': {
    name: 'Name',
    tier: 'Tier',
    legalForm: 'Legal form',
    creditCode: 'Unified social credit code',
    filingNumber: 'Filing number',
    community: 'Community',
    serviceFields: 'Service fields',
    targetGroups: 'Target groups',
    description: 'Description',
    leaderName: 'Leader',
    leaderPhone: "Leader's phone",
    leaderIdNumber: "Leader's ID number",
    contactName: 'Contact',
    contactPhone: "Contact's phone",
    memberCount: 'Members',
    foundedOn: 'Founded on',
    venue: 'Venue',
    hubKind: 'Hub kind',
    isBrand: 'Brand organization',
    isDemonstration: 'Demonstration organization',
    isObservationPoint: 'Observation point',
    status: 'Status',
  },
};
