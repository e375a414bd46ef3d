// Server state of ledger imports and list exports (TanStack Query). Running jobs are polled until they settle.
import type {
  ColumnMapping,
  CommitMode,
  ExportFormat,
  ExportList,
  ImportRow,
  LedgerExport,
  LedgerImport,
  RowOutcome,
  SavedMapping,
} from '@linli/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../app/api.js';
import { busyStatuses, POLL_MS } from './labels.js';

export const ledgerKeys = {
  imports: ['imports'] as const,
  importList: (page: number) => ['imports', 'list', page] as const,
  import: (id: string) => ['imports', 'detail', id] as const,
  rows: (id: string, outcome: RowOutcome, page: number, pageSize: number) =>
    ['imports', 'detail', id, 'rows', outcome, page, pageSize] as const,
  mappings: ['import-mappings'] as const,
  exports: ['exports'] as const,
  exportList: (page: number) => ['exports', 'list', page] as const,
};

const pollWhileBusy = (status: string | undefined) => (status && busyStatuses.has(status) ? POLL_MS : false);
const anyBusy = (items: { status: string }[] | undefined) => (items?.some((item) => busyStatuses.has(item.status)) ? POLL_MS * 2 : false);

export function useImportJob(id: string | undefined) {
  return useQuery({
    queryKey: ledgerKeys.import(id ?? ''),
    queryFn: () => api.get<LedgerImport>(`/imports/${id}`),
    enabled: Boolean(id),
    staleTime: 0,
    refetchInterval: (query) => pollWhileBusy(query.state.data?.status),
  });
}

export function useImportList(page: number, enabled = true) {
  return useQuery({
    queryKey: ledgerKeys.importList(page),
    queryFn: () => api.get<Page<LedgerImport>>('/imports', { page, pageSize: 10 }),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 0,
    refetchInterval: (query) => anyBusy(query.state.data?.items),
  });
}

export function useImportRows(id: string, outcome: RowOutcome, page: number, pageSize: number, enabled: boolean) {
  return useQuery({
    queryKey: ledgerKeys.rows(id, outcome, page, pageSize),
    queryFn: () => api.get<Page<ImportRow>>(`/imports/${id}/rows`, { outcome, page, pageSize }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Keeps the answer of a job action in the cache, so the wizard moves on without waiting for the next poll. */
function useImportAction<V>(send: (variables: V) => Promise<LedgerImport>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (job) => {
      queryClient.setQueryData(ledgerKeys.import(job.id), job);
      return queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}

export const useUploadLedger = () =>
  useImportAction(({ file, region }: { file: File; region: string }) =>
    api.upload<LedgerImport>('/imports', file, { region, filename: file.name }),
  );

export const useAnalyzeImport = (id: string) =>
  useImportAction((body: { mapping: ColumnMapping; version: number }) => api.post<LedgerImport>(`/imports/${id}/analysis`, body));

export const useCommitImport = (id: string) =>
  useImportAction((body: { mode: CommitMode; version: number }) => api.post<LedgerImport>(`/imports/${id}/commit`, body));

export function useDiscardImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/imports/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ledgerKeys.imports }),
  });
}

export function useSavedMappings() {
  return useQuery({
    queryKey: ledgerKeys.mappings,
    queryFn: () => api.get<{ items: SavedMapping[] }>('/import-mappings'),
  });
}

export function useSaveMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; headers: string[]; mapping: ColumnMapping }) => api.post<SavedMapping>('/import-mappings', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ledgerKeys.mappings }),
  });
}

export function useDeleteMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/import-mappings/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ledgerKeys.mappings }),
  });
}

export function useExportList(page: number) {
  return useQuery({
    queryKey: ledgerKeys.exportList(page),
    queryFn: () => api.get<Page<LedgerExport>>('/exports', { page, pageSize: 10 }),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchInterval: (query) => anyBusy(query.state.data?.items),
  });
}

export interface ExportRequest {
  list: ExportList;
  format: ExportFormat;
  filters: Record<string, string>;
  includePersonalData: boolean;
}

export function useCreateExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExportRequest) => api.post<LedgerExport>('/exports', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ledgerKeys.exports }),
  });
}

export const fetchExport = (id: string) => api.get<LedgerExport>(`/exports/${id}`);

/** The finished file: a same-origin link, so the session cookie goes along. */
export const exportFileUrl = (id: string) => `/api/v1/exports/${id}/file`;
