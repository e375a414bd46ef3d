// Server state of the dashboard (TanStack Query). `region` undefined asks for the actor's scope root, '' the country.
import type { StatsBreakdown, StatsIndicators, StatsTrend } from '@linli/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.js';

/** `?region=…&…`: unlike api.get's query, an empty region ('' = the whole country) is sent, not dropped. */
export function regionQuery(region: string | undefined, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  if (region !== undefined) params.set('region', region);
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const statsKeys = {
  all: ['stats'] as const,
  indicators: (region: string | undefined) => ['stats', 'indicators', region ?? null] as const,
  breakdown: (region: string | undefined) => ['stats', 'breakdown', region ?? null] as const,
  trend: (region: string | undefined, policy: string, months: number) => ['stats', 'trend', region ?? null, policy, months] as const,
};

export function useIndicators(region: string | undefined) {
  return useQuery({
    queryKey: statsKeys.indicators(region),
    queryFn: () => api.get<StatsIndicators>(`/stats/indicators${regionQuery(region)}`),
    placeholderData: keepPreviousData,
  });
}

export function useBreakdown(region: string | undefined) {
  return useQuery({
    queryKey: statsKeys.breakdown(region),
    queryFn: () => api.get<StatsBreakdown>(`/stats/breakdown${regionQuery(region)}`),
  });
}

export function useTrend(region: string | undefined, policy: string, months = 24) {
  return useQuery({
    queryKey: statsKeys.trend(region, policy, months),
    queryFn: () => api.get<StatsTrend>(`/stats/trend${regionQuery(region, { policy, months })}`),
  });
}

export function useTakeSnapshot(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<unknown>(`/stats/snapshots${regionQuery(region)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['stats', 'trend'] }),
  });
}
