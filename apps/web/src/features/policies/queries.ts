// Server state of the policy packs, their bindings and the re-tagging (TanStack Query).
import type { Pack, PolicyBinding, PolicySummary, RetaggingBody, RetaggingPreview } from '@linli/shared';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.js';
import { regionQuery } from '../dashboard/queries.js';

export const policyKeys = {
  list: ['policies', 'list'] as const,
  detail: (id: string) => ['policies', 'detail', id] as const,
  binding: (region: string) => ['policies', 'binding', region] as const,
};

// Packs are data files read at start-up: they do not change while the page is open.
const packStaleTime = 10 * 60_000;

// The ministry's (national) packs first, then the local ones by issue date.
const byReach = (a: PolicySummary, b: PolicySummary) => a.bindsTo.length - b.bindsTo.length || a.issuedOn.localeCompare(b.issuedOn);

export function usePolicies() {
  return useQuery({
    queryKey: policyKeys.list,
    queryFn: () => api.get<PolicySummary[]>('/policies'),
    select: (packs) => [...packs].sort(byReach),
    staleTime: packStaleTime,
  });
}

const packQuery = (id: string) => ({
  queryKey: policyKeys.detail(id),
  queryFn: () => api.get<Pack>(`/policies/${encodeURIComponent(id)}`),
  staleTime: packStaleTime,
});

export function usePolicy(id: string) {
  return useQuery(packQuery(id));
}

export function usePolicyPacks(ids: string[]) {
  return useQueries({ queries: ids.map(packQuery) });
}

/** region '' is the whole country. */
export function useBinding(region: string | undefined) {
  return useQuery({
    queryKey: policyKeys.binding(region ?? ''),
    queryFn: () => api.get<PolicyBinding>(`/policy-bindings${regionQuery(region)}`),
    enabled: region !== undefined,
  });
}

export function useSaveBinding(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { policies: string[]; version: number }) => api.put<PolicyBinding>(`/policy-bindings${regionQuery(region)}`, body),
    onSuccess: (binding) => {
      queryClient.setQueryData(policyKeys.binding(region), binding);
      // children inherit, and every dashboard may show other packs now
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['policies', 'binding'] }),
        queryClient.invalidateQueries({ queryKey: ['stats'] }),
      ]);
    },
  });
}

export function usePreviewRetagging() {
  return useMutation({ mutationFn: (body: RetaggingBody) => api.post<RetaggingPreview>('/retaggings/preview', body) });
}

export function useApplyRetagging() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RetaggingBody & { expectedOrganizations: number }) => api.post<{ organizations: number }>('/retaggings', body),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['organizations'] }), queryClient.invalidateQueries({ queryKey: ['stats'] })]),
  });
}
