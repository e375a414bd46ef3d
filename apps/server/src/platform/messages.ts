import type { ErrorCode } from './errors.js';

export type Language = 'zh-CN' | 'en-US';

type Catalogue = Record<ErrorCode, { title: string; detail?: string }>;

const zh: Catalogue = {
  validation_failed: { title: '提交的数据有误', detail: '请按字段提示修改后重试。' },
  malformed_json: { title: '请求格式错误', detail: '请求体不是合法的 JSON。' },
  unknown_region: { title: '行政区划不存在', detail: '所选行政区划不存在或不在您的管辖范围内。' },
  unknown_user: { title: '账号不存在', detail: '指定的账号不存在。' },
  wrong_password: { title: '当前密码不正确' },
  mapping_incomplete: { title: '列对应关系不完整', detail: '请为每个必填列选择文件中的一列，且每列只对应一次。' },
  corrupt_file: { title: '文件已损坏或不完整', detail: '无法读取该文件，请在 Excel 中重新保存后上传。' },
  empty_file: { title: '文件是空的', detail: '请上传填写了数据的台账。' },
  not_authenticated: { title: '请先登录' },
  session_expired: { title: '登录已过期', detail: '长时间未操作，请重新登录。' },
  invalid_credentials: { title: '用户名或密码错误' },
  forbidden: { title: '无权执行此操作' },
  csrf_failed: { title: '请求校验失败', detail: '页面已过期，请刷新后重试。' },
  account_disabled: { title: '账号已停用', detail: '请联系系统管理员。' },
  separation_of_duties: { title: '不能审核本人提交的事项', detail: '按职责分离要求，本人提交的备案须由他人审核。' },
  not_found: { title: '记录不存在' },
  version_conflict: { title: '记录已被他人修改', detail: '请刷新后查看最新内容再操作。' },
  transition_not_allowed: { title: '当前状态下不能执行该操作', detail: '“{status}”状态不能执行“{action}”。' },
  duplicate_credit_code: { title: '统一社会信用代码已存在', detail: '该代码已登记在另一个组织名下。' },
  duplicate_filing: { title: '已有办理中的备案', detail: '该组织已有一件备案正在办理，请等待办结后再提交。' },
  organization_not_active: { title: '组织不是正常状态', detail: '该组织已暂停活动、注销或取缔，不能办理变更或注销备案。' },
  duplicate_username: { title: '用户名已被使用' },
  job_state: { title: '当前状态下不能执行该操作', detail: '任务状态为“{status}”，不能{action}。' },
  payload_too_large: { title: '提交内容过大', detail: '请求体不能超过 1 MiB。' },
  file_too_large: { title: '文件过大', detail: '上传的文件不能超过 {limit} MiB。' },
  decompressed_too_large: { title: '文件解压后过大', detail: '该 .xlsx 文件解压后超过 {limit} MiB，可能是压缩炸弹，已拒绝读取。' },
  too_many_rows: { title: '行数过多', detail: '一次最多导入 {limit} 行，请拆分文件后分批导入。' },
  unsupported_media_type: { title: '不支持的内容类型', detail: '请以 application/json 提交。' },
  unsupported_file_type: { title: '不支持的文件类型', detail: '文件内容不是 .xlsx 或 .csv，请上传 Excel 工作簿（.xlsx）或 CSV 文件。' },
  legacy_xls: { title: '不支持旧版 .xls 文件', detail: '请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再上传。' },
  macro_enabled: { title: '不接受含宏的工作簿', detail: '文件含有宏（.xlsm），请另存为不含宏的 Excel 工作簿（.xlsx）后再上传。' },
  no_data_rows: { title: '没有数据行', detail: '文件只有表头，没有可导入的行。' },
  merged_header: { title: '表头含合并单元格', detail: '表头 {range} 是合并单元格，请取消合并，使每列有自己的表头。' },
  import_has_errors: { title: '台账中有错误行', detail: '有 {count} 行错误。请修正后重新上传，或选择“只导入正确的行”。' },
  account_locked: { title: '账号已临时锁定', detail: '15 分钟内连续 5 次密码错误，请于 {minutes} 分钟后再试。' },
  rate_limited: { title: '请求过于频繁', detail: '请稍后再试。' },
  internal_error: { title: '系统内部错误', detail: '请稍后重试；问题持续请联系管理员。' },
  not_ready: { title: '系统尚未就绪' },
};

