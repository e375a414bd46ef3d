// The training attendance list (GET /training/attendance) as a spreadsheet: one row per person-time.
import { attendanceListQuery, trainingAudienceLabels } from '@linli/shared';
import type { z } from 'zod';
import { regionPathOf } from '../organizations/organizations.presenter.js';
import { exportSource, type ExportColumn } from '../exports/export-source.js';
import {
  attendanceExportQuery,
  countAttendance,
  decodeAttendanceExportRow,
  type AttendanceExportRecord,
  type AttendanceFilter,
} from './attendance.repository.js';

const columns: readonly ExportColumn<AttendanceExportRecord>[] = [
  { header: { 'zh-CN': '参训日期', 'en-US': 'Attended on' }, kind: 'datetime', width: 17, value: (a) => a.attendedAt },
  { header: { 'zh-CN': '姓名', 'en-US': 'Name' }, kind: 'text', width: 12, value: (a) => a.attendeeName },
  {
    header: { 'zh-CN': '学员类别', 'en-US': 'Audience' },
    kind: 'text',
    width: 16,
    value: (a, c) => trainingAudienceLabels[c.language][a.audience],
  },
  { header: { 'zh-CN': '所在组织', 'en-US': 'Organization' }, kind: 'text', width: 30, value: (a) => a.organizationName },
  { header: { 'zh-CN': '课程', 'en-US': 'Course' }, kind: 'text', width: 30, value: (a) => a.courseTitle },
  { header: { 'zh-CN': '培训地点', 'en-US': 'Venue' }, kind: 'text', width: 24, value: (a) => a.venue },
  {
    header: { 'zh-CN': '举办区划', 'en-US': 'Region' },
    kind: 'text',
    width: 36,
    value: (a, c) => regionPathOf(a.regionCode, c.regionNames) || c.regionNames.get(a.regionCode) || a.regionCode,
  },
  { header: { 'zh-CN': '区划代码', 'en-US': 'Region code' }, kind: 'text', width: 14, value: (a) => a.regionCode },
];

type ListQuery = z.output<typeof attendanceListQuery>;

export const trainingAttendanceExport = exportSource<AttendanceFilter, AttendanceExportRecord>({
  list: 'training_attendance',
  readPermission: 'training:read',
  title: { 'zh-CN': '培训参训记录', 'en-US': 'training attendance' },
  schema: attendanceListQuery,
  filterOf(parsed) {
    const { sort, ...filter } = parsed as ListQuery;
    return { ...filter, descending: sort.startsWith('-') };
  },
  columns,
  count: (services, scope, filter) => countAttendance(scope, services.database.db, filter),
  query: (services, scope, filter) => attendanceExportQuery(scope, services.database.db, filter),
  decode: decodeAttendanceExportRow,
  regionCodeOf: (a) => a.regionCode,
});
