import type { AuditEvent, AuditVerification } from '@linli/shared';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../app/api.js';

export interface AuditFilter {
  action?: string;
  targetType?: string;
  targetId?: string;
  actor?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function useAuditEvents(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', 'list', filter],
    queryFn: () => api.get<Page<AuditEvent>>('/audit-events', { ...filter }),
    placeholderData: keepPreviousData,
  });
}

/** The chain check reads the whole trail, so it runs only when asked. */
export function useVerifyChain() {
  return useMutation({
    mutationFn: async () => ({ result: await api.get<AuditVerification>('/audit-events/verify'), at: new Date() }),
  });
}
