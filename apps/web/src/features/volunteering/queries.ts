// Server state of volunteering (TanStack Query). Keys start with 'volunteering' so one invalidation refreshes all.
import type {
  MonthlyHours,
  PublicCertificate,
  Redemption,
  Reward,
  ServiceRecord,
  TimeBankRule,
  Volunteer,
  VolunteerCertificate,
  VolunteerNeed,
  VolunteerRecords,
  VolunteerSignup,
} from '@linli/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, type Page } from '../../app/api.js';

export type ListQuery = Record<string, string | undefined>;

const keys = {
  all: ['volunteering'] as const,
  me: ['volunteering', 'me'] as const,
  list: (what: string, query: unknown) => ['volunteering', what, query] as const,
  need: (id: string) => ['volunteering', 'need', id] as const,
};

/** Refreshes everything volunteering shows after a change (balances, stock and sign-ups move together). */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all });
}

/** The viewer's registration: null until they register (the API answers 404). */
export function useMyVolunteer(enabled = true) {
  return useQuery({
    queryKey: keys.me,
    enabled,
    queryFn: async () => {
      try {
        return await api.get<Volunteer>('/volunteers/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useSaveVolunteer(registered: boolean) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      registered ? api.patch<Volunteer>('/volunteers/me', body) : api.post<Volunteer>('/volunteers/me', body),
    onSuccess: refresh,
  });
}

export const useMyRecords = (page: number, enabled: boolean) =>
  useQuery({
    queryKey: keys.list('my-records', page),
    enabled,
    queryFn: () => api.get<VolunteerRecords>('/volunteers/me/records', { page, pageSize: 10 }),
    placeholderData: keepPreviousData,
  });

export const useMyRedemptions = (enabled: boolean) =>
  useQuery({
    queryKey: keys.list('my-redemptions', null),
    enabled,
    queryFn: () => api.get<Page<Redemption>>('/volunteers/me/redemptions'),
  });

export const useMyCertificates = (enabled: boolean) =>
  useQuery({
    queryKey: keys.list('my-certificates', null),
    enabled,
    queryFn: () => api.get<Page<VolunteerCertificate>>('/volunteers/me/certificates'),
  });

export function useIssueCertificate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { from?: string; to?: string }) => api.post<VolunteerCertificate>('/volunteers/me/certificates', body),
    onSuccess: refresh,
  });
}

export const downloadCertificate = (certificate: VolunteerCertificate) =>
  api.download(`/volunteers/me/certificates/${certificate.id}/pdf`, `certificate-${certificate.code}.pdf`);

export const useNeeds = (query: ListQuery) =>
  useQuery({
    queryKey: keys.list('needs', query),
    queryFn: () => api.get<Page<VolunteerNeed>>('/volunteer-needs', query),
    placeholderData: keepPreviousData,
  });

export const useNeed = (id: string | undefined) =>
  useQuery({ queryKey: keys.need(id ?? ''), enabled: Boolean(id), queryFn: () => api.get<VolunteerNeed>(`/volunteer-needs/${id}`) });

export const useSignups = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...keys.need(id), 'signups'],
    enabled,
    queryFn: async () => (await api.get<{ items: VolunteerSignup[] }>(`/volunteer-needs/${id}/signups`)).items,
  });

export function useSaveNeed(id: string | undefined) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      id ? api.patch<VolunteerNeed>(`/volunteer-needs/${id}`, body) : api.post<VolunteerNeed>('/volunteer-needs', body),
    onSuccess: refresh,
  });
}

/** Sign up, withdraw and close: each answers the need as it now is. */
export function useNeedAction(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (action: { kind: 'signUp' } | { kind: 'withdraw' } | { kind: 'close'; version: number }) => {
      if (action.kind === 'signUp') return api.post<VolunteerNeed>(`/volunteer-needs/${id}/signups`);
      if (action.kind === 'withdraw') return api.delete<VolunteerNeed>(`/volunteer-needs/${id}/signups/me`);
      return api.post<VolunteerNeed>(`/volunteer-needs/${id}/close`, { version: action.version });
    },
    onSuccess: refresh,
  });
}

export function useConfirmHours(needId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { volunteerId: string; hours: number; content?: string }) =>
      api.post<ServiceRecord>(`/volunteer-needs/${needId}/service-records`, body),
    onSuccess: refresh,
  });
}

export const useServiceRecords = (query: ListQuery) =>
  useQuery({
    queryKey: keys.list('records', query),
    queryFn: () => api.get<Page<ServiceRecord>>('/service-records', query),
    placeholderData: keepPreviousData,
  });

export const useVolunteers = (query: ListQuery) =>
  useQuery({
    queryKey: keys.list('volunteers', query),
    queryFn: () => api.get<Page<Volunteer>>('/volunteers', query),
    placeholderData: keepPreviousData,
  });

export const useRewards = (query: ListQuery) =>
  useQuery({
    queryKey: keys.list('rewards', query),
    queryFn: () => api.get<Page<Reward>>('/rewards', query),
    placeholderData: keepPreviousData,
  });

export function useSaveReward(id: string | undefined) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => (id ? api.patch<Reward>(`/rewards/${id}`, body) : api.post<Reward>('/rewards', body)),
    onSuccess: refresh,
  });
}

export function useRedeem() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (rewardId: string) =>
      api.post<{ redemption: Redemption; pointsBalance: number; stock: number }>(`/rewards/${rewardId}/redemptions`),
    onSuccess: refresh,
  });
}

export const useTimeBankRule = (regionCode: string | undefined) =>
  useQuery({
    queryKey: keys.list('rule', regionCode),
    enabled: Boolean(regionCode),
    queryFn: () => api.get<TimeBankRule>(`/time-bank-rules/${regionCode}`),
  });

export function useSaveRule(regionCode: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { pointsPerHour: number; starHours: number[] }) => api.put<TimeBankRule>(`/time-bank-rules/${regionCode}`, body),
    onSuccess: refresh,
  });
}

export const useMonthlyHours = (region: string | undefined, month: string) =>
  useQuery({
    queryKey: keys.list('monthly', { region, month }),
    enabled: Boolean(region),
    queryFn: () => api.get<MonthlyHours>('/volunteering/monthly-hours', { region, month }),
    placeholderData: keepPreviousData,
  });

export const usePublicCertificate = (code: string | undefined) =>
  useQuery({
    queryKey: ['public-certificate', code],
    enabled: Boolean(code),
    queryFn: () => api.get<PublicCertificate>(`/public/certificates/${encodeURIComponent(code!)}`),
  });
