// The session on the client: who is logged in (GET /auth/me), login and logout, and guards for routes.
import type { Me } from '@linli/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Result, Spin } from 'antd';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { api, ApiError, setCsrfToken } from './api.js';

const meKey = ['auth', 'me'] as const;
// Everything cached except the session itself (its observer must keep the same query to see the change).
const notTheSession = { predicate: (query: { queryKey: readonly unknown[] }) => query.queryKey[0] !== meKey[0] };

interface AuthState {
  /** null when nobody is logged in; undefined while the session is being checked. */
  me: Me | null | undefined;
  error: unknown;
  refetch: () => void;
}

const AuthContext = createContext<AuthState>({ me: undefined, error: null, refetch: () => undefined });

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const query = useQuery({ queryKey: meKey, queryFn: fetchMe, retry: false, staleTime: Infinity, refetchOnWindowFocus: false });
  const { refetch } = query;
  const value = useMemo<AuthState>(
    () => ({ me: query.data, error: query.error, refetch: () => void refetch() }),
    [query.data, query.error, refetch],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** Login and logout; both reset every cached answer so nothing of the previous account lingers. */
export function useAuth() {
  const state = useContext(AuthContext);
  const queryClient = useQueryClient();
  const login = useCallback(
    async (username: string, password: string) => {
      const me = await api.post<Me>('/auth/login', { username, password });
      setCsrfToken(me.csrfToken);
      queryClient.removeQueries(notTheSession);
      queryClient.setQueryData(meKey, me);
      return me;
    },
    [queryClient],
  );
  const logout = useCallback(async () => {
    await api.post('/auth/logout').catch(() => undefined); // an expired session is logged out already
    setCsrfToken(null);
    queryClient.removeQueries(notTheSession);
    queryClient.setQueryData(meKey, null);
  }, [queryClient]);
  return { me: state.me, login, logout };
}

/** The logged-in user. Only inside routes under RequireAuth. */
export function useMe(): Me {
  const { me } = useContext(AuthContext);
  if (!me) throw new Error('useMe() outside an authenticated route');
  return me;
}

/** Whether the logged-in user's role has a permission (the server's permission table, sent in /auth/me). */
export function useCan(permission: string): boolean {
  const { me } = useContext(AuthContext);
  return Boolean(me?.permissions.includes(permission));
}

function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/** Renders the nested routes for a logged-in user; sends anyone else to /login and back afterwards. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const { me, error, refetch } = useContext(AuthContext);
  const location = useLocation();
  const { t } = useTranslation('common');
  if (me === undefined && !error) return <FullPageSpin />;
  if (me === undefined && error) {
    const problem = error instanceof ApiError ? error : null;
    return (
      <Result
        status="warning"
        title={problem?.title ?? t('error.network')}
        subTitle={problem?.detail}
        extra={
          <Button type="primary" onClick={refetch}>
            {t('action.retry')}
          </Button>
        }
      />
    );
  }
  if (!me) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children ?? <Outlet />;
}

/** A page only some roles may use (any one of the permissions is enough): others see a 403 result. */
export function RequirePermission({ permission, children }: { permission: string | string[]; children: ReactNode }) {
  const { me } = useContext(AuthContext);
  const { t } = useTranslation('common');
  const wanted = Array.isArray(permission) ? permission : [permission];
  if (!wanted.some((p) => me?.permissions.includes(p)))
    return <Result status="403" title={t('page.forbiddenTitle')} subTitle={t('page.forbidden')} />;
  return children;
}
