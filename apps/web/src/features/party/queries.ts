// Server state of the party-building pages (TanStack Query). Keys start with 'party' so one invalidation refreshes all.
import type { Organization, PartyCoverage, PartyMeeting, PartyOrganization, PartyOrganizationDetail, PartyProfile } from '@linli/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../app/api.js';

export type PartyQuery = Record<string, string | undefined>;

export const partyKeys = {
  all: ['party'] as const,
  organizations: (query: PartyQuery) => ['party', 'organizations', query] as const,
  organization: (id: string) => ['party', 'organization', id] as const,
  meetings: (query: PartyQuery) => ['party', 'meetings', query] as const,
  coverage: (region: string | undefined) => ['party', 'coverage', region ?? null] as const,
  profile: (organizationId: string) => ['party', 'profile', organizationId] as const,
};

export const usePartyOrganizations = (query: PartyQuery, enabled = true) =>
  useQuery({
    queryKey: partyKeys.organizations(query),
    queryFn: () => api.get<Page<PartyOrganization>>('/party/organizations', query),
    placeholderData: keepPreviousData,
    enabled,
  });

export const usePartyOrganization = (id: string) =>
  useQuery({ queryKey: partyKeys.organization(id), queryFn: () => api.get<PartyOrganizationDetail>(`/party/organizations/${id}`) });

export const useMeetings = (query: PartyQuery) =>
  useQuery({
    queryKey: partyKeys.meetings(query),
    queryFn: () => api.get<Page<PartyMeeting>>('/party/meetings', query),
    placeholderData: keepPreviousData,
  });

/** `region` undefined: the viewer's own region. */
export const usePartyCoverage = (region: string | undefined) =>
  useQuery({
    queryKey: partyKeys.coverage(region),
    queryFn: () => api.get<PartyCoverage>('/party/coverage', { region }),
    placeholderData: keepPreviousData,
  });

export const usePartyProfile = (organizationId: string) =>
  useQuery({
    queryKey: partyKeys.profile(organizationId),
    queryFn: () => api.get<PartyProfile>(`/organizations/${organizationId}/party-profile`),
  });

/** Active organizations of a region matching a keyword, for choosing what a party organization covers. */
export const useOrganizationChoices = (region: string | undefined, q: string) =>
  useQuery({
    queryKey: ['organizations', 'list', { region, q, purpose: 'party' }],
    queryFn: () =>
      api.get<Page<Organization>>('/organizations', { region, q: q || undefined, status: 'active', pageSize: 50, sort: 'name' }),
    enabled: Boolean(region),
    placeholderData: keepPreviousData,
  });

function useInvalidating<TBody, TResult>(mutationFn: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: partyKeys.all }) });
}

export const useSavePartyOrganization = (id?: string) =>
  useInvalidating((body: Record<string, unknown>) =>
    id
      ? api.patch<PartyOrganizationDetail>(`/party/organizations/${id}`, body)
      : api.post<PartyOrganizationDetail>('/party/organizations', body),
  );

export const useRecordMeeting = (partyOrganizationId: string) =>
  useInvalidating((body: Record<string, unknown>) => api.post<PartyMeeting>(`/party/organizations/${partyOrganizationId}/meetings`, body));

export const useSaveProfile = (organizationId: string) =>
  useInvalidating((body: Record<string, unknown>) => api.put<PartyProfile>(`/organizations/${organizationId}/party-profile`, body));
