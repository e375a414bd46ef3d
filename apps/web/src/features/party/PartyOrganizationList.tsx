// /party — the party organizations of the viewer's region, filtered, exported to Excel.
import type { PartyOrganization } from '@linli/shared';
import { Button, Empty, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth.js';
import { formatDate } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { KeywordFilter, MultiSelectFilter, RegionFilter } from '../../components/QueryFilters.js';
import { ExportButton } from '../ledger/ExportButton.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { kindColors, statusColors, usePartyLabels } from './labels.js';
import { PartyOrganizationFormModal } from './PartyOrganizationFormModal.js';
import { usePartyOrganizations } from './queries.js';

export function PartyOrganizationList() {
  const labels = usePartyLabels();
  const { t } = labels;
  const { query, update, reset } = useUrlQuery();
  const canManage = useCan('party:manage');
  const canExport = useCan('exports:create');
  const [creating, setCreating] = useState(false);
  const list = usePartyOrganizations(query);

  const columns: TableColumnsType<PartyOrganization> = [
    { title: t('party.name'), dataIndex: 'name', render: (name: string, p) => <Link to={`/party/organizations/${p.id}`}>{name}</Link> },
    {
      title: t('party.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (kind: string) => <Tag color={kindColors[kind]}>{labels.kind(kind)}</Tag>,
    },
    { title: t('party.region'), dataIndex: 'regionPath', width: 260 },
    { title: t('party.secretary'), dataIndex: 'secretaryName', width: 100, render: (name: string) => name || t('common.none') },
    { title: t('party.memberCount'), dataIndex: 'memberCount', width: 100, align: 'right' },
    { title: t('party.coveredCount'), dataIndex: 'coveredCount', width: 110, align: 'right' },
    { title: t('party.lastMeeting'), dataIndex: 'lastMeetingOn', width: 130, render: (date: string | null) => formatDate(date) },
    {
      title: t('party.status'),
      dataIndex: 'status',
      width: 90,
      render: (status: string) => <Tag color={statusColors[status]}>{labels.status(status)}</Tag>,
    },
  ];

  return (
    <>
      <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
        <RegionFilter value={query.region} placeholder={t('filter.region')} onChange={(region) => update({ region })} />
        <MultiSelectFilter
          width={180}
          placeholder={t('filter.kind')}
          options={labels.kindOptions}
          value={query.kind}
          onChange={(kind) => update({ kind })}
        />
        <MultiSelectFilter
          width={160}
          placeholder={t('filter.status')}
          options={labels.statusOptions}
          value={query.status}
          onChange={(status) => update({ status })}
        />
        <KeywordFilter width={200} placeholder={t('filter.q')} value={query.q} onSearch={(q) => update({ q })} />
        <Button onClick={() => reset()}>{t('filter.reset')}</Button>
        <Flex gap="small" style={{ marginInlineStart: 'auto' }}>
          {canExport && <ExportButton list="party_organizations" query={query} />}
          {canManage && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('party.new')}
            </Button>
          )}
        </Flex>
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<PartyOrganization>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 1150 }}
        pagination={{
          current: Number(query.page ?? 1),
          pageSize: 20,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
        }}
        onChange={(pagination) =>
          update({ page: pagination.current && pagination.current > 1 ? String(pagination.current) : undefined }, { keepPage: true })
        }
        locale={{
          emptyText: list.isLoading ? (
            ' '
          ) : (
            <Empty
              description={
                <>
                  <div>{t('party.emptyTitle')}</div>
                  {canManage && <div>{t('party.emptyHint')}</div>}
                </>
              }
            />
          ),
        }}
      />
      {creating && <PartyOrganizationFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
