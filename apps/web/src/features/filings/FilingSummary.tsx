// The filing's header data: kind, status, organization, region, who submitted it, deadline.
import type { FilingDetail } from '@linli/shared';
import { Descriptions, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../app/format.js';
import { OverdueTag } from './filing-columns.js';
import { filingStatusColors, useFilingLabels } from './labels.js';

export function FilingSummary({ filing }: { filing: FilingDetail }) {
  const labels = useFilingLabels();
  const { t } = labels;
  const dash = '—';
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'kind', label: t('field.kind'), children: labels.kind(filing.kind) },
        {
          key: 'status',
          label: t('field.status'),
          children: (
            <Space size={4}>
              <Tag color={filingStatusColors[filing.status]}>{labels.status(filing.status)}</Tag>
              <OverdueTag filing={filing} labels={labels} />
            </Space>
          ),
        },
        {
          key: 'organization',
          label: t('field.organization'),
          children: filing.organizationId ? (
            <Link to={`/organizations/${filing.organizationId}`}>{filing.organizationName}</Link>
          ) : (
            filing.organizationName
          ),
        },
        { key: 'region', label: t('field.region'), children: filing.regionPath },
        { key: 'submittedBy', label: t('field.submittedBy'), children: filing.submittedByName ?? dash },
        { key: 'submittedAt', label: t('field.submittedAt'), children: formatDateTime(filing.submittedAt) },
        { key: 'statusSince', label: t('field.statusSince'), children: formatDateTime(filing.statusSince) },
        {
          key: 'dueAt',
          label: t('field.dueAt'),
          children: filing.dueAt ? <span style={filing.overdue ? { color: '#cf1322' } : undefined}>{formatDate(filing.dueAt)}</span> : dash,
        },
        { key: 'filingNumber', label: t('field.filingNumber'), children: filing.filingNumber ?? dash },
      ]}
    />
  );
}
