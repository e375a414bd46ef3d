// Filter bar of the organization list; every filter is a URL query parameter named as the API's.
import { Button, Checkbox, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { RegionPicker } from '../../components/RegionPicker.js';
import { flagKeys, useOrganizationLabels } from './labels.js';
import { csv, toCsv, type UrlQuery } from './url-query.js';

interface Props {
  query: UrlQuery;
  onChange: (patch: UrlQuery) => void;
  onReset: () => void;
}

export function OrganizationFilters({ query, onChange, onReset }: Props) {
  const labels = useOrganizationLabels();
  const { t } = labels;
  const [keyword, setKeyword] = useState(query.q ?? '');
  useEffect(() => setKeyword(query.q ?? ''), [query.q]);
  const flags = flagKeys.filter((key) => query[key] === 'true');

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
        style={{ width: 200 }}
        placeholder={t('filter.tier')}
        options={labels.tierOptions}
        value={csv(query.tier)}
        onChange={(values: string[]) => onChange({ tier: toCsv(values) })}
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
      <Select
        mode="multiple"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        maxTagCount={1}
        style={{ width: 200 }}
        placeholder={t('filter.serviceField')}
        options={labels.serviceFieldOptions}
        value={csv(query.serviceField)}
        onChange={(values: string[]) => onChange({ serviceField: toCsv(values) })}
      />
      <Checkbox.Group
        options={labels.flagOptions}
        value={flags}
        onChange={(values) => onChange(Object.fromEntries(flagKeys.map((key) => [key, values.includes(key) ? 'true' : undefined])))}
      />
      <Input.Search
        allowClear
        style={{ width: 240 }}
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
