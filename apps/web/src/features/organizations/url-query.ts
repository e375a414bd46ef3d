// List filters live in the URL query string, so a filtered list can be shared and the back button restores it.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export type UrlQuery = Record<string, string | undefined>;

export function useUrlQuery() {
  const [params, setParams] = useSearchParams();
  const query = useMemo<UrlQuery>(() => Object.fromEntries(params.entries()), [params]);

  /** Merges `patch` into the query; empty values are removed; any filter change goes back to page 1. */
  const update = useCallback(
    (patch: UrlQuery, options: { keepPage?: boolean } = {}) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (!options.keepPage && !('page' in patch)) next.delete('page');
        return next;
      });
    },
    [setParams],
  );

  const reset = useCallback(
    (keep: string[] = []) => {
      setParams((current) => {
        const next = new URLSearchParams();
        for (const key of keep) {
          const value = current.get(key);
          if (value) next.set(key, value);
        }
        return next;
      });
    },
    [setParams],
  );

  return { query, update, reset };
}

export const csv = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);
export const toCsv = (values: string[] | undefined) => (values?.length ? values.join(',') : undefined);

/** antd Table sort order ↔ API sort parameter ('name' ascending, '-name' descending). */
export function sortOrderOf(sort: string | undefined, field: string): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

export function sortParamOf(field: unknown, order: 'ascend' | 'descend' | null | undefined): string | undefined {
  if (!order || typeof field !== 'string') return undefined;
  return order === 'descend' ? `-${field}` : field;
}
