// Server state of activities and major-activity reports (TanStack Query). Keys start with 'activities' so one
// invalidation refreshes lists, details and the report queue together.
import type { ActivityDetail, Activity, ActivitySeriesList, MajorReportListItem, PublicActivity } from '@linli/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../app/api.js';

export type ActivityQuery = Record<string, string | undefined>;

export const activityKeys = {
  all: ['activities'] as const,
  list: (query: ActivityQuery) => ['activities', 'list', query] as const,
  detail: (id: string) => ['activities', 'detail', id] as const,
  series: (region: string) => ['activities', 'series', region] as const,
  reports: (query: ActivityQuery) => ['activities', 'reports', query] as const,
  nearby: (query: ActivityQuery) => ['activities', 'nearby', query] as const,
};

export function useActivityList(query: ActivityQuery) {
  return useQuery({
    queryKey: activityKeys.list(query),
    queryFn: () => api.get<Page<Activity>>('/activities', query),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: string | undefined) {
  return useQuery({
    queryKey: activityKeys.detail(id ?? ''),
    queryFn: () => api.get<ActivityDetail>(`/activities/${id}`),
    enabled: Boolean(id),
  });
}

/** The series and major-activity rule of the packs an organization's region adopts. */
export function useActivitySeries(region: string | undefined) {
  return useQuery({
    queryKey: activityKeys.series(region ?? ''),
    queryFn: () => api.get<ActivitySeriesList>('/activity-series', { region }),
    enabled: Boolean(region),
    staleTime: 5 * 60_000,
  });
}

export function useReportList(query: ActivityQuery, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: activityKeys.reports(query),
    queryFn: () => api.get<Page<MajorReportListItem>>('/major-activity-reports', query),
    placeholderData: keepPreviousData,
    refetchInterval: options.refetchInterval,
  });
}

export function useNearbyActivities(query: ActivityQuery) {
  return useQuery({
    queryKey: activityKeys.nearby(query),
    queryFn: () => api.get<Page<PublicActivity>>('/public-activities', query),
    placeholderData: keepPreviousData,
  });
}

/** Every write answers with the activity's new state: it replaces the cached detail, and the lists refresh. */
function useActivityWrite<T>(write: (input: T) => Promise<ActivityDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (activity) => {
      queryClient.setQueryData(activityKeys.detail(activity.id), activity);
      return queryClient.invalidateQueries({ queryKey: activityKeys.all });
    },
  });
}

export const useSaveActivity = (id: string | undefined) =>
  useActivityWrite((body: Record<string, unknown>) =>
    id ? api.patch<ActivityDetail>(`/activities/${id}`, body) : api.post<ActivityDetail>('/activities', body),
  );

export const useActivityAction = (id: string) =>
  useActivityWrite(({ action, body }: { action: 'held' | 'cancel' | 'report'; body: Record<string, unknown> }) =>
    api.post<ActivityDetail>(`/activities/${id}/${action}`, body),
  );

export const useUploadAttachment = (id: string) =>
  useActivityWrite((file: File) => api.upload<ActivityDetail>(`/activities/${id}/attachments`, file, { filename: file.name }));

export const useRemoveAttachment = (id: string) =>
  useActivityWrite((attachmentId: string) => api.delete<ActivityDetail>(`/activities/${id}/attachments/${attachmentId}`));

export function useDecideReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, body }: { id: string; decision: 'acknowledge' | 'return'; body: { version: number; comment: string } }) =>
      api.post<MajorReportListItem>(`/major-activity-reports/${id}/${decision}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: activityKeys.all }),
  });
}
