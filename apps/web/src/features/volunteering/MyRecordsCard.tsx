// The volunteer's confirmed service records, newest first (GET /volunteers/me/records).
import type { ServiceRecord } from '@linli/shared';
import { Card, Empty, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDateTime } from '../../app/format.js';
import { hoursText, timeRange } from './format.js';
import { useMyRecords } from './queries.js';

export function MyRecordsCard() {
  const { t } = useTranslation('volunteering');
  const [page, setPage] = useState(1);
  const records = useMyRecords(page, true);
  return (
    <Card title={t('me.records')} style={{ marginBottom: 16 }}>
      <ErrorAlert error={records.error} />
      <Table<ServiceRecord>
        rowKey="id"
        size="small"
        loading={records.isFetching}
        dataSource={records.data?.items}
        scroll={{ x: 1150 }}
        pagination={{
          current: page,
          pageSize: 10,
          total: records.data?.total ?? 0,
          onChange: setPage,
          showTotal: (total) => t('list.total', { count: total }),
        }}
        locale={{ emptyText: records.isLoading ? ' ' : <Empty description={t('me.noRecords')} /> }}
        columns={[
          { title: t('field.time'), key: 'time', width: 220, render: (_, r) => timeRange(r.startedAt, r.endedAt) },
          { title: t('field.content'), dataIndex: 'content', width: 240 },
          { title: t('field.organization'), dataIndex: 'organizationName', width: 180 },
          { title: t('field.place'), dataIndex: 'place', width: 160, render: (place: string) => place || '—' },
          { title: t('field.serviceHours'), dataIndex: 'hours', width: 130, align: 'right', render: hoursText },
          { title: t('field.earned'), dataIndex: 'points', width: 90, align: 'right' },
          { title: t('field.confirmedBy'), dataIndex: 'confirmedByName', width: 100 },
          { title: t('field.confirmedAt'), dataIndex: 'confirmedAt', width: 150, render: (v: string) => formatDateTime(v) },
        ]}
      />
    </Card>
  );
}
