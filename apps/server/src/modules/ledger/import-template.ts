// The import template: the ledger's columns with Chinese headers (required ones marked *), an example row,
// dropdowns for the closed vocabularies (lists on a hidden sheet: Excel caps an inline list at 255
// characters) and a notes sheet explaining every column.
import {
  hubKindLabels,
  hubKinds,
  ledgerColumnLabels,
  ledgerColumns,
  legalFormLabels,
  legalForms,
  organizationStatusLabels,
  organizationStatuses,
  requiredLedgerColumns,
  serviceFields,
  targetGroups,
  tierLabels,
  tiers,
  yesNoLabels,
  type LedgerColumn,
} from '@linli/shared';
import ExcelJS from 'exceljs';
import type { Language } from '../../platform/messages.js';

const DATA_ROWS = 5000;

const notes: Record<Language, Record<LedgerColumn, string>> = {
  'zh-CN': {
    name: '组织全称，最多 100 字。与“所在社区”一起用于识别已有组织。',
    tier: '注册社会组织 / 群众活动团队 / 社区活动小组。注册社会组织只能由民政部门录入。',
    legalForm: '仅注册社会组织填写：社会团体 / 社会服务机构 / 基金会。',
    creditCode: '18 位统一社会信用代码（GB 32100-2015），校验位会被核对。已有组织优先按此匹配。',
    filingNumber: '已备案组织的备案编号；其次按此匹配。',
    community: '社区（村）名称，如“云南中路居委会”或“云南中路”，也可填 12 位区划代码；组织隶属街道时填街道名称。须在所选区域内。',
    serviceFields: '一个或多个，用顿号“、”分隔，须为下拉列表中的领域。',
    targetGroups: '可选，一个或多个，用顿号“、”分隔。',
    description: '组织宗旨和主要活动，最多 2000 字。',
    leaderName: '负责人姓名。',
    leaderPhone: '手机号或带区号的固定电话。加密保存，列表中只显示部分号码。',
    leaderIdNumber: '18 位公民身份号码，校验位会被核对。加密保存。',
    contactName: '可选。',
    contactPhone: '可选，手机号或固定电话。',
    memberCount: '整数，可写“35”或“35人”。',
    foundedOn: '如 2021-03-05、2021.3.5、2021年3月5日；不能晚于今天。',
    venue: '日常活动场所，最多 200 字。',
    hubKind: '非枢纽组织 / 联合会 / 服务中心 / 孵化基地 / 社区基金会，不填为非枢纽组织。',
    isBrand: '是 / 否，不填为否。',
    isDemonstration: '是 / 否，不填为否。',
    isObservationPoint: '是 / 否，不填为否。',
    status: '正常 / 暂停活动 / 已注销 / 已取缔，不填为正常。',
  },
  'en-US': {
    name: 'Full name, at most 100 characters. With the community it identifies an existing organization.',
    tier: 'Registered social organization / Mass-activity team / Community activity group. Only civil affairs records registered ones.',
    legalForm: 'Registered organizations only: Social group / Social service agency / Foundation.',
    creditCode: '18-character unified social credit code (GB 32100-2015), check character verified. Matched first.',
    filingNumber: 'Filing number of a filed organization; matched second.',
    community:
      'Community (village) name, e.g. 云南中路居委会 or 云南中路, or its 12-digit code; the street name for street-level organizations. Must lie in the chosen region.',
    serviceFields: 'One or more, separated by 、 or commas, from the dropdown list.',
    targetGroups: 'Optional, one or more, separated by 、 or commas.',
    description: 'Purpose and main activities, at most 2,000 characters.',
    leaderName: "The leader's name.",
    leaderPhone: 'Mobile or landline with area code. Stored encrypted, shown masked in lists.',
    leaderIdNumber: '18-digit resident identity number, check digit verified. Stored encrypted.',
    contactName: 'Optional.',
    contactPhone: 'Optional, mobile or landline.',
    memberCount: 'A whole number, e.g. 35 or 35人.',
    foundedOn: 'E.g. 2021-03-05, 2021.3.5 or 2021年3月5日; not later than today.',
    venue: 'Where it usually meets, at most 200 characters.',
    hubKind: 'Not a hub / Federation / Service centre / Incubator / Community foundation; blank means not a hub.',
    isBrand: 'Yes / No; blank means no.',
    isDemonstration: 'Yes / No; blank means no.',
    isObservationPoint: 'Yes / No; blank means no.',
    status: 'Active / Suspended / Cancelled / Banned; blank means active.',
  },
};

