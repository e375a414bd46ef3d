// Columns of the organization list table.
import type { Organization } from '@linli/shared';
import { Space, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../../app/format.js';
import { statusColors, tierColors, type useOrganizationLabels } from './labels.js';
import { sortOrderOf } from './url-query.js';

const visibleServiceFields = 3;

export function organizationColumns(
  labels: ReturnType<typeof useOrganizationLabels>,
  sort: string | undefined,
): TableColumnsType<Organization> {
  const { t } = labels;
  return [
    {
      title: t('field.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'name'),
      fixed: 'left',
      width: 190,
      render: (name: string, row) => <Link to={`/organizations/${row.id}`}>{name}</Link>,
    },
    {
      title: t('field.tier'),
      dataIndex: 'tier',
      key: 'tier',
      width: labels.wide ? 200 : 116,
      render: (tier: string) => <Tag color={tierColors[tier]}>{labels.tier(tier)}</Tag>,
    },
    { title: t('field.region'), dataIndex: 'regionPath', key: 'region', width: 180 },
    {
      title: t('field.serviceFields'),
      dataIndex: 'serviceFields',
      key: 'serviceFields',
      width: 190,
      render: (fields: string[]) => (
        <Space size={[0, 4]} wrap>
          {fields.slice(0, visibleServiceFields).map((field) => (
            // English labels are long: let a tag wrap inside the column instead of running into the next one.
            <Tag key={field} style={{ whiteSpace: 'normal', maxWidth: '100%' }}>
              {labels.serviceField(field)}
            </Tag>
          ))}
          {fields.length > visibleServiceFields && <Tag>+{fields.length - visibleServiceFields}</Tag>}
        </Space>
      ),
    },
    {
      title: t('field.leaderName'),
      key: 'leader',
      width: 116,
      render: (_value, row) => (
        <div>
          <div>{row.leaderName}</div>
          {row.leaderPhone && <Typography.Text type="secondary">{row.leaderPhone}</Typography.Text>}
        </div>
      ),
    },
    {
      title: t('field.memberCount'),
      dataIndex: 'memberCount',
      key: 'memberCount',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'memberCount'),
      align: 'right',
      width: 104,
    },
    {
      title: t('field.foundedOn'),
      dataIndex: 'foundedOn',
      key: 'foundedOn',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'foundedOn'),
      width: 110,
      render: (date: string | null) => (date ? formatDate(date) : '—'),
    },
    {
      title: t('field.status'),
      dataIndex: 'status',
      key: 'status',
      width: 86,
      render: (status: string) => <Tag color={statusColors[status]}>{labels.status(status)}</Tag>,
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
