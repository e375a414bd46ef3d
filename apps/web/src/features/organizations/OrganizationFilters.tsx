// Filter bar of the organization list; every filter is a URL query parameter named as the API's.
import { Button, Checkbox, Flex } from 'antd';
import { KeywordFilter, MultiSelectFilter, RegionFilter } from '../../components/QueryFilters.js';
import { flagKeys, useOrganizationLabels } from './labels.js';
import type { UrlQuery } from './url-query.js';

interface Props {
  query: UrlQuery;
  onChange: (patch: UrlQuery) => void;
  onReset: () => void;
}

export function OrganizationFilters({ query, onChange, onReset }: Props) {
  const labels = useOrganizationLabels();
  const { t } = labels;
  const flags = flagKeys.filter((key) => query[key] === 'true');

  return (
    <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
      <RegionFilter value={query.region} onChange={(region) => onChange({ region })} />
      <MultiSelectFilter
        width={200}
        placeholder={t('filter.tier')}
        options={labels.tierOptions}
        value={query.tier}
        onChange={(tier) => onChange({ tier })}
      />
      <MultiSelectFilter
        width={160}
        placeholder={t('filter.status')}
        options={labels.statusOptions}
        value={query.status}
        onChange={(status) => onChange({ status })}
      />
      <MultiSelectFilter
        searchable
        width={200}
        placeholder={t('filter.serviceField')}
        options={labels.serviceFieldOptions}
        value={query.serviceField}
        onChange={(serviceField) => onChange({ serviceField })}
      />
      <Checkbox.Group
        options={labels.flagOptions}
        value={flags}
        onChange={(values) => onChange(Object.fromEntries(flagKeys.map((key) => [key, values.includes(key) ? 'true' : undefined])))}
      />
      <KeywordFilter
        width={240}
        placeholder={t('filter.q')}
        enterButton={t('filter.search')}
        value={query.q}
        onSearch={(q) => onChange({ q })}
      />
      <Button onClick={onReset}>{t('filter.reset')}</Button>
    </Flex>
  );
}
