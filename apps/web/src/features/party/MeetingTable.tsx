// "三会一课" records as a table: date, kind, party organization, topic, attendees.
import type { PartyMeeting } from '@linli/shared';
import { Empty, Table, Tag, type TableColumnsType, type TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { usePartyLabels } from './labels.js';

const kindColors: Record<string, string> = {
  member_assembly: 'red',
  committee_meeting: 'orange',
  group_meeting: 'gold',
  party_lecture: 'magenta',
};

interface Props {
  meetings: PartyMeeting[] | undefined;
  loading: boolean;
  showParty?: boolean;
  pagination?: TableProps<PartyMeeting>['pagination'];
  onChange?: TableProps<PartyMeeting>['onChange'];
}

export function MeetingTable({ meetings, loading, showParty = true, pagination = false, onChange }: Props) {
  const labels = usePartyLabels();
  const { t } = labels;
  const columns: TableColumnsType<PartyMeeting> = [
    { title: t('meeting.heldOn'), dataIndex: 'heldOn', width: 120 },
    {
      title: t('meeting.kind'),
      dataIndex: 'kind',
      width: labels.wide ? 210 : 130,
      render: (kind: string) => <Tag color={kindColors[kind]}>{labels.meetingKind(kind)}</Tag>,
    },
    ...(showParty
      ? [
          {
            title: t('meeting.party'),
            dataIndex: 'partyOrganizationName',
            render: (name: string, m: PartyMeeting) => <Link to={`/party/organizations/${m.partyOrganizationId}`}>{name}</Link>,
          },
        ]
      : []),
    { title: t('meeting.topic'), dataIndex: 'topic' },
    {
      title: t('meeting.notes'),
      dataIndex: 'notes',
      width: 200,
      ellipsis: { showTitle: true },
      render: (notes: string) => notes || t('common.none'),
    },
    { title: t('meeting.attendees'), dataIndex: 'attendees', width: 100, align: 'right' },
    { title: t('meeting.region'), dataIndex: 'regionName', width: 240 },
  ];
  return (
    <Table<PartyMeeting>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={meetings}
      loading={loading}
      scroll={{ x: 1200 }}
      pagination={pagination}
      onChange={onChange}
      locale={{ emptyText: loading ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meeting.empty')} /> }}
    />
  );
}
