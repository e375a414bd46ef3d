// /party/coverage — party coverage of a region (?region=, default the viewer's own), its child regions one click down.
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RegionFilter } from '../../components/QueryFilters.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { CoverageFiguresRow, CoverageTable } from './CoverageTable.js';
import { usePartyLabels } from './labels.js';
import { usePartyCoverage } from './queries.js';

export function CoverageView() {
  const { t } = usePartyLabels();
  const { query, update, reset } = useUrlQuery();
  const coverage = usePartyCoverage(query.region);
  const data = coverage.data;
  return (
    <>
      <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
        <RegionFilter value={query.region} placeholder={t('filter.region')} onChange={(region) => update({ region })} />
        <Button onClick={() => reset()}>{t('filter.reset')}</Button>
      </Flex>
      <Alert type="info" showIcon title={t('coverage.noTarget')} style={{ marginBottom: 16 }} />
      <ErrorAlert error={coverage.error} />
      {data && (
        <>
          <Typography.Title level={5}>
            {t('coverage.title')} · {data.region.name}
          </Typography.Title>
          <CoverageFiguresRow coverage={data} />
          {data.childLevel !== null && (
            <Card size="small" extra={<Typography.Text type="secondary">{t('coverage.drill')}</Typography.Text>}>
              <CoverageTable coverage={data} onDrill={(code) => update({ region: code })} />
            </Card>
          )}
        </>
      )}
    </>
  );
}
