// /training/person-times — person-times of a region and period: in total, per audience, and per child region
// (a region's own courses apart). A child's name goes one level down.
import { trainingAudiences, type PersonTimes } from '@linli/shared';
import { Button, Card, Col, Empty, Flex, Row, Statistic, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { formatNumber } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RegionFilter } from '../../components/QueryFilters.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { useTrainingLabels } from './labels.js';
import { PeriodFilter } from './PeriodFilter.js';
import { usePersonTimes } from './queries.js';

type ChildRow = PersonTimes['children'][number];

export function PersonTimesView() {
  const labels = useTrainingLabels();
  const { t } = labels;
  const { query, update, reset } = useUrlQuery();
  const result = usePersonTimes({ region: query.region, from: query.from, to: query.to });
  const data = result.data;

  const columns: TableColumnsType<ChildRow> = [
    {
      title: t('personTimes.child'),
      dataIndex: 'name',
      fixed: 'left',
      width: 180,
      render: (name: string, row) =>
        row.level < 5 ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => update({ region: row.code })}>
            {name}
          </Button>
        ) : (
          name
        ),
    },
    {
      title: t('personTimes.total'),
      dataIndex: 'total',
      width: 130,
      align: 'right',
      sorter: (a, b) => a.total - b.total,
      defaultSortOrder: 'descend',
      render: (n: number) => <strong>{formatNumber(n)}</strong>,
    },
    ...trainingAudiences.map((audience) => ({
      title: labels.audience(audience),
      key: audience,
      width: labels.wide ? 190 : 130,
      align: 'right' as const,
      render: (_: unknown, row: ChildRow) => formatNumber(row.byAudience[audience]),
    })),
  ];

  return (
    <>
      <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
        <RegionFilter value={query.region} placeholder={t('filter.region')} onChange={(region) => update({ region })} />
        <PeriodFilter query={query} onChange={update} />
        <Button onClick={() => reset()}>{t('filter.reset')}</Button>
      </Flex>
      <ErrorAlert error={result.error} />
      {data && (
        <>
          <Typography.Paragraph type="secondary">
            {t('personTimes.periodLine', {
              region: data.region.name,
              period: data.from || data.to ? `${data.from ?? '…'} ~ ${data.to ?? '…'}` : t('personTimes.allTime'),
            })}
          </Typography.Paragraph>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title={t('personTimes.total')} value={data.total} />
              </Card>
            </Col>
            {trainingAudiences.map((audience) => (
              <Col key={audience} xs={12} md={8} xl={4}>
                <Card size="small">
                  <Statistic title={labels.audience(audience)} value={data.byAudience[audience]} />
                </Card>
              </Col>
            ))}
            <Col xs={12} md={8} xl={4}>
              <Card size="small">
                <Tooltip title={t('personTimes.ownHint')}>
                  <Statistic title={t('personTimes.own')} value={data.own.total} />
                </Tooltip>
              </Card>
            </Col>
          </Row>
          {data.childLevel !== null && (
            <Card
              size="small"
              title={t('personTimes.byRegion')}
              extra={<Typography.Text type="secondary">{t('personTimes.drill')}</Typography.Text>}
            >
              <Table<ChildRow>
                rowKey="code"
                size="middle"
                columns={columns}
                dataSource={data.children}
                scroll={{ x: 180 + 130 + trainingAudiences.length * (labels.wide ? 190 : 130) }}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('personTimes.empty')} /> }}
              />
            </Card>
          )}
        </>
      )}
    </>
  );
}
