// /major-reports — 重大活动报告 for the offices: what waits for the viewer's level first, then every report of the
// region with filters and the export.
import type { MajorReportListItem } from '@linli/shared';
import { Button, Empty, Flex, Space, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime, formatNumber } from '../../app/format.js';
import { useCan } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { MultiSelectFilter, RegionFilter } from '../../components/QueryFilters.js';
import { ExportButton } from '../ledger/ExportButton.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { DecideReportModal } from './DecideReportModal.js';
import { reportStatusColors, useActivityLabels } from './labels.js';
import { useReportList } from './queries.js';

const refreshEveryMs = 60_000;
type Decision = { report: MajorReportListItem; decision: 'acknowledge' | 'return' };

function useColumns(onDecide: (decision: Decision) => void): TableColumnsType<MajorReportListItem> {
  const labels = useActivityLabels();
  const { t } = labels;
  return useMemo(
    () => [
      {
        title: t('queue.activity'),
        key: 'activity',
        fixed: 'left',
        width: 220,
        render: (_: unknown, row) => <Link to={`/activities/${row.activityId}`}>{row.activity.title}</Link>,
      },
      { title: t('queue.organization'), dataIndex: 'organizationName', key: 'organization', width: 200 },
      { title: t('queue.startsAt'), key: 'startsAt', width: 150, render: (_: unknown, row) => formatDateTime(row.activity.startsAt) },
      { title: t('field.kind'), key: 'kind', width: 110, render: (_: unknown, row) => labels.kind(row.activity.kind) },
      {
        title: t('queue.expected'),
        key: 'expected',
        width: 100,
        align: 'right',
        render: (_: unknown, row) => formatNumber(row.activity.expectedParticipants),
      },
      {
        title: t('queue.level'),
        dataIndex: 'level',
        key: 'level',
        width: labels.english ? 180 : 120,
        render: (level) => labels.level(level),
      },
      {
        title: t('queue.status'),
        key: 'status',
        width: labels.english ? 230 : 150,
        render: (_: unknown, row) => (
          <Space size={4} wrap>
            <Tag color={reportStatusColors[row.status]}>{labels.reportStatus(row.status)}</Tag>
            {row.late && <Tag color="red">{t('major.late')}</Tag>}
          </Space>
        ),
      },
      {
        title: t('queue.reportedAt'),
        key: 'reportedAt',
        width: 170,
        render: (_: unknown, row) => `${formatDateTime(row.reportedAt)} ${row.reportedByName ?? ''}`,
      },
      { title: t('field.region'), dataIndex: 'regionPath', key: 'region', width: 250 },
      {
        title: t('queue.actions'),
        key: 'actions',
        fixed: 'right',
        width: labels.english ? 200 : 140,
        render: (_: unknown, row) =>
          row.abilities.acknowledge || row.abilities.return ? (
            <Space size={4}>
              {row.abilities.acknowledge && (
                <Button size="small" type="primary" onClick={() => onDecide({ report: row, decision: 'acknowledge' })}>
                  {t('queue.acknowledge')}
                </Button>
              )}
              {row.abilities.return && (
                <Button size="small" onClick={() => onDecide({ report: row, decision: 'return' })}>
                  {t('queue.return')}
                </Button>
              )}
            </Space>
          ) : (
            '—'
          ),
      },
    ],
    [labels, t, onDecide],
  );
}

export function MajorReportsPage() {
  const labels = useActivityLabels();
  const { t } = labels;
  const { query, update, reset } = useUrlQuery();
  const canExport = useCan('exports:create');
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const tab = query.tab === 'all' ? 'all' : 'mine';
  const { tab: _tab, ...filters } = query;
  const mine = useReportList(
    { queue: 'mine', page: tab === 'mine' ? query.page : undefined, pageSize: '50' },
    { refetchInterval: refreshEveryMs },
  );
  const all = useReportList(filters);
  const shown = tab === 'mine' ? mine : all;
  const columns = useColumns(setDeciding);
  const page = Number(query.page ?? 1);

  const table = (emptyText: string, hint?: string) => (
    <Table<MajorReportListItem>
      rowKey="id"
      columns={columns}
      dataSource={shown.data?.items}
      loading={shown.isFetching}
      scroll={{ x: 1500 }}
      pagination={{
        current: page,
        pageSize: Number(tab === 'mine' ? 50 : (query.pageSize ?? 20)),
        total: shown.data?.total ?? 0,
        hideOnSinglePage: true,
        onChange: (current) => update({ page: current > 1 ? String(current) : undefined }, { keepPage: true }),
      }}
      locale={{
        emptyText: shown.isLoading ? (
          ' '
        ) : (
          <Empty
            description={
              <>
                <div>{emptyText}</div>
                {hint && <div>{hint}</div>}
              </>
            }
          />
        ),
      }}
    />
  );

  return (
    <>
      <PageHeader title={t('queue.title')} subTitle={t('queue.subTitle')} />
      <ErrorAlert error={shown.error} />
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          // each tab starts unfiltered
          reset();
          if (key === 'all') update({ tab: 'all' });
        }}
        items={[
          {
            key: 'mine',
            label: mine.data ? t('queue.mineCount', { count: mine.data.total }) : t('queue.mine'),
            children: table(t('queue.empty'), t('queue.emptyHint')),
          },
          {
            key: 'all',
            label: t('queue.all'),
            children: (
              <>
                <Flex wrap gap="small" align="center" justify="space-between" style={{ marginBottom: 16 }}>
                  <Flex wrap gap="small" align="center">
                    <RegionFilter value={query.region} onChange={(region) => update({ region })} />
                    <MultiSelectFilter
                      width={200}
                      placeholder={t('queue.filterStatus')}
                      options={labels.reportStatusOptions}
                      value={query.status}
                      onChange={(status) => update({ status })}
                    />
                    <MultiSelectFilter
                      width={200}
                      placeholder={t('queue.filterLevel')}
                      options={labels.levelOptions}
                      value={query.level}
                      onChange={(level) => update({ level })}
                    />
                    <Button onClick={() => reset(['tab'])}>{t('filter.reset')}</Button>
                  </Flex>
                  {canExport && <ExportButton list="major_activity_reports" query={filters} />}
                </Flex>
                {table(t('queue.emptyAll'))}
              </>
            ),
          },
        ]}
      />
      {deciding && <DecideReportModal report={deciding.report} decision={deciding.decision} onClose={() => setDeciding(null)} />}
    </>
  );
}
