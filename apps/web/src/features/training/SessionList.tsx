// /training/sessions — sessions of the viewer's region by period, region and audience.
import { Button, Flex, Select } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RegionPicker } from '../../components/RegionPicker.js';
import { csv, toCsv, useUrlQuery } from '../organizations/url-query.js';
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
        <div style={{ minWidth: 240 }}>
          <RegionPicker
            style={{ width: '100%' }}
            value={query.region}
            placeholder={t('filter.region')}
            onChange={(code) => update({ region: code ?? undefined })}
          />
        </div>
        <PeriodFilter query={query} onChange={update} />
        <Select
          mode="multiple"
          allowClear
          maxTagCount={1}
          style={{ width: 220 }}
          placeholder={t('filter.audience')}
          options={labels.audienceOptions}
          value={csv(query.audience)}
          onChange={(values: string[]) => update({ audience: toCsv(values) })}
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
