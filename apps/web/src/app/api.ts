// The one HTTP client of the web app: JSON to and from /api/v1, problem+json errors as ApiError.
import i18n from './i18n.js';

const BASE = '/api/v1';

export interface FieldError {
  path: string;
  message: string;
}

/** A problem+json answer (or a network failure, status 0) as an exception the pages can render. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail?: string;
  readonly errors?: FieldError[];

  constructor(problem: { status: number; code: string; title: string; detail?: string; errors?: FieldError[] }) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors;
  }
}

// The session's CSRF token, echoed on every state-changing request (set from /auth/me and /auth/login).
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Builds `?a=1&b=x,y`: arrays joined by commas, undefined, null and '' left out. */
export function toQueryString(query?: Record<string, unknown>): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

// Login and the session probe answer 401 as part of their normal flow; every other 401 means the session ended.
const redirectsOn401 = (url: string) => !url.startsWith('/auth/login') && !url.startsWith('/auth/me');

function goToLogin() {
  if (window.location.pathname === '/login') return;
  const next = window.location.pathname + window.location.search;
  window.location.assign(`/login?next=${encodeURIComponent(next)}`);
}

async function problemOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as Partial<ApiError> | null;
  if (body && typeof body.title === 'string') {
    return new ApiError({
      status: response.status,
      code: body.code ?? 'unknown',
      title: body.title,
      detail: body.detail,
      errors: body.errors,
    });
  }
  return new ApiError({ status: response.status, code: 'http_error', title: i18n.t('common:error.http', { status: response.status }) });
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language || 'zh-CN' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(BASE + url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'network_error',
      title: i18n.t('common:error.network'),
      detail: i18n.t('common:error.networkDetail'),
    });
  }
  if (!response.ok) {
    const error = await problemOf(response);
    if (response.status === 401 && redirectsOn401(url)) goToLogin();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(url: string, query?: Record<string, unknown>) => request<T>('GET', url + toQueryString(query)),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body),
  patch: <T>(url: string, body?: unknown) => request<T>('PATCH', url, body),
  put: <T>(url: string, body?: unknown) => request<T>('PUT', url, body),
};

/** One page of a list endpoint (packages/shared pageOf). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
