// Server state of filings (TanStack Query). Filing decisions change organizations, so mutations refresh both.
import type { Filing, FilingDetail } from '@linli/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.js';
import type { Page } from '../organizations/queries.js';

export type FilingQuery = Record<string, string | undefined>;

export const filingKeys = {
  all: ['filings'] as const,
  list: (query: FilingQuery) => ['filings', 'list', query] as const,
  detail: (id: string) => ['filings', 'detail', id] as const,
};

export function useFilingList(query: FilingQuery, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: filingKeys.list(query),
    queryFn: () => api.get<Page<Filing>>('/filings', query),
    placeholderData: keepPreviousData,
    refetchInterval: options.refetchInterval,
  });
}

export function useFiling(id: string | undefined) {
  return useQuery({
    queryKey: filingKeys.detail(id ?? ''),
    queryFn: () => api.get<FilingDetail>(`/filings/${id}`),
    enabled: Boolean(id),
  });
}

function useInvalidateAfterFiling() {
  const queryClient = useQueryClient();
  return (filing?: FilingDetail | Filing) => {
    if (filing && 'transitions' in filing) queryClient.setQueryData(filingKeys.detail(filing.id), filing);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: filingKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['organizations'] }),
    ]);
  };
}

export function useSubmitFiling() {
  const invalidate = useInvalidateAfterFiling();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<FilingDetail>('/filings', body),
    onSuccess: (filing) => invalidate(filing),
  });
}

export function useTransitionFiling(id: string) {
  const invalidate = useInvalidateAfterFiling();
  return useMutation({
    mutationFn: (body: { action: string; comment: string; version: number }) => api.post<FilingDetail>(`/filings/${id}/transitions`, body),
    onSuccess: (filing) => invalidate(filing),
  });
}

export function useResubmitFiling(id: string) {
  const invalidate = useInvalidateAfterFiling();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<FilingDetail>(`/filings/${id}/resubmit`, body),
    onSuccess: (filing) => invalidate(filing),
  });
}

/** Refetches the filing after a conflict, so the user sees what the other person did. */
export function useRefreshFiling(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: filingKeys.detail(id) });
}
