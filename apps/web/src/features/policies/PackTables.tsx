// The taxonomy and the indicators of one pack, each row with the clause it comes from.
import type { Indicator, Pack, TaxonomyCategory } from '@linli/shared';
import { Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format.js';
import { useIndicatorLabels } from '../dashboard/labels.js';
import { useOrganizationLabels } from '../organizations/labels.js';
import { useDescribeIndicator } from './describe-indicator.js';

function Clause({ pack, citation }: { pack: Pack; citation: { file: string; clause: string } }) {
  const labels = useIndicatorLabels();
  return (
    <Tooltip title={citation.file}>
      <Typography.Text style={{ whiteSpace: 'nowrap' }}>
        {citation.file === pack.source.file ? '' : `${citation.file} `}
        {labels.clause(citation.clause)}
      </Typography.Text>
    </Tooltip>
  );
}

export function TaxonomyTable({ pack }: { pack: Pack }) {
  const { t } = useTranslation('policies');
  const labels = useIndicatorLabels();
  const organizationLabels = useOrganizationLabels();
  const columns: TableColumnsType<TaxonomyCategory> = [
    {
      title: t('detail.category'),
      dataIndex: 'name',
      width: 220,
      render: (_: unknown, category) => (
        <>
          {labels.text(category.name)} {category.priority && <Tag color="gold">{t('detail.priority')}</Tag>}
        </>
      ),
    },
    {
      title: t('detail.fields'),
      dataIndex: 'fields',
      render: (fields: string[]) => fields.map((field) => <Tag key={field}>{organizationLabels.serviceField(field)}</Tag>),
    },
    {
      title: t('detail.citation'),
      dataIndex: 'citation',
      width: 110,
      render: (_: unknown, c) => <Clause pack={pack} citation={c.citation} />,
    },
  ];
  return (
    <Table<TaxonomyCategory> rowKey="id" size="small" columns={columns} dataSource={pack.taxonomy} pagination={false} scroll={{ x: 720 }} />
  );
}

export function IndicatorTable({ pack }: { pack: Pack }) {
  const { t } = useTranslation('policies');
  const labels = useIndicatorLabels();
  const describe = useDescribeIndicator(pack);
  const columns: TableColumnsType<Indicator> = [
    {
      title: t('detail.indicator'),
      dataIndex: 'name',
      width: 260,
      render: (_: unknown, indicator) => (
        <>
          <div>{labels.text(indicator.name)}</div>
          {indicator.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {labels.text(indicator.note)}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: t('detail.kind'), dataIndex: 'kind', width: 120, render: (_: unknown, indicator) => describe(indicator).kind },
    {
      title: t('detail.params'),
      key: 'params',
      width: 240,
      render: (_: unknown, indicator) => describe(indicator).params.map((part) => <div key={part}>{part}</div>),
    },
    { title: t('detail.target'), key: 'target', width: 150, render: (_: unknown, indicator) => describe(indicator).target },
    { title: t('detail.deadline'), dataIndex: 'deadline', width: 110, render: (value?: string) => formatDate(value) },
    {
      title: t('detail.judgedAt'),
      dataIndex: 'judgedAt',
      width: 120,
      render: (level: number) => labels.level(level) || labels.t('country'),
    },
    {
      title: t('detail.citation'),
      dataIndex: 'citation',
      width: 110,
      render: (_: unknown, i) => <Clause pack={pack} citation={i.citation} />,
    },
  ];
  return (
    <Table<Indicator> rowKey="id" size="small" columns={columns} dataSource={pack.indicators} pagination={false} scroll={{ x: 1110 }} />
  );
}
