// Runs a form's submission: server field errors go onto the fields, the rest into the form's alert.
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { alertErrorOf, applyFieldErrors } from '../../app/form-errors.js';

export function useServerErrors(form: FormInstance, prefix?: string) {
  const [alertError, setAlertError] = useState<unknown>(null);
  const run = async (send: () => Promise<unknown>) => {
    setAlertError(null);
    try {
      await send();
    } catch (error) {
      const shown = applyFieldErrors(form, error, { prefix });
      setAlertError(alertErrorOf(error, shown));
      if (shown.matched === 0) window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  };
  return { alertError, run };
}
