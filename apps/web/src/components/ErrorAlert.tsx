// Renders any error a query or mutation produced: a problem+json ApiError (title, detail, field errors)
// or anything else thrown, in one consistent alert.
import { Alert } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { ApiError } from '../app/api.js';

export interface ErrorAlertProps {
  error: unknown;
  /** Shown as the alert's action, e.g. a retry button. */
  action?: ReactNode;
  style?: CSSProperties;
  /** Field errors the page already shows on its form fields need not be listed again. */
  hideFieldErrors?: boolean;
}

export function ErrorAlert({ error, action, style, hideFieldErrors }: ErrorAlertProps) {
  if (!error) return null;
  const problem = error instanceof ApiError ? error : null;
  const title = problem?.title ?? (error instanceof Error ? error.message : String(error));
  const fieldErrors = hideFieldErrors ? [] : (problem?.errors ?? []);
  const description =
    problem?.detail || fieldErrors.length > 0 ? (
      <>
        {problem?.detail && <div>{problem.detail}</div>}
        {fieldErrors.length > 0 && (
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {fieldErrors.map((e) => (
              <li key={`${e.path}:${e.message}`}>{e.path ? `${e.path}：${e.message}` : e.message}</li>
            ))}
          </ul>
        )}
      </>
    ) : undefined;
  return <Alert type="error" showIcon title={title} description={description} action={action} style={{ marginBottom: 16, ...style }} />;
}
