// /training/sessions — sessions of the viewer's region by period, region and audience.
import { Button, Flex } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { MultiSelectFilter, RegionFilter } from '../../components/QueryFilters.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { useTrainingLabels } from './labels.js';
import { PeriodFilter } from './PeriodFilter.js';
import { useSessions } from './queries.js';
import { SessionTable } from './SessionTable.js';

export function SessionList() {
  const labels = useTrainingLabels();
  const { t } = labels;
  const { query, update, reset } = useUrlQuery();
  const list = useSessions(query);
  return (
    <>
      <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
        <RegionFilter value={query.region} placeholder={t('filter.region')} onChange={(region) => update({ region })} />
        <PeriodFilter query={query} onChange={update} />
        <MultiSelectFilter
          width={220}
          placeholder={t('filter.audience')}
          options={labels.audienceOptions}
          value={query.audience}
          onChange={(audience) => update({ audience })}
        />
        <Button onClick={() => reset()}>{t('filter.reset')}</Button>
      </Flex>
      <ErrorAlert error={list.error} />
      <SessionTable
        sessions={list.data?.items}
        loading={list.isFetching}
        pagination={{
          current: Number(query.page ?? 1),
          pageSize: 20,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
        }}
        onChange={(pagination) =>
          update({ page: pagination.current && pagination.current > 1 ? String(pagination.current) : undefined }, { keepPage: true })
        }
      />
    </>
  );
}
