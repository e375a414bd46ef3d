// /volunteering/records — the confirmed service records of the office's region (a leader: their organizations'),
// by region and period, newest first; exports to Excel.
import type { ServiceRecord } from '@linli/shared';
import { Button, DatePicker, Empty, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.js';
import { useCan } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RegionPicker } from '../../components/RegionPicker.js';
import { ExportButton } from '../ledger/ExportButton.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { hoursText, timeRange } from './format.js';
import { useServiceRecords } from './queries.js';

export function ServiceRecordsPage() {
  const { t } = useTranslation('volunteering');
  const { query, update, reset } = useUrlQuery();
  const canExport = useCan('exports:create');
  const isStaff = useCan('volunteers:read');
  const records = useServiceRecords(query);
  const page = Number(query.page ?? 1);
  const pageSize = Number(query.pageSize ?? 20);

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          {isStaff && <RegionPicker value={query.region} onChange={(region) => update({ region })} allowClear style={{ width: 280 }} />}
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
            onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
          />
          <Button onClick={() => reset()}>{t('action.reset')}</Button>
        </Space>
        {canExport && <ExportButton list="service_records" query={query} />}
      </Space>
      <ErrorAlert error={records.error} />
      <Table<ServiceRecord>
        rowKey="id"
        loading={records.isFetching}
        dataSource={records.data?.items}
        scroll={{ x: 1500 }}
        pagination={{
          current: page,
          pageSize,
          total: records.data?.total ?? 0,
          showTotal: (total) => t('list.total', { count: total }),
          onChange: (next, size) =>
            update({ page: next > 1 ? String(next) : undefined, pageSize: size !== 20 ? String(size) : undefined }, { keepPage: true }),
        }}
        locale={{ emptyText: records.isLoading ? ' ' : <Empty /> }}
        columns={[
          { title: t('field.volunteer'), dataIndex: 'volunteerName', width: 100 },
          { title: t('field.time'), key: 'time', width: 220, render: (_, r) => timeRange(r.startedAt, r.endedAt) },
          { title: t('field.content'), dataIndex: 'content', width: 240 },
          { title: t('field.organization'), dataIndex: 'organizationName', width: 180 },
          { title: t('field.region'), dataIndex: 'regionPath' },
          { title: t('field.serviceHours'), dataIndex: 'hours', width: 130, align: 'right', render: hoursText },
          { title: t('field.earned'), dataIndex: 'points', width: 90, align: 'right' },
          { title: t('field.confirmedBy'), dataIndex: 'confirmedByName', width: 100 },
          { title: t('field.confirmedAt'), dataIndex: 'confirmedAt', width: 150, render: (v: string) => formatDateTime(v) },
        ]}
      />
    </>
  );
}
