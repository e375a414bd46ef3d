// The party organization list (GET /party/organizations) as a spreadsheet.
import { partyOrganizationKindLabels, partyOrganizationListQuery, partyOrganizationStatusLabels } from '@linli/shared';
import { exportSource, type ExportColumn } from '../exports/export-source.js';
import { regionPathOf } from '../organizations/organizations.presenter.js';
import { countPartyOrganizations, partyOrganizationExportQuery, type PartyOrganizationFilter } from './party-organizations.repository.js';

interface PartyOrganizationExportRecord {
  name: string;
  kind: 'own_branch' | 'joint_branch';
  regionCode: string;
  establishedOn: string | null;
  secretaryName: string;
  memberCount: number;
  status: 'active' | 'dissolved';
  coveredCount: number;
  lastMeetingOn: string | null;
}

function decode(text: string): PartyOrganizationExportRecord {
  const [name, kind, regionCode, establishedOn, secretaryName, memberCount, status, coveredCount, lastMeetingOn] = JSON.parse(
    text,
  ) as unknown[];
  return {
    name: name as string,
    kind: kind as PartyOrganizationExportRecord['kind'],
    regionCode: regionCode as string,
    establishedOn: establishedOn as string | null,
    secretaryName: secretaryName as string,
    memberCount: Number(memberCount),
    status: status as PartyOrganizationExportRecord['status'],
    coveredCount: Number(coveredCount),
    lastMeetingOn: lastMeetingOn as string | null,
  };
}

const region = (code: string, names: Map<string, string>) => regionPathOf(code, names) || names.get(code) || code;

const columns: readonly ExportColumn<PartyOrganizationExportRecord>[] = [
  { header: { 'zh-CN': '党组织名称', 'en-US': 'Party organization' }, kind: 'text', width: 32, value: (p) => p.name },
  {
    header: { 'zh-CN': '组建方式', 'en-US': 'Kind' },
    kind: 'text',
    width: 12,
    value: (p, c) => partyOrganizationKindLabels[c.language][p.kind],
  },
  { header: { 'zh-CN': '所在区划', 'en-US': 'Region' }, kind: 'text', width: 36, value: (p, c) => region(p.regionCode, c.regionNames) },
  { header: { 'zh-CN': '区划代码', 'en-US': 'Region code' }, kind: 'text', width: 14, value: (p) => p.regionCode },
  { header: { 'zh-CN': '成立日期', 'en-US': 'Established on' }, kind: 'date', width: 12, value: (p) => p.establishedOn },
  { header: { 'zh-CN': '书记', 'en-US': 'Secretary' }, kind: 'text', width: 12, value: (p) => p.secretaryName },
  { header: { 'zh-CN': '党员人数', 'en-US': 'Party members' }, kind: 'number', width: 10, value: (p) => p.memberCount },
  { header: { 'zh-CN': '覆盖组织数', 'en-US': 'Organizations covered' }, kind: 'number', width: 12, value: (p) => p.coveredCount },
  { header: { 'zh-CN': '最近一次会议', 'en-US': 'Last meeting' }, kind: 'date', width: 12, value: (p) => p.lastMeetingOn },
  {
    header: { 'zh-CN': '状态', 'en-US': 'Status' },
    kind: 'text',
    width: 10,
    value: (p, c) => partyOrganizationStatusLabels[c.language][p.status],
  },
];

export const partyOrganizationsExport = exportSource<PartyOrganizationFilter, PartyOrganizationExportRecord>({
  list: 'party_organizations',
  readPermission: 'party:read',
  title: { 'zh-CN': '党组织', 'en-US': 'party organizations' },
  schema: partyOrganizationListQuery,
  columns,
  count: (services, scope, filter) => countPartyOrganizations(scope, services.database.db, filter),
  query: (services, scope, filter) => partyOrganizationExportQuery(scope, services.database.db, filter),
  decode,
  regionCodeOf: (p) => p.regionCode,
});
