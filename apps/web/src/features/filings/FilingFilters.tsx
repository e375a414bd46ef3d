// Filter bar of the filing list; every filter is a URL query parameter named as the API's.
import { Button, Checkbox, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { RegionPicker } from '../../components/RegionPicker.js';
import { csv, toCsv, type UrlQuery } from '../organizations/url-query.js';
import { useFilingLabels } from './labels.js';

interface Props {
  query: UrlQuery;
  onChange: (patch: UrlQuery) => void;
  onReset: () => void;
}

export function FilingFilters({ query, onChange, onReset }: Props) {
  const labels = useFilingLabels();
  const { t } = labels;
  const [keyword, setKeyword] = useState(query.q ?? '');
  useEffect(() => setKeyword(query.q ?? ''), [query.q]);
  return (
    <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 260 }}>
        <RegionPicker
          style={{ width: '100%' }}
          value={query.region}
          onChange={(code?: string | null) => onChange({ region: code ?? undefined })}
        />
      </div>
      <Select
        mode="multiple"
        allowClear
        maxTagCount={1}
        style={{ width: 230 }}
        placeholder={t('filter.status')}
        options={labels.statusOptions}
        value={csv(query.status)}
        onChange={(values: string[]) => onChange({ status: toCsv(values) })}
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount={1}
        style={{ width: 180 }}
        placeholder={t('filter.kind')}
        options={labels.kindOptions}
        value={csv(query.kind)}
        onChange={(values: string[]) => onChange({ kind: toCsv(values) })}
      />
      <Checkbox checked={query.overdue === 'true'} onChange={(event) => onChange({ overdue: event.target.checked ? 'true' : undefined })}>
        {t('filter.overdue')}
      </Checkbox>
      <Input.Search
        allowClear
        style={{ width: 260 }}
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
