// One adopted pack for one region: its indicator cards, the child-region table and the charts.
import type { PackResult, StatsIndicators } from '@linli/shared';
import { Card, Col, Row, Typography } from 'antd';
import { BreakdownCharts } from './charts/BreakdownCharts.js';
import { TrendChart } from './charts/TrendChart.js';
import { IndicatorCard } from './IndicatorCard.js';
import type { IndicatorLabels } from './labels.js';
import { ChildRegionTable } from './ChildRegionTable.js';
import { useBreakdown } from './queries.js';

interface Props {
  data: StatsIndicators;
  pack: PackResult;
  /** As asked in the URL (undefined: the actor's scope root) */
  region: string | undefined;
  labels: IndicatorLabels;
}

export function PackPanel({ data, pack, region, labels }: Props) {
  const { t } = labels;
  const breakdown = useBreakdown(region);
  const boundHere = pack.boundAt.code === data.region.code;
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {labels.text(pack.issuer)} · {pack.documentNumber} ·{' '}
        {boundHere
          ? t('pack.boundHere')
          : pack.boundAt.code === ''
            ? t('pack.boundCountry')
            : t('pack.boundAt', { region: pack.boundAt.name })}
      </Typography.Paragraph>
      <Row gutter={[16, 16]} style={{ marginBottom: 24 }}>
        {pack.indicators.map((indicator) => (
          <Col key={indicator.id} xs={24} md={12} xl={8} xxl={6}>
            <IndicatorCard indicator={indicator} labels={labels} region={data.region.code} documentNumber={pack.documentNumber} />
          </Col>
        ))}
      </Row>
      {data.childLevel !== null && (
        <Card size="small" title={t('table.title', { level: labels.level(data.childLevel) })} style={{ marginBottom: 24 }}>
          <ChildRegionTable pack={pack} childLevel={data.childLevel} labels={labels} />
        </Card>
      )}
      <BreakdownCharts
        policy={pack.id}
        breakdown={breakdown.data}
        loading={breakdown.isLoading}
        error={breakdown.error}
        labels={labels}
        trend={<TrendChart region={region} regionCode={data.region.code} pack={pack} labels={labels} />}
      />
    </>
  );
}

export function PackPanelSkeletonRow() {
  return (
    <Row gutter={[16, 16]}>
      {[0, 1, 2].map((i) => (
        <Col key={i} xs={24} md={12} xl={8}>
          <Card size="small" loading style={{ height: 150 }} />
        </Col>
      ))}
    </Row>
  );
}
