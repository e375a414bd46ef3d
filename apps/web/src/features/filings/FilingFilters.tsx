// Filter bar of the filing list; every filter is a URL query parameter named as the API's.
import { Button, Checkbox, Flex } from 'antd';
import { KeywordFilter, MultiSelectFilter, RegionFilter } from '../../components/QueryFilters.js';
import type { UrlQuery } from '../organizations/url-query.js';
import { useFilingLabels } from './labels.js';

interface Props {
  query: UrlQuery;
  onChange: (patch: UrlQuery) => void;
  onReset: () => void;
}

export function FilingFilters({ query, onChange, onReset }: Props) {
  const labels = useFilingLabels();
  const { t } = labels;
  return (
    <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
      <RegionFilter value={query.region} onChange={(region) => onChange({ region })} />
      <MultiSelectFilter
        width={230}
        placeholder={t('filter.status')}
        options={labels.statusOptions}
        value={query.status}
        onChange={(status) => onChange({ status })}
      />
      <MultiSelectFilter
        width={180}
        placeholder={t('filter.kind')}
        options={labels.kindOptions}
        value={query.kind}
        onChange={(kind) => onChange({ kind })}
      />
      <Checkbox checked={query.overdue === 'true'} onChange={(event) => onChange({ overdue: event.target.checked ? 'true' : undefined })}>
        {t('filter.overdue')}
      </Checkbox>
      <KeywordFilter
        width={260}
        placeholder={t('filter.q')}
        enterButton={t('filter.search')}
        value={query.q}
        onSearch={(q) => onChange({ q })}
      />
      <Button onClick={onReset}>{t('filter.reset')}</Button>
    </Flex>
  );
}
