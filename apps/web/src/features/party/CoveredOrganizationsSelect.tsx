// Chooses the organizations a party organization covers, among the active ones of its region (searched by name).
import { Select } from 'antd';
import { useState } from 'react';
import { useDebounced } from '../../app/use-debounced.js';
import { usePartyLabels } from './labels.js';
import { useOrganizationChoices } from './queries.js';

interface Props {
  region: string | undefined;
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Names of organizations already chosen, which a search may not bring back */
  known?: { id: string; name: string }[];
  single?: boolean;
}

export function CoveredOrganizationsSelect({ region, value, onChange, known = [], single }: Props) {
  const { t } = usePartyLabels();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const found = useOrganizationChoices(region, q);
  const options = new Map(known.map((o) => [o.id, o.name]));
  for (const o of found.data?.items ?? []) options.set(o.id, `${o.name}（${o.regionName}）`);
  return (
    <Select
      mode={single ? undefined : 'multiple'}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      disabled={!region}
      value={single ? value?.[0] : value}
      onChange={(next: string | string[] | undefined) => onChange?.(next === undefined ? [] : Array.isArray(next) ? next : [next])}
      loading={found.isFetching}
      placeholder={t('party.coveredPlaceholder')}
      options={[...options].map(([id, name]) => ({ value: id, label: name }))}
      style={{ width: '100%' }}
    />
  );
}
