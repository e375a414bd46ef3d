// The major-activity report list (GET /major-activity-reports, and the queue with queue=mine) as a spreadsheet.
import { activityKindLabels, reportLevelLabels, reportListQuery, reportStatusLabels, yesNoLabels, type LabelLanguage } from '@linli/shared';
import { exportSource, type ExportColumn } from '../exports/export-source.js';
import { regionPathOf } from '../organizations/organizations.presenter.js';
import {
  countReports,
  decodeReportExportRow,
  reportExportQuery,
  type ReportExportRecord,
  type ReportFilter,
} from './major-reports.repository.js';

const text = (zh: string, en: string): Record<LabelLanguage, string> => ({ 'zh-CN': zh, 'en-US': en });

export const reportColumns: readonly ExportColumn<ReportExportRecord>[] = [
  { header: text('活动名称', 'Activity'), kind: 'text', width: 30, value: (r) => r.title },
  { header: text('组织名称', 'Organization'), kind: 'text', width: 28, value: (r) => r.organizationName },
  { header: text('所在区划', 'Region'), kind: 'text', width: 40, value: (r, c) => regionPathOf(r.regionCode, c.regionNames) },
  { header: text('区划代码', 'Region code'), kind: 'text', width: 14, value: (r) => r.regionCode },
  { header: text('活动类型', 'Kind'), kind: 'text', width: 12, value: (r, c) => activityKindLabels[c.language][r.kind] },
  { header: text('开始时间', 'Starts'), kind: 'datetime', width: 17, value: (r) => r.startsAt },
  { header: text('预计人数', 'Expected'), kind: 'number', width: 10, value: (r) => r.expectedParticipants },
  { header: text('报告层级', 'Acknowledged by'), kind: 'text', width: 16, value: (r, c) => reportLevelLabels[c.language][r.level] },
  { header: text('状态', 'Status'), kind: 'text', width: 12, value: (r, c) => reportStatusLabels[c.language][r.status] },
  { header: text('逾期报告', 'Reported late'), kind: 'text', width: 10, value: (r, c) => yesNoLabels[c.language][r.late ? 'yes' : 'no'] },
  { header: text('报告人', 'Reported by'), kind: 'text', width: 12, value: (r) => r.reportedByName },
  { header: text('报告时间', 'Reported at'), kind: 'datetime', width: 17, value: (r) => r.reportedAt },
  { header: text('处理人', 'Handled by'), kind: 'text', width: 12, value: (r) => r.decidedByName },
  { header: text('处理时间', 'Handled at'), kind: 'datetime', width: 17, value: (r) => r.decidedAt },
  { header: text('意见', 'Comment'), kind: 'text', width: 30, value: (r) => r.comment },
];

export const majorReportsExport = exportSource<ReportFilter, ReportExportRecord>({
  list: 'major_activity_reports',
  readPermission: 'major_reports:decide',
  title: text('重大活动报告', 'major-activity-reports'),
  schema: reportListQuery,
  columns: reportColumns,
  count: (services, scope, filter) => countReports(scope, services.database.db, filter),
  query: (services, scope, filter) => reportExportQuery(scope, services.database.db, filter),
  decode: decodeReportExportRow,
  regionCodeOf: (r) => r.regionCode,
});
