// The region's make-up from GET /stats/breakdown: communities by number of organizations, organizations per
// category of the selected pack, and tiers. Clicking a category or a tier opens those organizations.
import type { StatsBreakdown } from '@linli/shared';
import type { EChartsCoreOption } from 'echarts/core';
import { Col, Row } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { EChart } from '../../../components/EChart.js';
import { useOrganizationLabels } from '../../organizations/labels.js';
import type { IndicatorLabels } from '../labels.js';
import { organizationsLink } from '../links.js';
import { ChartCard } from './ChartCard.js';
import { chartColor, palette } from './echarts-parts.js';

interface Props {
  breakdown: StatsBreakdown | undefined;
  loading: boolean;
  error: unknown;
  labels: IndicatorLabels;
}

const grid = { left: 8, right: 28, top: 16, bottom: 8, containLabel: true }; // right: room for the last axis label

export function DistributionChart({ breakdown, loading, error, labels }: Props) {
  const { t } = labels;
  const buckets = useMemo(() => breakdown?.distribution ?? [], [breakdown]);
  const option = useMemo<EChartsCoreOption>(
    () => ({
      color: [chartColor],
      grid: { ...grid, top: 36 }, // room for the axis name
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        axisLabel: { interval: 0 }, // six buckets: every one is named
        data: buckets.map((b) =>
          b.to === null
            ? t('charts.bucketOpen', { from: b.from })
            : b.to === 0
              ? t('charts.bucketZero')
              : t('charts.bucket', { from: b.from, to: b.to }),
        ),
      },
      yAxis: { type: 'value', minInterval: 1, name: t('charts.distributionAxis'), nameTextStyle: { align: 'left' } },
      series: [{ type: 'bar', name: t('charts.distributionAxis'), data: buckets.map((b) => b.communities), barMaxWidth: 40 }],
    }),
    [buckets, t],
  );
  const none = buckets.every((b) => b.communities === 0);
  return (
    <ChartCard title={t('charts.distribution')} loading={loading} error={error} empty={none ? t('charts.noCommunities') : undefined}>
      <EChart option={option} ariaLabel={t('charts.distribution')} />
    </ChartCard>
  );
}

export function CategoryChart({ breakdown, loading, error, labels, policy }: Props & { policy: string }) {
  const { t } = labels;
  const navigate = useNavigate();
  const items = useMemo(() => breakdown?.categories.find((c) => c.policy === policy)?.items ?? [], [breakdown, policy]);
  const option = useMemo<EChartsCoreOption>(() => {
    const reversed = [...items].reverse(); // ECharts draws the first category at the bottom
    return {
      color: [chartColor],
      grid: { ...grid, right: 40 }, // the value axis' last label is centred on the edge
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: reversed.map((item) => labels.text(item.name)),
        axisLabel: { width: labels.english ? 180 : 140, overflow: 'truncate' },
      },
      series: [
        { type: 'bar', name: t('charts.organizations'), data: reversed.map((item) => item.count), barMaxWidth: 24, cursor: 'pointer' },
      ],
    };
  }, [items, labels, t]);
  const height = Math.max(240, items.length * 32 + 40);
  const region = breakdown?.region.code ?? '';
  return (
    <ChartCard
      title={t('charts.categories')}
      extra={<span style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{t('charts.categoriesHint')}</span>}
      loading={loading}
      error={error}
      empty={items.length === 0 || breakdown?.active === 0 ? t('charts.noActive') : undefined}
    >
      <EChart
        option={option}
        height={height}
        ariaLabel={t('charts.categories')}
        onClick={({ dataIndex }) => {
          const item = items[items.length - 1 - dataIndex];
          if (item) navigate(organizationsLink(region, { serviceField: item.serviceFields }));
        }}
      />
    </ChartCard>
  );
}

export function TierChart({ breakdown, loading, error, labels }: Props) {
  const { t } = labels;
  const organizationLabels = useOrganizationLabels();
  const navigate = useNavigate();
  const tiers = useMemo(() => breakdown?.tiers ?? [], [breakdown]);
  const option = useMemo<EChartsCoreOption>(
    () => ({
      color: palette,
      tooltip: { trigger: 'item', formatter: labels.english ? '{b}: {c} ({d}%)' : '{b}：{c}（{d}%）' },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          radius: ['40%', '68%'],
          center: ['50%', '45%'],
          label: { formatter: '{c}' },
          cursor: 'pointer',
          data: tiers
            .filter((item) => item.count > 0)
            .map((item) => ({ name: organizationLabels.tier(item.tier), value: item.count, tier: item.tier })),
        },
      ],
    }),
    [tiers, organizationLabels, labels.english],
  );
  const region = breakdown?.region.code ?? '';
  return (
    <ChartCard title={t('charts.tiers')} loading={loading} error={error} empty={breakdown?.active === 0 ? t('charts.noActive') : undefined}>
      <EChart
        option={option}
        ariaLabel={t('charts.tiers')}
        onClick={({ dataIndex }) => {
          const item = tiers.filter((entry) => entry.count > 0)[dataIndex];
          if (item) navigate(organizationsLink(region, { tier: [item.tier] }));
        }}
      />
    </ChartCard>
  );
}

/** The four charts of a pack's tab: distribution and tiers, then the pack's categories and the trend. */
export function BreakdownCharts(props: Props & { policy: string; trend: ReactNode }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <DistributionChart {...props} />
      </Col>
      <Col xs={24} xl={12}>
        <TierChart {...props} />
      </Col>
      <Col xs={24} xl={12}>
        <CategoryChart {...props} />
      </Col>
      <Col xs={24} xl={12}>
        {props.trend}
      </Col>
    </Row>
  );
}
