// /organizations — the registry: server-side paginated, sorted and filtered; filters live in the URL.
import type { Organization } from '@linli/shared';
import { Button, Empty, Space, Table } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ExportButton } from '../ledger/ExportButton.js';
import { ImportLedgerButton } from '../ledger/ImportLedgerButton.js';
import { OrganizationFilters } from './OrganizationFilters.js';
import { organizationColumns } from './organization-columns.js';
import { useOrganizationLabels } from './labels.js';
import { useOrganizationList } from './queries.js';
import { sortParamOf, useUrlQuery } from './url-query.js';

const filterKeys = ['region', 'tier', 'status', 'serviceField', 'isBrand', 'isDemonstration', 'isObservationPoint', 'q'];

export function OrganizationListPage() {
  const labels = useOrganizationLabels();
  const { t } = labels;
  const { query, update, reset } = useUrlQuery();
  const canCreate = useCan('organizations:create');
  const canFile = useCan('filings:submit');
  const canExport = useCan('exports:create');
  const list = useOrganizationList(query);
  const columns = useMemo(() => organizationColumns(labels, query.sort), [labels, query.sort]);
  const filtered = filterKeys.some((key) => query[key]);
  const page = Number(query.page ?? 1);
  const pageSize = Number(query.pageSize ?? 20);

  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <Space wrap>
            {canExport && <ExportButton list="organizations" query={query} />}
            <ImportLedgerButton region={query.region} />
            {canFile && (
              <Link to="/filings/new?kind=establish">
                <Button>{t('fileEstablish')}</Button>
              </Link>
            )}
            {canCreate && (
              <Link to="/organizations/new">
                <Button type="primary">{t('new')}</Button>
              </Link>
            )}
          </Space>
        }
      />
      <OrganizationFilters query={query} onChange={update} onReset={() => reset(['pageSize', 'sort'])} />
      <ErrorAlert error={list.error} />
      <Table<Organization>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 1250 }}
        pagination={{
          current: page,
          pageSize,
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
