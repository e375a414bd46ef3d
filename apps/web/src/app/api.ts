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

/** A JSON body, or raw bytes (an uploaded file) sent as they are. */
type RequestBody = { json: unknown } | { raw: Blob } | undefined;

async function send(method: string, url: string, body: RequestBody, accept: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': i18n.language || 'zh-CN' };
  if (body && 'json' in body) headers['Content-Type'] = 'application/json';
  if (body && 'raw' in body) headers['Content-Type'] = 'application/octet-stream';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(BASE + url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : 'json' in body ? JSON.stringify(body.json) : body.raw,
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
  return response;
}

async function request<T>(method: string, url: string, body?: RequestBody): Promise<T> {
  const response = await send(method, url, body, 'application/json');
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The file name a Content-Disposition header gives (RFC 6266: filename* first), if any. */
function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // a malformed encoding falls back to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1];
}

/**
 * Fetches a file and hands it to the browser as a download. Unlike a plain link, the request carries the
 * language chosen in the app (Accept-Language), and a refusal comes back as an ApiError the page can show.
 */
async function download(url: string, fallbackName: string): Promise<void> {
  const response = await send('GET', url, undefined, '*/*');
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = filenameOf(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // the browser has taken the file once the click is handled
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

export const api = {
  get: <T>(url: string, query?: Record<string, unknown>) => request<T>('GET', url + toQueryString(query)),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body === undefined ? undefined : { json: body }),
  patch: <T>(url: string, body?: unknown) => request<T>('PATCH', url, body === undefined ? undefined : { json: body }),
  put: <T>(url: string, body?: unknown) => request<T>('PUT', url, body === undefined ? undefined : { json: body }),
  delete: <T = void>(url: string) => request<T>('DELETE', url),
  /** POSTs a file's bytes as the request body (application/octet-stream), not as multipart form data. */
  upload: <T>(url: string, file: Blob, query?: Record<string, unknown>) => request<T>('POST', url + toQueryString(query), { raw: file }),
  download,
};

/** One page of a list endpoint (packages/shared pageOf). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
