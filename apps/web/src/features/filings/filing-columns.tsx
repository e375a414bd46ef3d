// Columns shared by the filing list and the work queue; overdue filings carry a red 逾期 tag.
import type { Filing } from '@linli/shared';
import { Space, Tag, Typography, theme, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../app/format.js';
import { sortOrderOf } from '../organizations/url-query.js';
import { filingStatusColors, type useFilingLabels } from './labels.js';

type Labels = ReturnType<typeof useFilingLabels>;

export function OverdueTag({ filing, labels }: { filing: Pick<Filing, 'overdue' | 'dueAt'>; labels: Labels }) {
  if (!filing.overdue) return null;
  return (
    <Tag color="red" title={filing.dueAt ? labels.t('dueBy', { date: formatDate(filing.dueAt) }) : undefined}>
      {labels.t('overdue')}
    </Tag>
  );
}

export function filingColumns(labels: Labels, options: { sort?: string; sortable?: boolean } = {}): TableColumnsType<Filing> {
  const { t } = labels;
  return [
    {
      title: t('field.organization'),
      dataIndex: 'organizationName',
      key: 'organization',
      fixed: 'left',
      width: 200,
      render: (name: string, row) => (
        <Space size={4} wrap>
          <Link to={`/filings/${row.id}`}>{name}</Link>
          <OverdueTag filing={row} labels={labels} />
        </Space>
      ),
    },
    { title: t('field.kind'), dataIndex: 'kind', key: 'kind', width: labels.wide ? 130 : 100, render: (kind: string) => labels.kind(kind) },
    {
      title: t('field.status'),
      dataIndex: 'status',
      key: 'status',
      width: labels.wide ? 220 : 140,
      render: (status: string) => <Tag color={filingStatusColors[status]}>{labels.status(status)}</Tag>,
    },
    { title: t('field.region'), dataIndex: 'regionPath', key: 'region', width: 190 },
    {
      title: t('field.submittedBy'),
      dataIndex: 'submittedByName',
      key: 'submittedBy',
      width: 110,
      render: (name: string | null) => name ?? '—',
    },
    {
      title: t('field.submittedAt'),
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      width: 160,
      sorter: options.sortable,
      sortOrder: options.sortable ? sortOrderOf(options.sort, 'submittedAt') : undefined,
      render: (at: string) => formatDateTime(at),
    },
    {
      title: t('field.dueAt'),
      dataIndex: 'dueAt',
      key: 'dueAt',
      width: 110,
      render: (dueAt: string | null, row) =>
        dueAt ? <Typography.Text type={row.overdue ? 'danger' : undefined}>{formatDate(dueAt)}</Typography.Text> : '—',
    },
    {
      title: t('field.filingNumber'),
      dataIndex: 'filingNumber',
      key: 'filingNumber',
      width: 220,
      render: (value: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{value ?? '—'}</span>,
    },
  ];
}

export const overdueRowClass = (row: Filing) => (row.overdue ? 'filing-overdue-row' : '');

/** Red rows for overdue filings, in the theme's error colours (inline, so the feature needs no stylesheet). */
export function OverdueRowStyle() {
  const { token } = theme.useToken();
  return (
    <style>{`.filing-overdue-row > td { background: ${token.colorErrorBg} !important; }
.filing-overdue-row:hover > td { background: ${token.colorErrorBgHover} !important; }`}</style>
  );
}
