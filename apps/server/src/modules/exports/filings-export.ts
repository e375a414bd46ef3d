// The filing list (GET /filings, and the work queue with queue=mine) as a spreadsheet. Filings' personal
// identifiers never leave in a list: the columns hold none.
import { filingKindLabels, filingListQuery, filingStatusLabels, yesNoLabels, type FilingStatus, type LabelLanguage } from '@linli/shared';
import type { z } from 'zod';
import { timeLimitsOf } from '../filings/filings.guard.js';
import {
  countFilings,
  decodeFilingExportRow,
  filingExportQuery,
  type FilingExportFilter,
  type FilingExportRecord,
} from '../filings/filings.repository.js';
import { openStatuses } from '../filings/filings.workflow.js';
import { regionPathOf } from '../organizations/organizations.presenter.js';
import { exportSource, type ExportColumn } from './export-source.js';

/** Who has the filing now (当前处理环节); a closed filing has no step. */
const currentStep: Record<LabelLanguage, Partial<Record<FilingStatus, string>>> = {
  'zh-CN': { committee_review: '居委会初审', street_review: '街道审核', returned: '申请人修改' },
  'en-US': { committee_review: 'Committee review', street_review: 'Street review', returned: 'Applicant correcting' },
};

const isOpen = (status: string) => (openStatuses as readonly string[]).includes(status);

export const filingColumns: readonly ExportColumn<FilingExportRecord>[] = [
  { header: { 'zh-CN': '备案编号', 'en-US': 'Filing number' }, kind: 'text', width: 26, value: (f) => f.filingNumber },
  { header: { 'zh-CN': '申请编号', 'en-US': 'Application ID' }, kind: 'text', width: 38, value: (f) => f.id },
  {
    header: { 'zh-CN': '类型', 'en-US': 'Kind' },
    kind: 'text',
    width: 12,
    value: (f, c) => filingKindLabels[c.language][f.kind] ?? f.kind,
  },
  { header: { 'zh-CN': '组织名称', 'en-US': 'Organization' }, kind: 'text', width: 30, value: (f) => f.organizationName },
  {
    header: { 'zh-CN': '所在区划', 'en-US': 'Region' },
    kind: 'text',
    width: 40,
    value: (f, c) => regionPathOf(f.regionCode, c.regionNames),
  },
  { header: { 'zh-CN': '区划代码', 'en-US': 'Region code' }, kind: 'text', width: 14, value: (f) => f.regionCode },
  {
    header: { 'zh-CN': '状态', 'en-US': 'Status' },
    kind: 'text',
    width: 14,
    value: (f, c) => filingStatusLabels[c.language][f.status as FilingStatus] ?? f.status,
  },
  { header: { 'zh-CN': '提交人', 'en-US': 'Submitted by' }, kind: 'text', width: 12, value: (f) => f.submittedByName },
  { header: { 'zh-CN': '提交时间', 'en-US': 'Submitted at' }, kind: 'datetime', width: 17, value: (f) => f.submittedAt },
  {
    header: { 'zh-CN': '当前处理环节', 'en-US': 'Current step' },
    kind: 'text',
    width: 14,
    value: (f, c) => currentStep[c.language][f.status as FilingStatus] ?? null,
  },
  { header: { 'zh-CN': '办理期限', 'en-US': 'Due by' }, kind: 'datetime', width: 17, value: (f) => f.dueAt },
  {
    header: { 'zh-CN': '是否逾期', 'en-US': 'Overdue' },
    kind: 'text',
    width: 10,
    value: (f, c) => yesNoLabels[c.language][f.overdue ? 'yes' : 'no'],
  },
  {
    header: { 'zh-CN': '办结时间', 'en-US': 'Closed at' },
    kind: 'datetime',
    width: 17,
    value: (f) => (isOpen(f.status) ? null : f.statusSince),
  },
];

type ListQuery = z.output<typeof filingListQuery>;

export const filingsExport = exportSource<FilingExportFilter, FilingExportRecord>({
  list: 'filings',
  readPermission: 'filings:read',
  title: { 'zh-CN': '备案', 'en-US': 'filings' },
  schema: filingListQuery,
  filterOf(parsed) {
    const { sort, ...filter } = parsed as ListQuery;
    return { ...filter, sort: { by: sort.replace(/^-/, '') as 'submittedAt' | 'statusSince', descending: sort.startsWith('-') } };
  },
  columns: filingColumns,
  count: (services, scope, filter) => countFilings(scope, services.database.db, filter, timeLimitsOf(services)),
  query: (services, scope, filter) => filingExportQuery(scope, services.database.db, filter, timeLimitsOf(services)),
  decode: decodeFilingExportRow,
  regionCodeOf: (f) => f.regionCode,
});
