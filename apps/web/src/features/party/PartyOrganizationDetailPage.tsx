// /party/organizations/:id — a party organization, the organizations it covers, its meetings; edit, dissolve, record.
import type { PartyOrganizationDetail } from '@linli/shared';
import { App, Button, Card, Descriptions, Empty, Popconfirm, Result, Skeleton, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { formatDate } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { kindColors, statusColors, usePartyLabels } from './labels.js';
import { MeetingFormModal } from './MeetingFormModal.js';
import { MeetingTable } from './MeetingTable.js';
import { PartyOrganizationFormModal } from './PartyOrganizationFormModal.js';
import { useMeetings, usePartyOrganization, useSavePartyOrganization } from './queries.js';

type Covered = PartyOrganizationDetail['organizations'][number];

export function PartyOrganizationDetailPage() {
  const { id = '' } = useParams();
  const labels = usePartyLabels();
  const { t } = labels;
  const { message } = App.useApp();
  const party = usePartyOrganization(id);
  const meetings = useMeetings({ partyOrganizationId: id, pageSize: '200' });
  const save = useSavePartyOrganization(id);
  const [editing, setEditing] = useState(false);
  const [recording, setRecording] = useState(false);

  if (party.isLoading) return <Skeleton active />;
  if (party.error instanceof ApiError && party.error.status === 404)
    return <Result status="404" title={t('party.notFound')} extra={<Link to="/party">{t('party.backToList')}</Link>} />;
  if (!party.data) return <ErrorAlert error={party.error} />;
  const p = party.data;
  const active = p.status === 'active';

  const columns: TableColumnsType<Covered> = [
    { title: t('party.organization'), dataIndex: 'name', render: (name: string, o) => <Link to={`/organizations/${o.id}`}>{name}</Link> },
    { title: t('party.organizationRegion'), dataIndex: 'regionName', width: 300 },
    {
      title: t('party.leaderIsPartyMember'),
      dataIndex: 'leaderIsPartyMember',
      width: 150,
      render: (yes: boolean) => (yes ? t('profile.yes') : t('profile.no')),
    },
    { title: t('party.partyMembers'), dataIndex: 'partyMemberCount', width: 100, align: 'right' },
  ];

  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            {p.name}
            <Tag color={statusColors[p.status]}>{labels.status(p.status)}</Tag>
          </Space>
        }
        breadcrumbs={[{ title: <Link to="/party">{t('title')}</Link> }, { title: p.name }]}
        extra={
          p.abilities.update &&
          active && (
            <Space wrap>
              <Popconfirm
                title={t('party.dissolveConfirm')}
                onConfirm={() =>
                  save.mutateAsync({ version: p.version, status: 'dissolved' }).then(() => message.success(t('party.dissolved')))
                }
              >
                <Button danger>{t('party.dissolve')}</Button>
              </Popconfirm>
              <Button onClick={() => setEditing(true)}>{t('party.edit')}</Button>
              {p.abilities.recordMeeting && (
                <Button type="primary" onClick={() => setRecording(true)}>
                  {t('meeting.new')}
                </Button>
              )}
            </Space>
          )
        }
      />
      <ErrorAlert error={save.error} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Descriptions
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              { key: 'kind', label: t('party.kind'), children: <Tag color={kindColors[p.kind]}>{labels.kind(p.kind)}</Tag> },
              { key: 'region', label: t('party.region'), children: p.regionPath },
              { key: 'establishedOn', label: t('party.establishedOn'), children: formatDate(p.establishedOn) },
              { key: 'secretary', label: t('party.secretary'), children: p.secretaryName || t('common.none') },
              { key: 'memberCount', label: t('party.memberCount'), children: p.memberCount },
              { key: 'lastMeeting', label: t('party.lastMeeting'), children: formatDate(p.lastMeetingOn) },
            ]}
          />
        </Card>
        <Card title={`${t('party.covered')}（${p.coveredCount}）`}>
          <Table<Covered>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={p.organizations}
            pagination={false}
            scroll={{ x: 800 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('party.noneCovered')} /> }}
          />
        </Card>
        <Card title={t('tab.meetings')}>
          <ErrorAlert error={meetings.error} />
          <MeetingTable meetings={meetings.data?.items} loading={meetings.isFetching} showParty={false} />
        </Card>
      </Space>
      {editing && <PartyOrganizationFormModal party={p} onClose={() => setEditing(false)} />}
      {recording && <MeetingFormModal partyOrganizationId={p.id} onClose={() => setRecording(false)} />}
    </>
  );
}
