// The rows of a checked ledger with one outcome, a page at a time: errors name the file's column and the
// problem, updates list each changed field as 原值 → 新值 (personal data already masked by the server).
import type { ImportRow, RowOutcome } from '@linli/shared';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import type { LedgerLabels } from './labels.js';
import { useImportRows } from './queries.js';

const lines = { margin: 0, paddingInlineStart: 0, listStyle: 'none' } as const;

function columnsOf(labels: LedgerLabels, outcome: RowOutcome): TableColumnsType<ImportRow> {
  const { t, column, value } = labels;
  const columns: TableColumnsType<ImportRow> = [
    { title: t('check.rowNumber'), dataIndex: 'rowNumber', width: 80 },
    {
      title: t('check.name'),
      dataIndex: 'name',
      width: 260,
      render: (name: string, row) =>
        row.organizationId ? (
          <Link to={`/organizations/${row.organizationId}`}>{name || t('check.emptyValue')}</Link>
        ) : (
          name || t('check.emptyValue')
        ),
    },
    { title: t('check.community'), dataIndex: 'community', width: 180, render: (community: string) => community || t('check.emptyValue') },
  ];
  if (outcome === 'error')
    columns.push({
      title: t('check.problems'),
      key: 'errors',
      render: (_, row) => (
        <ul style={lines}>
          {row.errors.map((error, index) => (
            <li key={index}>
              <Typography.Text type="danger">{t('check.problem', { column: error.column, message: error.message })}</Typography.Text>
            </li>
          ))}
        </ul>
      ),
    });
  if (outcome === 'update')
    columns.push({
      title: t('check.changes'),
      key: 'changes',
      render: (_, row) => (
        <ul style={lines}>
          {Object.entries(row.changes).map(([field, change]) => (
            <li key={field}>
              <Typography.Text strong>{column(field)}</Typography.Text>
              {`: ${value(field, change.from)} → ${value(field, change.to)}`}
            </li>
          ))}
        </ul>
      ),
    });
  return columns;
}

export function ImportRowsTable({ importId, outcome, labels }: { importId: string; outcome: RowOutcome; labels: LedgerLabels }) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const rows = useImportRows(importId, outcome, page, pageSize, true);
  return (
    <>
      <ErrorAlert error={rows.error} />
      <Table<ImportRow>
        rowKey="rowNumber"
        size="small"
        columns={columnsOf(labels, outcome)}
        dataSource={rows.data?.items}
        loading={rows.isFetching}
        scroll={{ x: 900 }}
        locale={{ emptyText: rows.isLoading ? ' ' : labels.t('check.noRows') }}
        pagination={{
          current: page,
          pageSize,
          total: rows.data?.total ?? 0,
          showSizeChanger: true,
          hideOnSinglePage: true,
          onChange: (next, size) => {
            setPage(size === pageSize ? next : 1);
            setPageSize(size);
          },
        }}
      />
    </>
  );
}
