// /activities — the activities of the viewer's organizations or region: filtered in the URL, newest first.
import type { Activity } from '@linli/shared';
import { Button, Empty, Space, Table } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useCan, useMe } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ExportButton } from '../ledger/ExportButton.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { ActivityFilters } from './ActivityFilters.js';
import { activityColumns } from './activity-columns.js';
import { useActivityLabels } from './labels.js';
import { useActivityList } from './queries.js';

const filterKeys = ['region', 'organizationId', 'kind', 'seriesId', 'status', 'from', 'to', 'q'];

export function ActivityListPage() {
  const labels = useActivityLabels();
  const { t } = labels;
  const me = useMe();
  const { query, update, reset } = useUrlQuery();
  const canWrite = useCan('activities:write');
  const canExport = useCan('exports:create');
  const list = useActivityList(query);
  const columns = useMemo(() => activityColumns(labels), [labels]);
  const filtered = filterKeys.some((key) => query[key]);
  const page = Number(query.page ?? 1);
  const pageSize = Number(query.pageSize ?? 20);

  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <Space wrap>
            {canExport && <ExportButton list="activities" query={query} />}
            {canWrite && (
              <Link to="/activities/new">
                <Button type="primary">{t('new')}</Button>
              </Link>
            )}
          </Space>
        }
      />
      <ActivityFilters query={query} region={me.regionCode ?? undefined} onChange={update} onReset={() => reset(['pageSize'])} />
      <ErrorAlert error={list.error} />
      <Table<Activity>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 1300 }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('list.total', { count: total }),
          onChange: (current, size) =>
            update(
              { page: current > 1 ? String(current) : undefined, pageSize: size !== 20 ? String(size) : undefined },
              { keepPage: true },
            ),
        }}
        locale={{
          emptyText: list.isLoading ? (
            ' '
          ) : (
            <Empty
              description={
                <>
                  <div>{t('list.emptyTitle')}</div>
                  <div>{filtered ? t('list.emptyFiltered') : t('list.emptyAll')}</div>
                </>
              }
            />
          ),
        }}
      />
    </>
  );
}
