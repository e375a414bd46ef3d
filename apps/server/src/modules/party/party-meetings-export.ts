// The "三会一课" record list (GET /party/meetings) as a spreadsheet.
import { partyMeetingKindLabels, partyMeetingListQuery, type PartyMeetingKind } from '@linli/shared';
import { exportSource, type ExportColumn } from '../exports/export-source.js';
import { regionPathOf } from '../organizations/organizations.presenter.js';
import { countMeetings, meetingExportQuery, type MeetingFilter } from './party-meetings.repository.js';

interface MeetingExportRecord {
  heldOn: string;
  kind: PartyMeetingKind;
  partyOrganizationName: string;
  regionCode: string;
  topic: string;
  attendees: number;
  notes: string;
}

function decode(text: string): MeetingExportRecord {
  const [heldOn, kind, partyOrganizationName, regionCode, topic, attendees, notes] = JSON.parse(text) as unknown[];
  return {
    heldOn: heldOn as string,
    kind: kind as PartyMeetingKind,
    partyOrganizationName: partyOrganizationName as string,
    regionCode: regionCode as string,
    topic: topic as string,
    attendees: Number(attendees),
    notes: notes as string,
  };
}

const columns: readonly ExportColumn<MeetingExportRecord>[] = [
  { header: { 'zh-CN': '召开日期', 'en-US': 'Held on' }, kind: 'date', width: 12, value: (m) => m.heldOn },
  {
    header: { 'zh-CN': '会议类型', 'en-US': 'Kind' },
    kind: 'text',
    width: 14,
    value: (m, c) => partyMeetingKindLabels[c.language][m.kind],
  },
  { header: { 'zh-CN': '党组织', 'en-US': 'Party organization' }, kind: 'text', width: 32, value: (m) => m.partyOrganizationName },
  {
    header: { 'zh-CN': '所在区划', 'en-US': 'Region' },
    kind: 'text',
    width: 36,
    value: (m, c) => regionPathOf(m.regionCode, c.regionNames) || c.regionNames.get(m.regionCode) || m.regionCode,
  },
  { header: { 'zh-CN': '主题', 'en-US': 'Topic' }, kind: 'text', width: 36, value: (m) => m.topic },
  { header: { 'zh-CN': '参加人数', 'en-US': 'Attendees' }, kind: 'number', width: 10, value: (m) => m.attendees },
  { header: { 'zh-CN': '备注', 'en-US': 'Notes' }, kind: 'text', width: 40, value: (m) => m.notes },
];

export const partyMeetingsExport = exportSource<MeetingFilter, MeetingExportRecord>({
  list: 'party_meetings',
  readPermission: 'party:read',
  title: { 'zh-CN': '三会一课记录', 'en-US': 'party meetings' },
  schema: partyMeetingListQuery,
  columns,
  count: (services, scope, filter) => countMeetings(scope, services.database.db, filter),
  query: (services, scope, filter) => meetingExportQuery(scope, services.database.db, filter),
  decode,
  regionCodeOf: (m) => m.regionCode,
});
