// Server state of the registry (TanStack Query). Keys start with 'organizations' so one invalidation refreshes all.
import type { Organization, OrganizationChange } from '@linli/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.js';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type OrganizationQuery = Record<string, string | undefined>;

export interface RevealedPersonalData {
  leaderPhone: string | null;
  leaderIdNumber: string | null;
  contactPhone: string | null;
}

export const organizationKeys = {
  all: ['organizations'] as const,
  list: (query: OrganizationQuery) => ['organizations', 'list', query] as const,
  detail: (id: string) => ['organizations', 'detail', id] as const,
  history: (id: string) => ['organizations', 'detail', id, 'history'] as const,
};

export function useOrganizationList(query: OrganizationQuery) {
  return useQuery({
    queryKey: organizationKeys.list(query),
    queryFn: () => api.get<Page<Organization>>('/organizations', query),
    placeholderData: keepPreviousData,
  });
}

export function useOrganization(id: string | undefined) {
  return useQuery({
    queryKey: organizationKeys.detail(id ?? ''),
    queryFn: () => api.get<Organization>(`/organizations/${id}`),
    enabled: Boolean(id),
  });
}

export function useOrganizationHistory(id: string) {
  return useQuery({
    queryKey: organizationKeys.history(id),
    queryFn: async () => {
      const data = await api.get<OrganizationChange[] | { items: OrganizationChange[] }>(`/organizations/${id}/history`);
      return Array.isArray(data) ? data : data.items;
    },
  });
}

export function useRevealPersonalData(id: string) {
  return useMutation({ mutationFn: () => api.post<RevealedPersonalData>(`/organizations/${id}/reveal`) });
}

export function useSaveOrganization(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      id ? api.patch<Organization>(`/organizations/${id}`, body) : api.post<Organization>('/organizations', body),
    onSuccess: (organization) => {
      queryClient.setQueryData(organizationKeys.detail(organization.id), organization);
      return queryClient.invalidateQueries({ queryKey: organizationKeys.all });
    },
  });
}
