// What a re-tagging would do: the organizations it touches and, per pack, each category's count before and after.
import type { RetaggingPreview } from '@linli/shared';
import { Card, Col, Row, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format.js';
import { useIndicatorLabels } from '../dashboard/labels.js';

type Item = RetaggingPreview['categories'][number]['items'][number];

export function RetaggingPreviewView({ preview }: { preview: RetaggingPreview }) {
  const { t } = useTranslation('policies');
  const labels = useIndicatorLabels();
  const columns: TableColumnsType<Item> = [
    { title: t('retag.category'), dataIndex: 'name', render: (_: unknown, item) => labels.text(item.name) },
    { title: t('retag.before'), dataIndex: 'before', align: 'right', width: 90, render: (n: number) => formatNumber(n) },
    { title: t('retag.after'), dataIndex: 'after', align: 'right', width: 90, render: (n: number) => formatNumber(n) },
    {
      title: t('retag.change'),
      key: 'change',
      align: 'right',
      width: 90,
      render: (_: unknown, item) => {
        const change = item.after - item.before;
        if (change === 0) return <Typography.Text type="secondary">0</Typography.Text>;
        return (
          <Typography.Text type={change > 0 ? 'success' : 'danger'}>
            {change > 0 ? `+${formatNumber(change)}` : formatNumber(change)}
          </Typography.Text>
        );
      },
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {preview.categories.map((pack) => (
        <Col key={pack.policy} xs={24} xl={12}>
          <Card size="small" title={labels.text(pack.title)}>
            <Table<Item>
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={pack.items}
              pagination={false}
              rowClassName={(item) => (item.after !== item.before ? 'ant-table-row-selected' : '')}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