const en: Catalogue = {
  validation_failed: { title: 'The submitted data is invalid', detail: 'Correct the fields listed and try again.' },
  malformed_json: { title: 'Malformed request', detail: 'The request body is not valid JSON.' },
  unknown_region: { title: 'Unknown region', detail: 'The region does not exist or is outside your scope.' },
  unknown_user: { title: 'Unknown account', detail: 'The account does not exist.' },
  wrong_password: { title: 'The current password is incorrect' },
  mapping_incomplete: {
    title: 'The column mapping is incomplete',
    detail: 'Choose a column of the file for every required column, each column once.',
  },
  corrupt_file: { title: 'The file is damaged or incomplete', detail: 'It cannot be read; save it again in Excel and upload it.' },
  empty_file: { title: 'The file is empty', detail: 'Upload a ledger with data in it.' },
  not_authenticated: { title: 'Please log in' },
  session_expired: { title: 'Session expired', detail: 'You were idle too long; please log in again.' },
  invalid_credentials: { title: 'Wrong username or password' },
  forbidden: { title: 'You may not do this' },
  csrf_failed: { title: 'Request check failed', detail: 'The page is out of date; reload it and try again.' },
  account_disabled: { title: 'Account disabled', detail: 'Contact your system administrator.' },
  separation_of_duties: {
    title: 'You cannot review your own submission',
    detail: 'Separation of duties: someone else must review a filing you submitted.',
  },
  not_found: { title: 'Not found' },
  version_conflict: { title: 'Changed by someone else', detail: 'Reload to see the latest version, then try again.' },
  transition_not_allowed: {
    title: 'Not allowed in the current state',
    detail: 'Action "{action}" is not allowed while the filing is "{status}".',
  },
  duplicate_credit_code: { title: 'Credit code already registered', detail: 'Another organization has this unified social credit code.' },
  duplicate_filing: { title: 'A filing is already in progress', detail: 'Wait until the open filing of this organization is closed.' },
  organization_not_active: {
    title: 'The organization is not active',
    detail: 'It is suspended, cancelled or banned; it cannot file a change or cancellation.',
  },
  duplicate_username: { title: 'Username already taken' },
  job_state: { title: 'Not allowed in the current state', detail: 'The job is "{status}"; it cannot {action}.' },
  payload_too_large: { title: 'Request too large', detail: 'The body may not exceed 1 MiB.' },
  file_too_large: { title: 'File too large', detail: 'Files may not exceed {limit} MiB.' },
  decompressed_too_large: {
    title: 'The file unpacks too large',
    detail: 'This .xlsx unpacks to more than {limit} MiB (a zip bomb?); it was not read.',
  },
  too_many_rows: { title: 'Too many rows', detail: 'At most {limit} rows per import; split the file.' },
  unsupported_media_type: { title: 'Unsupported content type', detail: 'Send application/json.' },
  unsupported_file_type: {
    title: 'Unsupported file type',
    detail: 'The content is neither .xlsx nor .csv; upload an Excel workbook (.xlsx) or a CSV file.',
  },
  legacy_xls: { title: 'Old .xls files are not supported', detail: 'Save it in Excel as an Excel Workbook (.xlsx) and upload that.' },
  macro_enabled: {
    title: 'Macro-enabled workbooks are refused',
    detail: 'The file contains macros (.xlsm); save it as a plain Excel Workbook (.xlsx).',
  },
  no_data_rows: { title: 'No data rows', detail: 'The file has headers only, nothing to import.' },
  merged_header: { title: 'Merged header cells', detail: 'Header {range} is merged; unmerge it so every column has its own header.' },
  import_has_errors: {
    title: 'The ledger has rows with errors',
    detail: '{count} rows have errors. Fix them and upload again, or choose to import the valid rows only.',
  },
  account_locked: { title: 'Account temporarily locked', detail: '5 wrong passwords within 15 minutes; try again in {minutes} minutes.' },
  rate_limited: { title: 'Too many requests', detail: 'Try again later.' },
  internal_error: { title: 'Internal error', detail: 'Try again later; contact an administrator if it persists.' },
  not_ready: { title: 'Not ready' },
};

