// Puts the server's field errors (problem+json `errors[].path`, dot-separated: "organization.members.0.name")
// on the matching antd form fields, so the user sees each message where the value was typed.
import type { FormInstance } from 'antd';
import { ApiError } from './api.js';

type NamePath = (string | number)[];

export interface FieldErrorResult {
  /** Errors that have no field on this form; show them in the page's alert. */
  unmatched: { path: string; message: string }[];
  matched: number;
}

const toNamePath = (path: string): NamePath =>
  path
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

export function applyFieldErrors(form: FormInstance, error: unknown, options: { prefix?: string } = {}): FieldErrorResult {
  const result: FieldErrorResult = { unmatched: [], matched: 0 };
  if (!(error instanceof ApiError) || !error.errors?.length) return result;
  const registered = new Set(form.getFieldsError().map((field) => JSON.stringify(field.name)));
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const fieldError of error.errors) {
    let path = fieldError.path;
    if (options.prefix && path.startsWith(`${options.prefix}.`)) path = path.slice(options.prefix.length + 1);
    const name = toNamePath(path);
    const key = JSON.stringify(name);
    if (!registered.has(key)) {
      result.unmatched.push(fieldError);
      continue;
    }
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(fieldError.message);
    byField.set(key, entry);
  }
  const fields = [...byField.values()];
  form.setFields(fields);
  result.matched = fields.length;
  if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
  return result;
}

export const isVersionConflict = (error: unknown) => error instanceof ApiError && error.status === 409 && error.code === 'version_conflict';

/** The error for the alert above the form: without the field errors already shown on their fields. */
export function alertErrorOf(error: unknown, result: FieldErrorResult): unknown {
  if (!(error instanceof ApiError) || result.matched === 0) return error;
  return new ApiError({ status: error.status, code: error.code, title: error.title, detail: error.detail, errors: result.unmatched });
}

/** Shows each field error on its field; the returned error (for ErrorAlert) keeps only what no field shows. */
export const showFieldErrors = (form: FormInstance, error: unknown): unknown => alertErrorOf(error, applyFieldErrors(form, error));