const example = (language: Language): Record<LedgerColumn, string> => ({
  name: '南京东路街道示例睦邻互助队',
  tier: tierLabels[language].team,
  legalForm: '',
  creditCode: '',
  filingNumber: '',
  community: '云南中路居委会',
  serviceFields: '邻里互助、志愿服务',
  targetGroups: '老年人、全体居民',
  description: '组织楼组邻里互助，为独居老人代购、陪诊。',
  leaderName: '王秀兰',
  leaderPhone: '13800138000',
  leaderIdNumber: '',
  contactName: '',
  contactPhone: '',
  memberCount: '25',
  foundedOn: '2021-03-05',
  venue: '云南中路居委会活动室',
  hubKind: hubKindLabels[language].none,
  isBrand: yesNoLabels[language].no,
  isDemonstration: yesNoLabels[language].no,
  isObservationPoint: yesNoLabels[language].no,
  status: organizationStatusLabels[language].active,
});

/** ExcelJS validates ranges at run time; its typings leave the collection out. */
type WithValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

export async function importTemplate(language: Language): Promise<Buffer> {
  const zh = language === 'zh-CN';
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(zh ? '组织台账' : 'Ledger');
  const notesSheet = workbook.addWorksheet(zh ? '填写说明' : 'Notes');
  const lists = workbook.addWorksheet(zh ? '选项' : 'Choices', { state: 'hidden' });

  const header = ledgerColumns.map((c) => `${ledgerColumnLabels[language][c]}${requiredLedgerColumns.includes(c) ? '*' : ''}`);
  sheet.addRow(header).font = { bold: true };
  const sample = example(language);
  sheet.addRow(ledgerColumns.map((c) => sample[c]));
  sheet.getRow(2).font = { color: { argb: 'FF8C8C8C' } };
  ledgerColumns.forEach(
    (column, i) => (sheet.getColumn(i + 1).width = column === 'description' ? 40 : Math.max(12, header[i]!.length * 2 + 4)),
  );
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const choiceLists: Partial<Record<LedgerColumn, string[]>> = {
    tier: tiers.map((t) => tierLabels[language][t]),
    legalForm: legalForms.map((f) => legalFormLabels[language][f]),
    serviceFields: [...serviceFields],
    targetGroups: [...targetGroups],
    hubKind: hubKinds.map((h) => hubKindLabels[language][h]),
    isBrand: [yesNoLabels[language].yes, yesNoLabels[language].no],
    isDemonstration: [yesNoLabels[language].yes, yesNoLabels[language].no],
    isObservationPoint: [yesNoLabels[language].yes, yesNoLabels[language].no],
    status: organizationStatuses.map((s) => organizationStatusLabels[language][s]),
  };
  let listColumn = 0;
  for (const [column, values] of Object.entries(choiceLists) as [LedgerColumn, string[]][]) {
    listColumn++;
    values.forEach((value, i) => (lists.getCell(i + 1, listColumn).value = value));
    const letter = lists.getColumn(listColumn).letter;
    const target = sheet.getColumn(ledgerColumns.indexOf(column) + 1).letter;
    // several fields and groups go in one cell: the list helps, it does not forbid
    const strict = column !== 'serviceFields' && column !== 'targetGroups';
    (sheet as unknown as WithValidations).dataValidations.add(`${target}2:${target}${DATA_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${lists.name}'!$${letter}$1:$${letter}$${values.length}`],
      showErrorMessage: strict,
      errorTitle: zh ? '请从下拉列表选择' : 'Choose from the list',
      error: zh ? '请从下拉列表中选择一个值。' : 'Choose one of the values in the list.',
    });
  }

  notesSheet.addRow(zh ? ['列', '是否必填', '填写说明'] : ['Column', 'Required', 'How to fill it in']).font = { bold: true };
  for (const column of ledgerColumns)
    notesSheet.addRow([
      ledgerColumnLabels[language][column],
      requiredLedgerColumns.includes(column) ? (zh ? '必填' : 'required') : zh ? '选填' : 'optional',
      notes[language][column],
    ]);
  notesSheet.addRow([]);
  notesSheet.addRow([
    zh
      ? '第 2 行是示例，导入前请删除。同一文件再次导入不会重复建档：已有组织按统一社会信用代码、备案编号、名称+社区依次匹配，只更新有变化的内容；空白单元格表示不修改。'
      : 'Row 2 is an example; delete it before importing. Importing a file again creates nothing twice: existing organizations are matched by credit code, then filing number, then name + community, and only what changed is updated; blank cells change nothing.',
  ]);
  notesSheet.getColumn(1).width = 18;
  notesSheet.getColumn(2).width = 10;
  notesSheet.getColumn(3).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