/** Messages of custom zod checks (packages/shared/src/common.ts checkKeys). */
const checks: Record<Language, Record<string, string>> = {
  'zh-CN': {
    credit_code_invalid: '统一社会信用代码不正确（校验位不符或格式错误）',
    id_number_invalid: '公民身份号码不正确',
    phone_invalid: '电话号码格式不正确',
    region_code_invalid: '行政区划代码格式不正确',
    date_in_future: '日期不能晚于今天',
    password_too_weak: '密码须同时包含字母和数字',
    legal_form_requires_registered: '只有注册社会组织才有法人类型',
    unknown_region: '行政区划不存在或不在管辖范围内',
    region_level: '组织须隶属于社区（村）或街道（乡镇）',
    duplicate_credit_code: '该统一社会信用代码已登记在另一个组织名下',
    unknown_user: '账号不存在或不是组织负责人账号',
    required: '必填',
    wrong_password: '当前密码不正确',
    duplicate_username: '该用户名已被使用（不区分大小写）',
    role_has_no_region: '系统管理员和审计管理员面向全平台，不设行政区划',
    role_region_level:
      '行政区划层级与角色不符：民政部门为省、市或区县，街道为街道（乡镇），居委会为社区（村），组织负责人和居民为街道或社区',
    cannot_disable_self: '不能停用自己的账号',
    nothing_changed: '请至少填写一项变更内容',
    tier_not_filable: '注册社会组织由民政部门登记管理，不办理备案；只有群众活动团队和社区活动小组办理备案',
    not_for_this_kind: '此类备案不包含该项内容',
    unknown_policy: '没有这个政策包',
    policy_id_invalid: '政策包编号格式不正确',
    duplicate_policy: '同一政策包只能选择一次',
    same_field: '原领域与新领域相同',
    duplicate_move: '同一服务领域只能设置一次调整',
    preview_changed: '预览之后数据已变化，请重新预览',
    mapping_length: '对应关系须为文件的每一列（共 {count} 列）各给出一项',
    column_mapped_twice: '“{column}”只能对应文件中的一列',
    required_column: '缺少必填列“{column}”',
    too_many_columns: '文件的列数过多（最多 200 列）',
    cell_too_long: '有单元格超过 32,767 个字符（Excel 单元格的上限），文件无法读取',
    unknown_community: '在{region}内找不到社区（村）“{value}”',
    ambiguous_community: '{region}内有多个社区叫“{value}”，请填写区划代码',
    community_out_of_scope: '区划“{value}”不在您的管辖范围或所选区域内',
    not_a_number: '“{value}”不是整数',
    number_out_of_range: '须在 {min} 到 {max} 之间',
    invalid_date: '无法识别日期“{value}”（可写作 2021-03-05、2021.3.5 或 2021年3月5日）',
    unknown_choice: '“{value}”不是可选值（可选：{choices}）',
    too_long: '不能超过 {max} 个字',
    duplicate_in_file: '与第 {row} 行是同一个组织（{key}相同）',
    formula_cell: '单元格含公式，请改为直接填写内容',
    tier_not_allowed: '注册社会组织由民政部门登记，街道和社区不能录入或修改',
    matched_out_of_scope: '{key}对应的组织不在您的管辖范围内',
    filing_number_taken: '该备案编号已属于另一个组织',
  },
  'en-US': {
    credit_code_invalid: 'Invalid unified social credit code (check character or format)',
    id_number_invalid: 'Invalid resident identity number',
    phone_invalid: 'Invalid phone number',
    region_code_invalid: 'Invalid region code',
    date_in_future: 'The date cannot be later than today',
    password_too_weak: 'The password needs both letters and digits',
    legal_form_requires_registered: 'Only registered organizations have a legal form',
    unknown_region: 'Unknown region or outside your scope',
    region_level: 'An organization belongs to a community (village) or a street (township)',
    duplicate_credit_code: 'Another organization has this unified social credit code',
    unknown_user: "No such account, or not an organization leader's account",
    required: 'Required',
    wrong_password: 'The current password is incorrect',
    duplicate_username: 'This username is taken (case-insensitive)',
    role_has_no_region: 'System and audit administrators see the whole platform and have no region',
    role_region_level:
      'The region level does not fit the role: civil affairs a province, city or district; street officer a street (township); committee worker a community (village); leaders and residents a street or community',
    cannot_disable_self: 'You cannot disable your own account',
    nothing_changed: 'Enter at least one change',
    tier_not_filable: 'Registered organizations are registered by civil affairs; only activity teams and groups file',
    not_for_this_kind: 'This kind of filing does not contain this item',
    unknown_policy: 'No such policy pack',
    policy_id_invalid: 'Invalid policy pack id',
    duplicate_policy: 'Each policy pack can be chosen once',
    same_field: 'A field cannot be moved to itself',
    duplicate_move: 'Each service field can be moved once',
    preview_changed: 'The data changed since the preview; preview again',
    mapping_length: "Give one entry for each of the file's {count} columns",
    column_mapped_twice: '"{column}" can be fed by one column of the file only',
    required_column: 'The required column "{column}" is missing',
    too_many_columns: 'The file has too many columns (at most 200)',
    cell_too_long: 'A cell holds more than 32,767 characters (Excel\'s limit); the file cannot be read',
    unknown_community: 'No community (village) "{value}" in {region}',
    ambiguous_community: 'Several communities in {region} are called "{value}"; give the region code',
    community_out_of_scope: 'Region "{value}" is outside your scope or the chosen region',
    not_a_number: '"{value}" is not a whole number',
    number_out_of_range: 'Must be between {min} and {max}',
    invalid_date: 'Unrecognised date "{value}" (write 2021-03-05, 2021.3.5 or 2021年3月5日)',
    unknown_choice: '"{value}" is not one of the choices ({choices})',
    too_long: 'At most {max} characters',
    duplicate_in_file: 'Same organization as row {row} (same {key})',
    formula_cell: 'The cell holds a formula; type the value instead',
    tier_not_allowed: 'Registered organizations are registered by civil affairs; streets and committees cannot record or change them',
    matched_out_of_scope: 'The organization with this {key} is outside your scope',
    filing_number_taken: 'This filing number belongs to another organization',
  },
};

export function problemText(code: ErrorCode, language: Language, params: Record<string, string | number>) {
  const entry = (language === 'en-US' ? en : zh)[code];
  const fill = (text?: string) => text?.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
  return { title: entry.title, detail: fill(entry.detail) };
}

export function checkMessage(key: string, language: Language): string | undefined {
  return checks[language][key];
}

/** A check message with its {placeholders} filled, e.g. a ledger row's problem naming the value. */
export function fillMessage(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const template = checks[language][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function languageOf(acceptLanguage: string | undefined): Language {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
