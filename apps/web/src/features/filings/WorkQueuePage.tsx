// /queue — the filings waiting for the current user's review or decision, oldest first.
import type { Filing } from '@linli/shared';
import { Empty, Table } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { filingColumns, overdueRowClass, OverdueRowStyle } from './filing-columns.js';
import { useFilingLabels } from './labels.js';
import { useFilingList } from './queries.js';

const refreshEveryMs = 60_000;

export function WorkQueuePage() {
  const labels = useFilingLabels();
  const { t } = labels;
  const [page, setPage] = useState({ current: 1, pageSize: 50 });
  const queue = useFilingList(
    { queue: 'mine', sort: 'statusSince', page: String(page.current), pageSize: String(page.pageSize) },
    { refetchInterval: refreshEveryMs },
  );
  const columns = useMemo(() => filingColumns(labels), [labels]);
  const total = queue.data?.total;

  return (
    <>
      <OverdueRowStyle />
      <PageHeader title={total === undefined ? t('queueTitle') : t('queueCount', { count: total })} />
      <ErrorAlert error={queue.error} />
      <Table<Filing>
        rowKey="id"
        columns={columns}
        dataSource={queue.data?.items}
        loading={queue.isLoading}
        rowClassName={overdueRowClass}
        scroll={{ x: 1200 }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: total ?? 0,
          hideOnSinglePage: true,
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
        locale={{
          emptyText: queue.isLoading ? (
            ' '
          ) : (
            <Empty
              description={
                <>
                  <div>{t('queue.empty')}</div>
                  <div>{t('queue.emptyHint')}</div>
                </>
              }
            />
          ),
        }}
      />
    </>
  );
}
