// /volunteering/needs — open needs to sign up for (residents: their street), the needs an organization or office
// keeps (with the ones closed), and the needs the viewer signed up for.
import type { VolunteerNeed } from '@linli/shared';
import { Button, Empty, Segmented, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { KeywordFilter } from '../../components/QueryFilters.js';
import { OrganizationSelect } from '../activities/OrganizationSelect.js';
import { ExportButton } from '../ledger/ExportButton.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { timeRange } from './format.js';
import { NeedActions } from './NeedActions.js';
import { NeedStatusTag } from './needs-labels.js';
import { useNeeds } from './queries.js';

export function NeedListPage() {
  const { t } = useTranslation('volunteering');
  const { query, update } = useUrlQuery();
  const canManage = useCan('volunteer_needs:manage');
  const canVolunteer = useCan('volunteers:self');
  const canExport = useCan('exports:create');
  const status = query.status ?? 'open';
  const listQuery = { ...query, status, pageSize: query.pageSize ?? '20' };
  const needs = useNeeds(listQuery);
  const page = Number(query.page ?? 1);

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          {canVolunteer && (
            <Segmented
              value={query.signedUp === 'true' ? 'mine' : 'all'}
              options={[
                { value: 'all', label: t('needs.all') },
                { value: 'mine', label: t('needs.mine') },
              ]}
              onChange={(value) =>
                update({ signedUp: value === 'mine' ? 'true' : undefined, status: value === 'mine' ? 'open,closed' : undefined })
              }
            />
          )}
          <Select
            mode="multiple"
            value={status.split(',')}
            style={{ minWidth: 200 }}
            aria-label={t('filter.status')}
            options={['open', 'closed', 'cancelled'].map((value) => ({ value, label: t(`needStatus.${value}`) }))}
            onChange={(values: string[]) => update({ status: values.length ? values.join(',') : undefined })}
          />
          {canManage && (
            <OrganizationSelect
              value={query.organizationId}
              placeholder={t('filter.organization')}
              onChange={(organizationId) => update({ organizationId })}
              style={{ width: 240 }}
            />
          )}
          <KeywordFilter width={220} placeholder={t('filter.keyword')} value={query.q} onSearch={(q) => update({ q })} />
        </Space>
        <Space>
          {canExport && <ExportButton list="volunteer_needs" query={listQuery} />}
          {canManage && (
            <Link to="/volunteering/needs/new">
              <Button type="primary">{t('needs.new')}</Button>
            </Link>
          )}
        </Space>
      </Space>
      <ErrorAlert error={needs.error} />
      <Table<VolunteerNeed>
        rowKey="id"
        loading={needs.isFetching}
        dataSource={needs.data?.items}
        scroll={{ x: 1100 }}
        pagination={{
          current: page,
          pageSize: Number(listQuery.pageSize),
          total: needs.data?.total ?? 0,
          showTotal: (total) => t('list.total', { count: total }),
          onChange: (next, size) =>
            update({ page: next > 1 ? String(next) : undefined, pageSize: size !== 20 ? String(size) : undefined }, { keepPage: true }),
        }}
        locale={{
          emptyText: needs.isLoading ? (
            ' '
          ) : (
            <Empty
              description={
                <>
                  <div>{t('needs.emptyTitle')}</div>
                  <div>{t('needs.emptyHint')}</div>
                </>
              }
            />
          ),
        }}
        columns={[
          {
            title: t('field.title'),
            key: 'title',
            render: (_, need) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/volunteering/needs/${need.id}`}>{need.title}</Link>
                <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{need.organizationName}</span>
              </Space>
            ),
          },
          { title: t('field.time'), key: 'time', width: 230, render: (_, need) => timeRange(need.startsAt, need.endsAt) },
          { title: t('field.place'), dataIndex: 'place', width: 180, render: (place: string) => place || '—' },
          {
            title: t('field.skills'),
            dataIndex: 'skills',
            width: 160,
            render: (skills: string[]) => (skills.length ? skills.map((s) => <Tag key={s}>{s}</Tag>) : '—'),
          },
          {
            title: t('field.signedUp'),
            key: 'places',
            width: 100,
            render: (_, need) => (need.signedUp >= need.slots ? <Tag color="orange">{t('needs.full')}</Tag> : t('needs.places', need)),
          },
          { title: t('field.status'), dataIndex: 'status', width: 90, render: (s: string) => <NeedStatusTag status={s} /> },
          { key: 'actions', width: 130, render: (_, need) => <NeedActions need={need} compact /> },
        ]}
      />
    </>
  );
}
