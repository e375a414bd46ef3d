// The drill-down table: one row per child region, one column per indicator with data, behind-target first.
// Every name and figure leads one level down; below a street (rows are communities) the figures lead to
// the organization list that makes them.
import type { ChildRegionRow, IndicatorResult, IndicatorValue, PackResult } from '@linli/shared';
import { Empty, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { statusColors, type IndicatorLabels } from './labels.js';
import { attendanceLink, dashboardLink, organizationsLink } from './links.js';

interface Props {
  pack: PackResult;
  childLevel: number | null;
  labels: IndicatorLabels;
}

const COMMUNITY = 5;
// null values (nothing to divide by) sort below every number
const byValue = (id: string) => (a: ChildRegionRow, b: ChildRegionRow) =>
  (a.values[id]?.value ?? -Infinity) - (b.values[id]?.value ?? -Infinity);

function ValueCell({ row, indicator, pack, childLevel, labels }: { row: ChildRegionRow; indicator: IndicatorResult } & Props) {
  const value: IndicatorValue | undefined = row.values[indicator.id];
  if (!value || value.value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const text = labels.bare(value.value, indicator.unit) + (indicator.unit === 'share' ? '%' : '');
  const to =
    childLevel === COMMUNITY && indicator.organizations
      ? organizationsLink(row.code, indicator.organizations)
      : childLevel === COMMUNITY && indicator.training
        ? attendanceLink(row.code, indicator.training)
        : dashboardLink(row.code, pack.id);
  return (
    <Tooltip title={`${labels.status(value.status)} · ${labels.fraction({ ...indicator, ...value })}`}>
      <Link to={to} style={{ color: statusColors[value.status], fontWeight: 500 }} data-status={value.status}>
        {text}
      </Link>
    </Tooltip>
  );
}

export function ChildRegionTable({ pack, childLevel, labels }: Props) {
  const { t } = labels;
  const withData = pack.indicators.filter((indicator) => indicator.noDataSource === null);
  const columns: TableColumnsType<ChildRegionRow> = [
    {
      title: t('table.name'),
      dataIndex: 'name',
      fixed: 'left',
      width: 160,
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (name: string, row) => <Link to={dashboardLink(row.code, pack.id)}>{name}</Link>,
    },
    {
      title: <Tooltip title={t('table.behindTip')}>{t('table.behind')}</Tooltip>,
      dataIndex: 'behind',
      width: 110,
      align: 'center',
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.behind - b.behind,
      render: (behind: number) => (behind > 0 ? <Tag color="orange">{behind}</Tag> : <Tag color="green">{t('table.allMet')}</Tag>),
    },
    ...withData.map((indicator) => ({
      key: indicator.id,
      title: (
        <Tooltip title={labels.target(indicator)}>
          <span>{labels.text(indicator.name)}</span>
        </Tooltip>
      ),
      width: labels.english ? 190 : 150,
      align: 'right' as const,
      sorter: byValue(indicator.id),
      render: (_: unknown, row: ChildRegionRow) => (
        <ValueCell row={row} indicator={indicator} pack={pack} childLevel={childLevel} labels={labels} />
      ),
    })),
  ];

  const hint = childLevel === COMMUNITY ? t('table.linkToOrganizations') : t('table.linkToChild');
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8, fontSize: 12 }}>
        {withData.length === 0 ? t('table.noIndicatorWithData') : hint}
      </Typography.Paragraph>
      <Table<ChildRegionRow>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={pack.children}
        scroll={{ x: 270 + withData.length * (labels.english ? 190 : 150) }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('table.empty')} /> }}
      />
    </>
  );
}
