// The pieces of a list's filter bar, each bound to one URL query parameter named as the API's (useUrlQuery).
import { Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { csv, toCsv } from '../features/organizations/url-query.js';
import { RegionPicker } from './RegionPicker.js';

export function RegionFilter(props: { value: string | undefined; onChange: (region: string | undefined) => void; placeholder?: string }) {
  return (
    <div style={{ minWidth: 240 }}>
      <RegionPicker
        style={{ width: '100%' }}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(code?: string | null) => props.onChange(code ?? undefined)}
      />
    </div>
  );
}

interface MultiSelectFilterProps {
  /** The parameter's comma list */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  options: { value: string; label: string }[] | undefined;
  placeholder: string;
  width: number;
  /** Type to narrow a long list of options */
  searchable?: boolean;
}

/** Several values of one parameter, kept in the URL as a comma list. */
export function MultiSelectFilter({ value, onChange, options, placeholder, width, searchable }: MultiSelectFilterProps) {
  return (
    <Select
      mode="multiple"
      allowClear
      showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
      maxTagCount={1}
      style={{ width }}
      placeholder={placeholder}
      options={options}
      value={csv(value)}
      onChange={(values: string[]) => onChange(toCsv(values))}
    />
  );
}

interface KeywordFilterProps {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
  placeholder: string;
  width: number;
  enterButton?: string;
}

/** The keyword box: what is typed stays in the box until searched, and the box follows the URL (reset, back). */
export function KeywordFilter({ value, onSearch, placeholder, width, enterButton }: KeywordFilterProps) {
  const [keyword, setKeyword] = useState(value ?? '');
  useEffect(() => setKeyword(value ?? ''), [value]);
  return (
    <Input.Search
      allowClear
      style={{ width }}
      placeholder={placeholder}
      value={keyword}
      maxLength={50}
      onChange={(event) => setKeyword(event.target.value)}
      onSearch={(text) => onSearch(text.trim() || undefined)}
      enterButton={enterButton}
    />
  );
}
