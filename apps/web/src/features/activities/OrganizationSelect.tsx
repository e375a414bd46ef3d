// Picks the organization an activity belongs to: the viewer's own (a leader) or those of their region, by name.
import type { Organization } from '@linli/shared';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api, type Page } from '../../app/api.js';
import { useDebounced } from '../../app/use-debounced.js';

interface Props {
  value?: string;
  onChange?: (id: string | undefined, organization?: Pick<Organization, 'id' | 'name' | 'regionCode'>) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  id?: string;
  /** Only active organizations (recording an activity); any status when filtering a list */
  activeOnly?: boolean;
}

export function OrganizationSelect({ value, onChange, placeholder, style, id, activeOnly }: Props) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const found = useQuery({
    queryKey: ['organizations', 'list', 'activity-select', q, activeOnly],
    queryFn: () =>
      api.get<Page<Organization>>('/organizations', {
        q: q || undefined,
        status: activeOnly ? 'active' : undefined,
        pageSize: 20,
        sort: 'name',
      }),
  });
  // the chosen one stays labelled while the search shows others
  const chosen = useQuery({
    queryKey: ['organizations', 'detail', value],
    queryFn: () => api.get<Organization>(`/organizations/${value}`),
    enabled: Boolean(value) && !found.data?.items.some((o) => o.id === value),
  });
  const items = [
    ...(found.data?.items ?? []),
    ...(chosen.data && !found.data?.items.some((o) => o.id === chosen.data.id) ? [chosen.data] : []),
  ];
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value}
      placeholder={placeholder}
      style={style}
      loading={found.isFetching}
      options={items.map((o) => ({ value: o.id, label: o.name }))}
      onChange={(next?: string) =>
        onChange?.(
          next,
          items.find((o) => o.id === next),
        )
      }
    />
  );
}
