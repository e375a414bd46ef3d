// Party coverage on the dashboard: a figure without a target (no seed sets one; docs/decisions/0018), for the
// region shown, with its child regions one click down the dashboard.
import { Button, Card, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useCan } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { CoverageFiguresRow, CoverageTable } from '../party/CoverageTable.js';
import { usePartyCoverage } from '../party/queries.js';
import type { IndicatorLabels } from './labels.js';
import { dashboardLink } from './links.js';

export function PartyCoverageCard({
  region,
  policy,
  labels,
}: {
  region: string | undefined;
  policy: string | undefined;
  labels: IndicatorLabels;
}) {
  const { t } = labels;
  const navigate = useNavigate();
  const canRead = useCan('party:read');
  const coverage = usePartyCoverage(region);
  const data = coverage.data;
  return (
    <Card
      title={t('partyCoverage.title')}
      loading={coverage.isLoading}
      style={{ marginTop: 24 }}
      extra={
        canRead && (
          <Link to={`/party/coverage${region ? `?region=${region}` : ''}`}>
            <Button size="small">{t('partyCoverage.open')}</Button>
          </Link>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('partyCoverage.hint')}
      </Typography.Paragraph>
      <ErrorAlert error={coverage.error} />
      {data && (
        <>
          <CoverageFiguresRow coverage={data} />
          {data.childLevel !== null && <CoverageTable coverage={data} onDrill={(code) => navigate(dashboardLink(code, policy))} />}
        </>
      )}
    </Card>
  );
}
