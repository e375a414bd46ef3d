// Picks an organization of a region by name (the server searches; the first 20 matches show).
import { Select } from 'antd';
import { useState } from 'react';
import { useDebounced } from '../../app/use-debounced.js';
import { useTrainingLabels } from './labels.js';
import { useOrganizationSearch } from './queries.js';

export function OrganizationSelect({
  region,
  value,
  onChange,
}: {
  region: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}) {
  const { t } = useTrainingLabels();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const found = useOrganizationSearch(region, q);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      placeholder={t('sheet.organizationPlaceholder')}
      loading={found.isFetching}
      options={(found.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
      style={{ width: '100%' }}
    />
  );
}
