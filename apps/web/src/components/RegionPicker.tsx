// 行政区划选择: a cascader that loads each level on demand (GET /regions?parent=) and searches by name
// (GET /regions?q=). The value is one region code; only regions between minLevel and maxLevel can be chosen
// (the levels above are shown so the tree can be walked). A scoped user's tree starts at their own region.
import type { Region } from '@linli/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Cascader, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../app/auth.js';
import { loadRegionChildren, loadRegionDetail, regionPathCodes, useRegionDetail, useRegionSearch } from '../app/regions-api.js';
import { useDebounced } from '../app/use-debounced.js';

export interface RegionPickerProps {
  value?: string;
  onChange?: (code: string | undefined) => void;
  minLevel?: number;
  maxLevel?: number;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
  id?: string;
}

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  loading?: boolean;
  disabled?: boolean;
  selectable: boolean;
  region: Region;
  children?: RegionOption[];
}

const ROOT = '';
// Level-2 entries of the municipalities (上海市 › 市辖区) carry no information in a short label.
const placeholderNames = new Set(['市辖区', '县']);

export function RegionPicker({
  value,
  onChange,
  minLevel = 1,
  maxLevel = 5,
  placeholder,
  allowClear = true,
  disabled,
  style,
  id,
}: RegionPickerProps) {
  const { t } = useTranslation('common');
  const queryClient = useQueryClient();
  const scopePrefix = useAuth().me?.regionCode ?? null;
  const [tree, setTree] = useState<Record<string, Region[]>>({});
  const [loading, setLoading] = useState<Set<string>>(new Set());
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const found = useRegionSearch(q);
  const detail = useRegionDetail(value);

  const load = useCallback(
    async (parent: string) => {
      setLoading((s) => new Set(s).add(parent));
      try {
        const children =
          parent === ROOT && scopePrefix
            ? [await loadRegionDetail(queryClient, scopePrefix)]
            : await loadRegionChildren(queryClient, parent || undefined);
        setTree((current) => ({ ...current, [parent]: children }));
      } catch {
        // a failed level simply stays closed; opening it again retries
      } finally {
        setLoading((s) => {
          const next = new Set(s);
          next.delete(parent);
          return next;
        });
      }
    },
    [queryClient, scopePrefix],
  );
  // The codes from the tree's root down to a region: below the user's own region for a scoped user.
  const pathOf = useCallback(
    (code: string) => regionPathCodes(code).filter((c) => !scopePrefix || c.length >= scopePrefix.length),
    [scopePrefix],
  );

  // The roots, and every level above the current value, so the cascader can show and open its path.
  useEffect(() => {
    const parents = [ROOT, ...(value ? pathOf(value).slice(0, -1) : [])];
    for (const parent of parents) if (!tree[parent]) void load(parent);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per value; `tree` is the cache
  }, [value, load, pathOf]);

  const selectable = useCallback(
    (region: Region) => region.level >= minLevel && region.level <= maxLevel && (!scopePrefix || region.code.startsWith(scopePrefix)),
    [minLevel, maxLevel, scopePrefix],
  );

  const options = useMemo(() => {
    const build = (parent: string): RegionOption[] | undefined =>
      tree[parent]?.map((region) => ({
        value: region.code,
        label: region.name,
        // Leaf at the last allowed level, or once its children turned out to be none.
        isLeaf: region.level >= Math.min(maxLevel, 5) || tree[region.code]?.length === 0,
        loading: loading.has(region.code),
        selectable: selectable(region),
        region,
        children: build(region.code),
      }));
    return build(ROOT) ?? [];
  }, [tree, loading, maxLevel, selectable]);

  const searchOptions = useMemo<RegionOption[]>(
    () =>
      (found.data?.items ?? [])
        .filter((region) => region.level <= maxLevel)
        .map((region) => ({
          value: region.code,
          label: region.name,
          isLeaf: true,
          disabled: !selectable(region),
          selectable: selectable(region),
          region,
        })),
    [found.data, maxLevel, selectable],
  );

  const searching = search.trim().length > 0;
  const pathNames = detail.data?.path.map((p) => p.name);

  return (
    <Cascader<RegionOption>
      id={id}
      style={{ minWidth: 220, ...style }}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder ?? t('regionPicker.placeholder')}
      options={searching ? searchOptions : options}
      value={value ? pathOf(value) : undefined}
      changeOnSelect
      loadData={(selected) => {
        const last = selected[selected.length - 1];
        if (last && !tree[last.value]) void load(last.value);
      }}
      onChange={(path, selected) => {
        setSearch('');
        const codes = (path ?? []) as string[];
        const code = codes[codes.length - 1];
        if (!code) return onChange?.(undefined);
        const option = selected?.[selected.length - 1];
        // Levels outside the allowed range only open; they are not a choice.
        if (option && !option.selectable) return;
        onChange?.(code);
      }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      optionRender={(option) => (
        <span
          title={option.selectable ? undefined : t('regionPicker.notSelectable')}
          style={option.selectable ? undefined : { color: 'rgba(0,0,0,0.45)' }}
        >
          {option.label}
        </span>
      )}
      displayRender={(labels, selected) => {
        const names = (pathNames ?? (selected?.every(Boolean) ? labels : [])).filter((name) => !placeholderNames.has(name));
        const shown = names.length > 0 ? names : labels;
        return <span title={shown.join(' / ')}>{shown.slice(-3).join(' / ')}</span>;
      }}
      showSearch={{
        onSearch: setSearch,
        filter: () => true, // the server already filtered
        render: (_input, path) => {
          const region = path[path.length - 1]?.region;
          if (!region) return null;
          return (
            <span style={region && !selectable(region) ? { color: 'rgba(0,0,0,0.45)' } : undefined}>
              {region.name}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`regionLevel.${region.level}`)} · {region.code}
              </Typography.Text>
            </span>
          );
        },
      }}
      notFoundContent={
        searching && (found.isFetching || q !== search.trim()) ? (
          <Spin size="small" />
        ) : (
          t(searching ? 'regionPicker.noMatch' : 'state.empty')
        )
      }
    />
  );
}
