// The volunteer registry, the volunteer needs and the service records as spreadsheets (modules/exports). Phones
// leave masked whatever the export asks: the registry never reveals them.
import { maskPhone, needListQuery, needStatusLabels, serviceRecordListQuery, volunteerListQuery, type LabelLanguage } from '@linli/shared';
import { exportSource, type ExportColumn } from '../exports/export-source.js';
import { regionPathOf } from '../organizations/organizations.presenter.js';
import { countNeeds, decodeNeedExportRow, needExportQuery, type NeedExportFilter, type NeedExportRecord } from './needs.repository.js';
import {
  countServiceRecords,
  decodeServiceRecordExportRow,
  serviceRecordExportQuery,
  type ServiceRecordExportFilter,
  type ServiceRecordExportRecord,
} from './service-records.repository.js';
import {
  countVolunteers,
  decodeVolunteerExportRow,
  volunteerExportQuery,
  type VolunteerExportFilter,
  type VolunteerExportRecord,
} from './volunteers.repository.js';

const header = (zh: string, en: string): Record<LabelLanguage, string> => ({ 'zh-CN': zh, 'en-US': en });
const regionColumn = <Row extends { regionCode: string }>(zh: string, en: string): ExportColumn<Row> => ({
  header: header(zh, en),
  kind: 'text',
  width: 40,
  value: (row, c) => regionPathOf(row.regionCode, c.regionNames),
});
const starWords: Record<LabelLanguage, (level: number) => string> = {
  'zh-CN': (level) => (level === 0 ? '未评星' : `${level}星`),
  'en-US': (level) => (level === 0 ? 'No star' : `${level} star${level > 1 ? 's' : ''}`),
};
const listSeparator: Record<LabelLanguage, string> = { 'zh-CN': '、', 'en-US': ', ' };

const volunteerColumns: readonly ExportColumn<VolunteerExportRecord>[] = [
  { header: header('姓名', 'Name'), kind: 'text', width: 12, value: (v) => v.name },
  regionColumn('所在社区', 'Community'),
  { header: header('区划代码', 'Region code'), kind: 'text', width: 14, value: (v) => v.regionCode },
  { header: header('联系电话', 'Phone'), kind: 'text', width: 14, value: (v, c) => maskPhone(c.cipher.decrypt(v.phoneEnc)) },
  { header: header('技能特长', 'Skills'), kind: 'text', width: 24, value: (v, c) => v.skills.join(listSeparator[c.language]) },
  { header: header('可服务时间', 'Availability'), kind: 'text', width: 20, value: (v) => v.availability },
  { header: header('累计服务时长（小时）', 'Confirmed hours'), kind: 'number', width: 12, value: (v) => v.hoursConfirmed },
  { header: header('积分余额', 'Points balance'), kind: 'number', width: 10, value: (v) => v.pointsBalance },
  { header: header('星级', 'Star level'), kind: 'text', width: 8, value: (v, c) => starWords[c.language](v.starLevel) },
  { header: header('登记时间', 'Registered at'), kind: 'datetime', width: 17, value: (v) => v.registeredAt },
];

export const volunteersExport = exportSource<VolunteerExportFilter, VolunteerExportRecord>({
  list: 'volunteers',
  readPermission: 'volunteers:read',
  title: header('志愿者', 'volunteers'),
  schema: volunteerListQuery,
  columns: volunteerColumns,
  count: (services, scope, filter) => countVolunteers(scope, services.database.db, filter),
  query: (services, scope, filter) => volunteerExportQuery(scope, services.database.db, filter),
  decode: decodeVolunteerExportRow,
  regionCodeOf: (v) => v.regionCode,
});

const needColumns: readonly ExportColumn<NeedExportRecord>[] = [
  { header: header('需求名称', 'Need'), kind: 'text', width: 28, value: (n) => n.title },
  { header: header('发布组织', 'Organization'), kind: 'text', width: 28, value: (n) => n.organizationName },
  regionColumn('所在区划', 'Region'),
  { header: header('服务地点', 'Place'), kind: 'text', width: 20, value: (n) => n.place },
  { header: header('开始时间', 'Starts at'), kind: 'datetime', width: 17, value: (n) => n.startsAt },
  { header: header('结束时间', 'Ends at'), kind: 'datetime', width: 17, value: (n) => n.endsAt },
  { header: header('招募人数', 'Places'), kind: 'number', width: 10, value: (n) => n.slots },
  { header: header('已报名', 'Signed up'), kind: 'number', width: 10, value: (n) => n.signedUp },
  { header: header('所需技能', 'Skills'), kind: 'text', width: 20, value: (n, c) => n.skills.join(listSeparator[c.language]) },
  { header: header('状态', 'Status'), kind: 'text', width: 10, value: (n, c) => needStatusLabels[c.language][n.status] },
];

export const volunteerNeedsExport = exportSource<NeedExportFilter, NeedExportRecord>({
  list: 'volunteer_needs',
  readPermission: 'volunteer_needs:read',
  title: header('志愿需求', 'volunteer needs'),
  schema: needListQuery,
  columns: needColumns,
  count: (services, scope, filter) => countNeeds(scope, services.database.db, filter),
  query: (services, scope, filter) => needExportQuery(scope, services.database.db, filter),
  decode: decodeNeedExportRow,
  regionCodeOf: (n) => n.regionCode,
});

const serviceRecordColumns: readonly ExportColumn<ServiceRecordExportRecord>[] = [
  { header: header('记录编号', 'Record'), kind: 'text', width: 10, value: (r) => r.id },
  { header: header('志愿者', 'Volunteer'), kind: 'text', width: 12, value: (r) => r.volunteerName },
  { header: header('服务组织', 'Organization'), kind: 'text', width: 28, value: (r) => r.organizationName },
  regionColumn('服务区划', 'Region'),
  { header: header('服务内容', 'Service'), kind: 'text', width: 28, value: (r) => r.content },
  { header: header('服务地点', 'Place'), kind: 'text', width: 20, value: (r) => r.place },
  { header: header('开始时间', 'Started at'), kind: 'datetime', width: 17, value: (r) => r.startedAt },
  { header: header('结束时间', 'Ended at'), kind: 'datetime', width: 17, value: (r) => r.endedAt },
  { header: header('服务时长（小时）', 'Hours'), kind: 'number', width: 12, value: (r) => r.hours },
  { header: header('积分', 'Points'), kind: 'number', width: 8, value: (r) => r.points },
  { header: header('确认人', 'Confirmed by'), kind: 'text', width: 12, value: (r) => r.confirmedByName },
  { header: header('确认时间', 'Confirmed at'), kind: 'datetime', width: 17, value: (r) => r.confirmedAt },
];

export const serviceRecordsExport = exportSource<ServiceRecordExportFilter, ServiceRecordExportRecord>({
  list: 'service_records',
  readPermission: 'service_records:read',
  title: header('志愿服务记录', 'service records'),
  schema: serviceRecordListQuery,
  columns: serviceRecordColumns,
  count: (services, scope, filter) => countServiceRecords(scope, services.database.db, filter),
  query: (services, scope, filter) => serviceRecordExportQuery(scope, services.database.db, filter),
  decode: decodeServiceRecordExportRow,
  regionCodeOf: (r) => r.regionCode,
});
