// Labels of filing kinds, statuses and actions, translated through the 'filings' namespace.
import { filingKinds, filingStatuses } from '@linli/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export const filingStatusColors: Record<string, string> = {
  committee_review: 'processing',
  street_review: 'blue',
  returned: 'warning',
  filed: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

/** Actions that move a filing forward look primary; the ones that stop it look dangerous. */
export const actionStyle: Record<string, { type?: 'primary' | 'default'; danger?: boolean }> = {
  approve: { type: 'primary' },
  file: { type: 'primary' },
  resubmit: { type: 'primary' },
  return: {},
  reject: { danger: true },
  withdraw: { danger: true },
};

export function useFilingLabels() {
  const { t, i18n } = useTranslation('filings');
  return useMemo(() => {
    const label = (group: string) => (value: string | null | undefined) => (value ? t(`${group}.${value}`, { defaultValue: value }) : '');
    return {
      t,
      /** English labels run longer: columns widen with it. */
      wide: i18n.language === 'en-US',
      kind: label('kind'),
      status: label('status'),
      action: label('action'),
      kindOptions: filingKinds.map((value) => ({ value, label: label('kind')(value) })),
      statusOptions: filingStatuses.map((value) => ({ value, label: label('status')(value) })),
    };
  }, [t, i18n.language]); // the labels change with the language
}
