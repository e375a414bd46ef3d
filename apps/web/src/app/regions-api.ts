// Region look-ups shared by the region picker and the regions browser.
import type { Region, RegionDetail } from '@linli/shared';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, type Page } from './api.js';

const PAGE_SIZE = 200; // the API's maximum

/** Codes of a region and its ancestors, province first: '310101002' → ['31', '3101', '310101', '310101002']. */
export function regionPathCodes(code: string): string[] {
  return [2, 4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

/** All children of a region (all pages), or the roots the user may see when `parent` is undefined. */
export async function fetchRegionChildren(parent?: string): Promise<Region[]> {
  const items: Region[] = [];
  for (let page = 1; ; page++) {
    const result = await api.get<Page<Region>>('/regions', { parent, page, pageSize: PAGE_SIZE });
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}

export const regionChildrenQuery = (parent?: string) => ({
  queryKey: ['regions', 'children', parent ?? ''] as const,
  queryFn: () => fetchRegionChildren(parent),
  staleTime: 10 * 60_000, // the tree changes rarely
});

export const loadRegionChildren = (client: QueryClient, parent?: string) => client.fetchQuery(regionChildrenQuery(parent));

export function useRegionChildren(parent?: string) {
  return useQuery(regionChildrenQuery(parent));
}

const regionDetailQuery = (code: string | undefined) => ({
  queryKey: ['regions', 'detail', code] as const,
  queryFn: () => api.get<RegionDetail>(`/regions/${code}`),
  staleTime: 10 * 60_000,
});

export const loadRegionDetail = (client: QueryClient, code: string) => client.fetchQuery(regionDetailQuery(code));

export function useRegionDetail(code: string | undefined) {
  return useQuery({ ...regionDetailQuery(code), enabled: Boolean(code) });
}

export function useRegionSearch(q: string, parent?: string) {
  return useQuery({
    queryKey: ['regions', 'search', q, parent ?? ''],
    queryFn: () => api.get<Page<Region>>('/regions', { q, parent, pageSize: 50 }),
    enabled: q.length > 0,
    staleTime: 60_000,
  });
}
