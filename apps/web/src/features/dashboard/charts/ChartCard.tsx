// A chart's frame: title, optional control, a skeleton while loading, an error, or an empty state that says why.
import { Card, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert.js';

interface Props {
  title: ReactNode;
  extra?: ReactNode;
  loading?: boolean;
  error?: unknown;
  /** When set, shown in place of the chart. */
  empty?: ReactNode;
  children?: ReactNode;
}

export function ChartCard({ title, extra, loading, error, empty, children }: Props) {
  return (
    <Card size="small" title={title} extra={extra} style={{ height: '100%' }}>
      {loading ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} style={{ paddingBlock: 48, margin: 0 }} />
      ) : (
        children
      )}
    </Card>
  );
}
