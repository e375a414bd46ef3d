// Filter bar of the activity list; every filter is a URL query parameter named as the API's.
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { RegionPicker } from '../../components/RegionPicker.js';
import { csv, toCsv, type UrlQuery } from '../organizations/url-query.js';
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
  const [keyword, setKeyword] = useState(query.q ?? '');
  useEffect(() => setKeyword(query.q ?? ''), [query.q]);
  const period: [Dayjs | null, Dayjs | null] = [query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null];

  return (
    <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 240 }}>
        <RegionPicker
          style={{ width: '100%' }}
          value={query.region}
          onChange={(code?: string | null) => onChange({ region: code ?? undefined })}
        />
      </div>
      <OrganizationSelect
        style={{ width: 220 }}
        placeholder={t('filter.organization')}
        value={query.organizationId}
        onChange={(id) => onChange({ organizationId: id })}
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount={1}
        style={{ width: 190 }}
        placeholder={t('filter.kind')}
        options={labels.kindOptions}
        value={csv(query.kind)}
        onChange={(values: string[]) => onChange({ kind: toCsv(values) })}
      />
      <Select
        allowClear
        style={{ width: 170 }}
        placeholder={t('filter.series')}
        options={series.data?.series.map((s) => ({ value: s.id, label: labels.text(s.name) }))}
        value={query.seriesId}
        onChange={(value?: string) => onChange({ seriesId: value })}
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount={1}
        style={{ width: 160 }}
        placeholder={t('filter.status')}
        options={labels.statusOptions}
        value={csv(query.status)}
        onChange={(values: string[]) => onChange({ status: toCsv(values) })}
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        placeholder={[t('filter.from'), t('filter.to')]}
        value={period}
        onChange={(dates) =>
          onChange({ from: dates?.[0]?.format('YYYY-MM-DD') ?? undefined, to: dates?.[1]?.format('YYYY-MM-DD') ?? undefined })
        }
      />
      <Input.Search
        allowClear
        style={{ width: 220 }}
        placeholder={t('filter.q')}
        value={keyword}
        maxLength={50}
        onChange={(event) => setKeyword(event.target.value)}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        enterButton={t('filter.search')}
      />
      <Button onClick={onReset}>{t('filter.reset')}</Button>
    </Flex>
  );
}
