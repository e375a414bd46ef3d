// What the three filing forms share, for a first submission and for a resubmission after return.
import type { ReactNode } from 'react';

export interface FilingFormProps {
  initialValues?: Record<string, unknown>;
  /** Receives the request body's parts; a rejected promise carries the ApiError whose field errors the form shows. */
  onSubmit: (parts: Record<string, unknown>) => Promise<unknown>;
  submitting: boolean;
  submitLabel: string;
  onCancel: () => void;
  /** Extra inputs (e.g. the resubmission comment), rendered inside the form before the buttons. */
  extra?: ReactNode;
}
