// The activity list (GET /activities) as a spreadsheet: one row per activity, its report's state at the end.
import {
  activityKindLabels,
  activityListQuery,
  activityStatusLabels,
  reportStatusLabels,
  targetGroups,
  yesNoLabels,
  type LabelLanguage,
} from '@linli/shared';
import type { Services } from '../../platform/context.js';
import { exportSource, type ExportColumn } from '../exports/export-source.js';
import { regionPathOf } from '../organizations/organizations.presenter.js';
import type { ActivityFilter } from './activities.repository.js';
import {
  activityExportQuery,
  countActivities,
  decodeActivityExportRow,
  type ActivityExportRecord,
} from './activities-export.repository.js';

const text = (zh: string, en: string): Record<LabelLanguage, string> => ({ 'zh-CN': zh, 'en-US': en });
const yesNo = (value: boolean | null, language: LabelLanguage) => (value === null ? null : yesNoLabels[language][value ? 'yes' : 'no']);
const sum = (values: Record<string, number>) => Object.values(values).reduce((total, n) => total + n, 0);

export const activityColumns: readonly ExportColumn<ActivityExportRecord>[] = [
  { header: text('活动名称', 'Activity'), kind: 'text', width: 30, value: (a) => a.title },
  { header: text('组织名称', 'Organization'), kind: 'text', width: 28, value: (a) => a.organizationName },
  { header: text('所在区划', 'Region'), kind: 'text', width: 40, value: (a, c) => regionPathOf(a.regionCode, c.regionNames) },
  { header: text('区划代码', 'Region code'), kind: 'text', width: 14, value: (a) => a.regionCode },
  { header: text('类型', 'Kind'), kind: 'text', width: 12, value: (a, c) => activityKindLabels[c.language][a.kind] },
  {
    header: text('主题系列', 'Theme series'),
    kind: 'text',
    width: 16,
    value: (a, c) => (a.seriesName ? a.seriesName[c.language === 'zh-CN' ? 'zh' : 'en'] : null),
  },
  { header: text('开始时间', 'Starts'), kind: 'datetime', width: 17, value: (a) => a.startsAt },
  { header: text('结束时间', 'Ends'), kind: 'datetime', width: 17, value: (a) => a.endsAt },
  { header: text('地点', 'Venue'), kind: 'text', width: 24, value: (a) => a.venue },
  { header: text('是否公开', 'Public'), kind: 'text', width: 10, value: (a, c) => yesNo(a.isPublic, c.language) },
  { header: text('预计人数', 'Expected'), kind: 'number', width: 10, value: (a) => a.expectedParticipants },
  { header: text('实际人数', 'Took part'), kind: 'number', width: 10, value: (a) => a.actualParticipants },
  { header: text('受益人数', 'Beneficiaries'), kind: 'number', width: 10, value: (a) => sum(a.beneficiaries) },
  {
    header: text('受益对象', 'Served'),
    kind: 'text',
    width: 30,
    // in the order of the vocabulary, not jsonb's key order
    value: (a) =>
      targetGroups
        .filter((group) => a.beneficiaries[group] !== undefined)
        .map((group) => `${group} ${a.beneficiaries[group]}`)
        .join('；'),
  },
  { header: text('状态', 'Status'), kind: 'text', width: 10, value: (a, c) => activityStatusLabels[c.language][a.status] },
  {
    header: text('重大活动报告', 'Major-activity report'),
    kind: 'text',
    width: 14,
    value: (a, c) => (a.reportStatus ? reportStatusLabels[c.language][a.reportStatus] : null),
  },
  { header: text('逾期报告', 'Reported late'), kind: 'text', width: 10, value: (a, c) => yesNo(a.reportLate, c.language) },
];

const seriesNames = (services: Services) =>
  Object.fromEntries(services.packs.all.flatMap((pack) => pack.activitySeries.map((s) => [s.id, s.name] as const)));

export const activitiesExport = exportSource<ActivityFilter, ActivityExportRecord>({
  list: 'activities',
  readPermission: 'activities:read',
  title: text('活动', 'activities'),
  schema: activityListQuery,
  columns: activityColumns,
  count: (services, scope, filter) => countActivities(scope, services.database.db, filter),
  query: (services, scope, filter) => activityExportQuery(scope, services.database.db, filter, seriesNames(services)),
  decode: decodeActivityExportRow,
  regionCodeOf: (a) => a.regionCode,
});
