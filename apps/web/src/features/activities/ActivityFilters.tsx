// Filter bar of the activity list; every filter is a URL query parameter named as the API's.
import { Button, DatePicker, Flex, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { KeywordFilter, MultiSelectFilter, RegionFilter } from '../../components/QueryFilters.js';
import type { UrlQuery } from '../organizations/url-query.js';
import { OrganizationSelect } from './OrganizationSelect.js';
import { useActivityLabels } from './labels.js';
import { useActivitySeries } from './queries.js';

interface Props {
  query: UrlQuery;
  /** The viewer's region: the series its packs offer fill the series filter */
  region: string | undefined;
  onChange: (patch: UrlQuery) => void;
  onReset: () => void;
}

export function ActivityFilters({ query, region, onChange, onReset }: Props) {
  const labels = useActivityLabels();
  const { t } = labels;
  const series = useActivitySeries(region);
  const period: [Dayjs | null, Dayjs | null] = [query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null];

  return (
    <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
      <RegionFilter value={query.region} onChange={(region) => onChange({ region })} />
      <OrganizationSelect
        style={{ width: 220 }}
        placeholder={t('filter.organization')}
        value={query.organizationId}
        onChange={(id) => onChange({ organizationId: id })}
      />
      <MultiSelectFilter
        width={190}
        placeholder={t('filter.kind')}
        options={labels.kindOptions}
        value={query.kind}
        onChange={(kind) => onChange({ kind })}
      />
      <Select
        allowClear
        style={{ width: 170 }}
        placeholder={t('filter.series')}
        options={series.data?.series.map((s) => ({ value: s.id, label: labels.text(s.name) }))}
        value={query.seriesId}
        onChange={(value?: string) => onChange({ seriesId: value })}
      />
      <MultiSelectFilter
        width={160}
        placeholder={t('filter.status')}
        options={labels.statusOptions}
        value={query.status}
        onChange={(status) => onChange({ status })}
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        placeholder={[t('filter.from'), t('filter.to')]}
        value={period}
        onChange={(dates) =>
          onChange({ from: dates?.[0]?.format('YYYY-MM-DD') ?? undefined, to: dates?.[1]?.format('YYYY-MM-DD') ?? undefined })
        }
      />
      <KeywordFilter
        width={220}
        placeholder={t('filter.q')}
        enterButton={t('filter.search')}
        value={query.q}
        onSearch={(q) => onChange({ q })}
      />
      <Button onClick={onReset}>{t('filter.reset')}</Button>
    </Flex>
  );
}
