// Which ledger column a spreadsheet header means. Ledgers kept by hand name their columns in many ways
// (负责人 / 负责人姓名 / 团队负责人); the template's own words, their English names and the common variants
// all map, after the header is stripped of the marks people add (*, （必填）, spaces).
import { ledgerColumnLabels, ledgerColumns, requiredLedgerColumns, type ColumnMapping, type LedgerColumn } from '@linli/shared';
import { AppError } from '../../platform/errors.js';
import { fillMessage as fill, type Language } from '../../platform/messages.js';

const variants: Record<LedgerColumn, string[]> = {
  name: ['名称', '组织名', '社会组织名称', '团队名称', '队伍名称', '小组名称', '社区社会组织名称'],
  tier: ['层级', '类别', '组织类别', '组织类型', '类型'],
  legalForm: ['法人形式', '登记类型', '组织形式', '法人类别'],
  creditCode: ['信用代码', '社会信用代码', '统一代码', '登记证号'],
  filingNumber: ['备案号', '备案证号', '备案编码'],
  community: ['社区', '所属社区', '社区名称', '村居', '所属村居', '社区（村）', '社区(村)', '所在村居', '所在区划', '区划代码', '所属区划'],
  serviceFields: ['服务领域', '活动领域', '领域', '服务类别', '业务范围'],
  targetGroups: ['服务人群', '服务群体', '服务对象类别'],
  description: ['简介', '组织简介', '活动内容', '主要活动', '宗旨'],
  leaderName: ['负责人姓名', '团队负责人', '负责人名字', '领队', '队长'],
  leaderPhone: ['负责人联系电话', '负责人手机', '负责人手机号', '负责人电话号码', '手机号码'],
  leaderIdNumber: ['负责人身份证', '负责人身份证号码', '身份证号', '身份证号码', '公民身份号码'],
  contactName: ['联系人姓名'],
  contactPhone: ['联系人电话', '联系人手机', '联系方式'],
  memberCount: ['成员数', '人数', '成员人数（人）', '成员数量', '会员人数', '会员数', '队员人数'],
  foundedOn: ['成立时间', '成立日期', '组建时间', '成立年月'],
  venue: ['活动地点', '活动场地', '场所', '办公地址', '地址'],
  hubKind: ['枢纽', '枢纽组织类型', '枢纽型组织'],
  isBrand: ['品牌', '是否品牌组织'],
  isDemonstration: ['示范', '是否示范组织'],
  isObservationPoint: ['观察点', '是否观察点'],
  status: ['组织状态', '状态'],
};

/** 负责人姓名*（必填） → 负责人姓名; Leader's phone → leader'sphone */
export function headerKey(header: string): string {
  return header
    .replace(/[\s\u3000]/g, '')
    .replace(/[（(](必填|选填|可选|required|optional)[）)]/gi, '')
    .replace(/[*＊]/g, '')
    .toLowerCase();
}

const columnByKey = new Map<string, LedgerColumn>();
for (const column of ledgerColumns) {
  for (const word of [ledgerColumnLabels['zh-CN'][column], ledgerColumnLabels['en-US'][column], column, ...variants[column]])
    if (!columnByKey.has(headerKey(word))) columnByKey.set(headerKey(word), column);
}

/** The column each header most likely means; a column is suggested for its first header only. */
export function suggestMapping(headers: string[]): ColumnMapping {
  const taken = new Set<LedgerColumn>();
  return headers.map((header) => {
    const column = columnByKey.get(headerKey(header));
    if (!column || taken.has(column)) return null;
    taken.add(column);
    return column;
  });
}

/** A mapping the dry run can use: one entry per header, every required column once, no column twice. */
export function checkMapping(headers: string[], mapping: ColumnMapping, language: Language): void {
  const problems: { path: string; message: string }[] = [];
  const label = (column: LedgerColumn) => ledgerColumnLabels[language][column];
  if (mapping.length !== headers.length)
    problems.push({ path: 'mapping', message: fill(language, 'mapping_length', { count: headers.length }) });
  const seen = new Set<LedgerColumn>();
  mapping.forEach((column, i) => {
    if (!column) return;
    if (seen.has(column))
      problems.push({ path: `mapping.${i}`, message: fill(language, 'column_mapped_twice', { column: label(column) }) });
    seen.add(column);
  });
  for (const column of requiredLedgerColumns)
    if (!seen.has(column)) problems.push({ path: 'mapping', message: fill(language, 'required_column', { column: label(column) }) });
  if (problems.length > 0) throw new AppError('mapping_incomplete', {}, problems);
}

/** A header as the user sees it in messages: its text, or 第 N 列 when blank. */
export const headerLabel = (headers: string[], index: number) => headers[index] || `第 ${index + 1} 列`;
