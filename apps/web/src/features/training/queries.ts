// Server state of the training pages (TanStack Query). Keys start with 'training' so one invalidation refreshes all.
import type { Organization, PersonTimes, RecordAttendanceResult, TrainingAttendance, TrainingCourse, TrainingSession } from '@linli/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../app/api.js';

export type TrainingQuery = Record<string, string | undefined>;

export const trainingKeys = {
  all: ['training'] as const,
  courses: (query: TrainingQuery) => ['training', 'courses', query] as const,
  course: (id: string) => ['training', 'course', id] as const,
  sessions: (query: TrainingQuery) => ['training', 'sessions', query] as const,
  session: (id: string) => ['training', 'session', id] as const,
  sheet: (id: string) => ['training', 'session', id, 'sheet'] as const,
  attendance: (query: TrainingQuery) => ['training', 'attendance', query] as const,
  personTimes: (query: TrainingQuery) => ['training', 'person-times', query] as const,
};

export const useCourses = (query: TrainingQuery) =>
  useQuery({
    queryKey: trainingKeys.courses(query),
    queryFn: () => api.get<Page<TrainingCourse>>('/training/courses', query),
    placeholderData: keepPreviousData,
  });

export const useCourse = (id: string) =>
  useQuery({ queryKey: trainingKeys.course(id), queryFn: () => api.get<TrainingCourse>(`/training/courses/${id}`) });

export const useSessions = (query: TrainingQuery, enabled = true) =>
  useQuery({
    queryKey: trainingKeys.sessions(query),
    queryFn: () => api.get<Page<TrainingSession>>('/training/sessions', query),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useSession = (id: string) =>
  useQuery({ queryKey: trainingKeys.session(id), queryFn: () => api.get<TrainingSession>(`/training/sessions/${id}`) });

export const useSheet = (id: string) =>
  useQuery({
    queryKey: trainingKeys.sheet(id),
    queryFn: async () => (await api.get<{ items: TrainingAttendance[] }>(`/training/sessions/${id}/attendance`)).items,
  });

export const useAttendance = (query: TrainingQuery) =>
  useQuery({
    queryKey: trainingKeys.attendance(query),
    queryFn: () => api.get<Page<TrainingAttendance>>('/training/attendance', query),
    placeholderData: keepPreviousData,
  });

export const usePersonTimes = (query: TrainingQuery) =>
  useQuery({
    queryKey: trainingKeys.personTimes(query),
    queryFn: () => api.get<PersonTimes>('/training/person-times', query),
    placeholderData: keepPreviousData,
  });

/** Hubs the course form may name: for a hub's staff, the hubs they lead (their organizations list shows only those). */
export const useHubs = (enabled: boolean) =>
  useQuery({
    queryKey: ['organizations', 'list', { hubKind: 'hubs' }],
    queryFn: () =>
      api.get<Page<Organization>>('/organizations', {
        hubKind: 'federation,service_center,incubator,community_foundation',
        status: 'active',
        pageSize: 200,
        sort: 'name',
      }),
    enabled,
  });

/** Organizations of a region matching a keyword, for the sign-in sheet's organization column. */
export const useOrganizationSearch = (region: string | undefined, q: string) =>
  useQuery({
    queryKey: ['organizations', 'list', { region, q, purpose: 'training' }],
    queryFn: () =>
      api.get<Page<Organization>>('/organizations', { region, q: q || undefined, status: 'active', pageSize: 20, sort: 'name' }),
    enabled: Boolean(region),
    placeholderData: keepPreviousData,
  });

function useInvalidating<TBody, TResult>(mutationFn: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }) });
}

export const useSaveCourse = (id?: string) =>
  useInvalidating((body: Record<string, unknown>) =>
    id ? api.patch<TrainingCourse>(`/training/courses/${id}`, body) : api.post<TrainingCourse>('/training/courses', body),
  );

export const useAddSession = (courseId: string) =>
  useInvalidating((body: Record<string, unknown>) => api.post<TrainingSession>(`/training/courses/${courseId}/sessions`, body));

export const useRecordAttendance = (sessionId: string) =>
  useInvalidating((body: { attendees: Record<string, unknown>[] }) =>
    api.post<RecordAttendanceResult>(`/training/sessions/${sessionId}/attendance`, body),
  );

export const useRemoveAttendance = () => useInvalidating((id: number) => api.delete(`/training/attendance/${id}`));
