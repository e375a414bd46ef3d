// Puts the server's field errors (problem+json `errors[].path`, e.g. "regionCode") on the matching antd
// form fields; returns the error that is left for the alert above the form.
import type { FormInstance } from 'antd';
import { ApiError } from './api.js';

const namePath = (path: string) =>
  path
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** Shows each field error on its field; the returned error (for ErrorAlert) keeps only what no field shows. */
export function showFieldErrors(form: FormInstance, error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.errors?.length) return error;
  const registered = new Set(form.getFieldsError().map((field) => JSON.stringify(field.name)));
  const onFields = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const rest: { path: string; message: string }[] = [];
  for (const fieldError of error.errors) {
    const name = namePath(fieldError.path);
    const key = JSON.stringify(name);
    if (!registered.has(key)) {
      rest.push(fieldError);
      continue;
    }
    const entry = onFields.get(key) ?? { name, errors: [] };
    entry.errors.push(fieldError.message);
    onFields.set(key, entry);
  }
  form.setFields([...onFields.values()]);
  if (onFields.size === 0) return error;
  return new ApiError({ status: error.status, code: error.code, title: error.title, detail: error.detail, errors: rest });
}
