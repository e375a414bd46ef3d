// /filings — all filings in the user's region, filtered through the URL; overdue rows in red.
import type { Filing } from '@linli/shared';
import { Button, Empty, Space, Table } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ExportButton } from '../ledger/ExportButton.js';
import { sortParamOf, useUrlQuery } from '../organizations/url-query.js';
import { FilingFilters } from './FilingFilters.js';
import { filingColumns, overdueRowClass, OverdueRowStyle } from './filing-columns.js';
import { useFilingLabels } from './labels.js';
import { useFilingList } from './queries.js';

const filterKeys = ['region', 'status', 'kind', 'overdue', 'q'];

export function FilingListPage() {
  const labels = useFilingLabels();
  const { t } = labels;
  const { query, update, reset } = useUrlQuery();
  const canSubmit = useCan('filings:submit');
  const canExport = useCan('exports:create');
  const list = useFilingList(query);
  const columns = useMemo(() => filingColumns(labels, { sort: query.sort ?? '-submittedAt', sortable: true }), [labels, query.sort]);
  const filtered = filterKeys.some((key) => query[key]);

  return (
    <>
      <OverdueRowStyle />
      <PageHeader
        title={t('title')}
        extra={
          <Space wrap>
            {canExport && <ExportButton list="filings" query={query} />}
            {canSubmit && (
              <Link to="/filings/new?kind=establish">
                <Button type="primary">{t('new')}</Button>
              </Link>
            )}
          </Space>
        }
      />
      <FilingFilters query={query} onChange={update} onReset={() => reset(['pageSize', 'sort'])} />
      <ErrorAlert error={list.error} />
      <Table<Filing>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        rowClassName={overdueRowClass}
        scroll={{ x: 1200 }}
        pagination={{
          current: Number(query.page ?? 1),
          pageSize: Number(query.pageSize ?? 20),
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('list.total', { count: total }),
        }}
        onChange={(pagination, _filters, sorter) => {
          const { field, order } = (Array.isArray(sorter) ? sorter[0] : sorter) as { field?: unknown; order?: 'ascend' | 'descend' | null };
          update(
            {
              page: pagination.current && pagination.current > 1 ? String(pagination.current) : undefined,
              pageSize: pagination.pageSize && pagination.pageSize !== 20 ? String(pagination.pageSize) : undefined,
              sort: sortParamOf(field, order),
            },
            { keepPage: true },
          );
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
