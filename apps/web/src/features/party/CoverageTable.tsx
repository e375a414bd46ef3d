// Party coverage of a region: its figures, and one row per child region (the region's own organizations apart).
// Used on the party pages and, as a figure without a target, on the dashboard.
import type { CoverageFigures, PartyCoverage } from '@linli/shared';
import { Button, Card, Col, Empty, Row, Statistic, Table, Tooltip, type TableColumnsType } from 'antd';
import { formatNumber } from '../../app/format.js';
import { usePartyLabels } from './labels.js';

type CoverageRow = CoverageFigures & { code: string; name: string; level: number; own?: boolean };

const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);

export function CoverageFiguresRow({ coverage }: { coverage: CoverageFigures }) {
  const { t } = usePartyLabels();
  const figures: [string, string | number][] = [
    [t('coverage.organizations'), coverage.organizations],
    [t('coverage.covered'), coverage.covered],
    [t('coverage.share'), percent(coverage.share)],
    [t('coverage.withPartyLeader'), coverage.withPartyLeader],
    [t('coverage.partyMembers'), coverage.partyMembers],
    [t('coverage.partyOrganizations'), coverage.partyOrganizations],
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {figures.map(([title, value]) => (
        <Col key={title} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={title} value={value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export function CoverageTable({ coverage, onDrill }: { coverage: PartyCoverage; onDrill: (code: string) => void }) {
  const labels = usePartyLabels();
  const { t } = labels;
  const ownRow: CoverageRow[] =
    coverage.own.organizations > 0 || coverage.own.partyOrganizations > 0
      ? [
          {
            ...coverage.own,
            code: coverage.region.code,
            name: `${coverage.region.name}（${t('coverage.own')}）`,
            level: coverage.region.level,
            own: true,
          },
        ]
      : [];
  const rows: CoverageRow[] = [...coverage.children, ...ownRow];
  const number = (key: keyof CoverageFigures) => ({
    dataIndex: key,
    width: labels.wide ? 150 : 110,
    align: 'right' as const,
    sorter: (a: CoverageRow, b: CoverageRow) => Number(a[key] ?? -1) - Number(b[key] ?? -1),
    render: (value: number) => formatNumber(value),
  });
  const columns: TableColumnsType<CoverageRow> = [
    {
      title: t('coverage.child'),
      dataIndex: 'name',
      fixed: 'left',
      width: 200,
      render: (name: string, row) =>
        row.own ? (
          <Tooltip title={t('coverage.ownHint')}>{name}</Tooltip>
        ) : row.level < 5 ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onDrill(row.code)}>
            {name}
          </Button>
        ) : (
          name
        ),
    },
    { title: t('coverage.organizations'), ...number('organizations') },
    { title: t('coverage.covered'), ...number('covered') },
    { title: t('coverage.share'), ...number('share'), defaultSortOrder: 'ascend', render: (share: number | null) => percent(share) },
    { title: t('coverage.withPartyLeader'), ...number('withPartyLeader') },
    { title: t('coverage.partyMembers'), ...number('partyMembers') },
    { title: t('coverage.partyOrganizations'), ...number('partyOrganizations') },
  ];
  return (
    <Table<CoverageRow>
      rowKey={(row) => (row.own ? `${row.code}-own` : row.code)}
      size="middle"
      columns={columns}
      dataSource={rows}
      scroll={{ x: 200 + 6 * (labels.wide ? 150 : 110) }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('coverage.empty')} /> }}
    />
  );
}
