// The filings of one organization, newest first, linking to each filing.
import type { Filing, Organization } from '@linli/shared';
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { filingStatusColors, useFilingLabels } from '../filings/labels.js';
import { useFilingList } from '../filings/queries.js';

export function OrganizationFilings({ organization }: { organization: Organization }) {
  const labels = useFilingLabels();
  const { t } = labels;
  const { t: o } = useTranslation('organizations');
  // organizationId narrows the list where the server supports it; q (the name) narrows it where it does not.
  const filings = useFilingList({ organizationId: organization.id, q: organization.name.slice(0, 50), pageSize: '50' });
  const items = (filings.data?.items ?? []).filter((filing) => filing.organizationId === organization.id);
  return (
    <Card title={o('detail.filings')}>
      <ErrorAlert error={filings.error} />
      <Table<Filing>
        rowKey="id"
        size="small"
        loading={filings.isLoading}
        pagination={false}
        dataSource={items}
        columns={[
          {
            title: t('field.kind'),
            dataIndex: 'kind',
            render: (kind: string, row) => <Link to={`/filings/${row.id}`}>{labels.kind(kind)}</Link>,
          },
          {
            title: t('field.status'),
            dataIndex: 'status',
            render: (status: string) => <Tag color={filingStatusColors[status]}>{labels.status(status)}</Tag>,
          },
          { title: t('field.submittedBy'), dataIndex: 'submittedByName', render: (name: string | null) => name ?? '—' },
          { title: t('field.submittedAt'), dataIndex: 'submittedAt', render: (at: string) => formatDateTime(at) },
          { title: t('field.filingNumber'), dataIndex: 'filingNumber', render: (value: string | null) => value ?? '—' },
        ]}
      />
    </Card>
  );
}
