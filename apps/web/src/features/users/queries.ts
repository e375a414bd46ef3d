import type { CreateUserBody, UpdateUserBody, User } from '@linli/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../app/api.js';

export interface UserFilter {
  q?: string;
  role?: string;
  status?: string;
  page: number;
  pageSize: number;
}

export function useUserList(filter: UserFilter) {
  return useQuery({
    queryKey: ['users', 'list', filter],
    queryFn: () => api.get<Page<User>>('/users', { ...filter }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api.post<User>('/users', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateUserBody & { id: string }) => api.patch<User>(`/users/${id}`, body),
    // A refused change (e.g. 409: changed by someone else) also reloads, so the next try has the latest version.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
