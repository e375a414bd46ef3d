// /training/attendance — every person-time of the viewer's region, filtered, and exported to Excel.
import type { TrainingAttendance } from '@linli/shared';
import { Button, Empty, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth.js';
import { formatDate } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { MultiSelectFilter, RegionFilter } from '../../components/QueryFilters.js';
import { ExportButton } from '../ledger/ExportButton.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { audienceColors, useTrainingLabels } from './labels.js';
import { PeriodFilter } from './PeriodFilter.js';
import { useAttendance } from './queries.js';

export function AttendanceList() {
  const labels = useTrainingLabels();
  const { t } = labels;
  const { query, update, reset } = useUrlQuery();
  const canExport = useCan('exports:create');
  const list = useAttendance(query);

  const columns: TableColumnsType<TrainingAttendance> = [
    { title: t('attendance.attendedAt'), dataIndex: 'attendedAt', width: 120, render: (at: string) => formatDate(at) },
    { title: t('sheet.name'), dataIndex: 'attendeeName', width: 110 },
    {
      title: t('sheet.audience'),
      dataIndex: 'audience',
      width: 170,
      render: (a: TrainingAttendance['audience']) => <Tag color={audienceColors[a]}>{labels.audience(a)}</Tag>,
    },
    { title: t('sheet.organization'), dataIndex: 'organizationName', render: (name: string | null) => name ?? t('common.none') },
    {
      title: t('attendance.course'),
      dataIndex: 'courseTitle',
      render: (title: string, row) => <Link to={`/training/sessions/${row.sessionId}`}>{title}</Link>,
    },
    { title: t('attendance.region'), dataIndex: 'regionName', width: 220 },
  ];

  return (
    <>
      <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
        <RegionFilter value={query.region} placeholder={t('filter.region')} onChange={(region) => update({ region })} />
        <PeriodFilter query={query} onChange={update} />
        <MultiSelectFilter
          width={220}
          placeholder={t('filter.audience')}
          options={labels.audienceOptions}
          value={query.audience}
          onChange={(audience) => update({ audience })}
        />
        <Button onClick={() => reset()}>{t('filter.reset')}</Button>
        {canExport && (
          <div style={{ marginInlineStart: 'auto' }}>
            <ExportButton list="training_attendance" query={query} />
          </div>
        )}
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<TrainingAttendance>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 1000 }}
        pagination={{
          current: Number(query.page ?? 1),
          pageSize: 20,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('attendance.total', { count: total }),
        }}
        onChange={(pagination) =>
          update({ page: pagination.current && pagination.current > 1 ? String(pagination.current) : undefined }, { keepPage: true })
        }
        locale={{ emptyText: list.isLoading ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attendance.empty')} /> }}
      />
    </>
  );
}
