// One indicator over the monthly snapshots (GET /stats/trend), with the target as a line and the deadline marked.
import type { IndicatorResult, PackResult } from '@linli/shared';
import { App, Button, Select } from 'antd';
import dayjs from 'dayjs';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo, useState } from 'react';
import { useCan } from '../../../app/auth.js';
import { EChart } from '../../../components/EChart.js';
import { statusColors, type IndicatorLabels } from '../labels.js';
import { useTakeSnapshot, useTrend } from '../queries.js';
import { ChartCard } from './ChartCard.js';
import { chartColor } from './echarts-parts.js';

interface Props {
  /** As asked in the URL (undefined: the actor's scope root) */
  region: string | undefined;
  /** As answered: where a snapshot is taken */
  regionCode: string;
  pack: PackResult;
  labels: IndicatorLabels;
}

// A deadline this far from the snapshots would squash them into a corner: then it is named, not drawn.
const DEADLINE_REACH_MONTHS = 36;

interface Point {
  takenOn: string;
  value: number | null;
  /** rebuilt afterwards from founding dates: drawn dashed */
  reconstructed: boolean;
}

function trendOption(indicator: IndicatorResult, points: Point[], labels: IndicatorLabels): EChartsCoreOption {
  const { t } = labels;
  const scale = (v: number) => (indicator.unit === 'share' ? Math.round(v * 1000) / 10 : v);
  const first = dayjs(points[0]?.takenOn);
  const last = dayjs(points[points.length - 1]?.takenOn);
  const deadline = indicator.deadline ? dayjs(indicator.deadline) : null;
  const drawDeadline =
    deadline !== null && deadline.diff(last, 'month') <= DEADLINE_REACH_MONTHS && first.diff(deadline, 'month') <= DEADLINE_REACH_MONTHS;
  const suffix = indicator.unit === 'share' ? '%' : '';
  const toData = (p: Point) => [p.takenOn, p.value === null ? null : scale(p.value)];
  const rebuilt = points.filter((p) => p.reconstructed);
  const taken = points.filter((p) => !p.reconstructed);
  return {
    color: [chartColor],
    grid: { left: 8, right: 56, top: rebuilt.length > 0 ? 52 : 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => (v === null || v === undefined ? '—' : `${v}${suffix}`) },
    xAxis: {
      type: 'time',
      min: drawDeadline && deadline!.isBefore(first) ? deadline!.valueOf() : undefined,
      max: drawDeadline && deadline!.isAfter(last) ? deadline!.valueOf() : undefined,
      axisLabel: { formatter: '{yyyy}-{MM}', hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: `{value}${suffix}` },
      min: 0,
      max: (range: { max: number }) => Math.max(range.max, scale(indicator.target)),
    },
    legend: rebuilt.length > 0 ? { top: 0, left: 0, data: [t('charts.snapshots'), t('charts.reconstructed')] } : undefined,
    series: [
      {
        type: 'line',
        name: t('charts.reconstructed'),
        data: rebuilt.map(toData),
        showSymbol: false,
        lineStyle: { type: 'dashed' },
        itemStyle: { color: chartColor },
      },
      {
        type: 'line',
        name: t('charts.snapshots'),
        // starts at the last rebuilt month so the two lines join
        data: [...rebuilt.slice(-1), ...taken].map(toData),
        showSymbol: taken.length < 40,
        itemStyle: { color: chartColor },
        markLine: {
          symbol: 'none',
          silent: true,
          data: [
            {
              yAxis: scale(indicator.target),
              name: t('charts.target'),
              lineStyle: { color: statusColors.met, type: 'dashed' },
              label: { formatter: `${t('charts.target')} ${scale(indicator.target)}${suffix}`, position: 'insideEndTop' },
            },
            ...(drawDeadline
              ? [
                  {
                    xAxis: indicator.deadline!,
                    name: t('charts.deadline'),
                    lineStyle: { color: statusColors.overdue, type: 'dashed' },
                    label: {
                      formatter: `${t('charts.deadline')} ${indicator.deadline}`,
                      position: 'end',
                      distance: 6,
                      // at an edge of the axis the label leans inward, so it is not cut off
                      align: deadline!.isBefore(first) ? 'left' : deadline!.isAfter(last) ? 'right' : 'center',
                    },
                  },
                ]
              : []),
          ],
        },
      },
    ],
  };
}

export function TrendChart({ region, regionCode, pack, labels }: Props) {
  const { t } = labels;
  const { message } = App.useApp();
  const canSnapshot = useCan('stats:snapshot');
  const withData = pack.indicators.filter((indicator) => indicator.noDataSource === null);
  const [chosen, setChosen] = useState<string | undefined>();
  const indicator = withData.find((i) => i.id === chosen) ?? withData[0];
  const trend = useTrend(region, pack.id);
  const snapshot = useTakeSnapshot(regionCode);

  const points = useMemo(
    () =>
      (trend.data?.points ?? []).map((p) => ({
        takenOn: p.takenOn,
        value: indicator ? (p.values[indicator.id]?.value ?? null) : null,
        reconstructed: p.reconstructed ?? false,
      })),
    [trend.data, indicator],
  );
  const option = useMemo(() => (indicator ? trendOption(indicator, points, labels) : {}), [indicator, points, labels]);

  const empty = !indicator ? (
    t('charts.trendNoData')
  ) : points.length === 0 ? (
    <>
      <div>{t('charts.trendEmpty')}</div>
      {canSnapshot && (
        <Button
          style={{ marginTop: 12 }}
          loading={snapshot.isPending}
          onClick={() => snapshot.mutate(undefined, { onSuccess: () => void message.success(t('charts.snapshotDone')) })}
        >
          {t('charts.snapshotNow')}
        </Button>
      )}
    </>
  ) : undefined;

  return (
    <ChartCard
      title={t('charts.trend')}
      extra={
        withData.length > 0 && (
          <Select
            size="small"
            aria-label={t('charts.trendIndicator')}
            style={{ width: 260, maxWidth: '50vw' }}
            value={indicator?.id}
            onChange={setChosen}
            options={withData.map((i) => ({ value: i.id, label: labels.text(i.name) }))}
          />
        )
      }
      loading={trend.isLoading}
      error={trend.error ?? snapshot.error}
      empty={empty}
    >
      <EChart option={option} height={300} ariaLabel={t('charts.trend')} />
    </ChartCard>
  );
}
