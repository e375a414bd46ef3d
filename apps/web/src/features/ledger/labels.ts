// Labels of the ledger's columns and values in the language of the page: the column names are the shared ones
// (packages/shared labels.ts, the words of the import template), statuses come from the 'ledger' namespace.
import {
  hubKindLabels,
  ledgerColumnLabels,
  ledgerColumns,
  legalFormLabels,
  organizationStatusLabels,
  requiredLedgerColumns,
  tierLabels,
  yesNoLabels,
  type LabelLanguage,
  type LedgerColumn,
} from '@linli/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export const importStatusColors: Record<string, string> = {
  mapping: 'gold',
  analyzing: 'processing',
  analyzed: 'blue',
  committing: 'processing',
  committed: 'success',
  failed: 'error',
  discarded: 'default',
};

export const exportStatusColors: Record<string, string> = { running: 'processing', done: 'success', failed: 'error' };

/** Statuses in which a job is still moving: pages poll while one shows. */
export const busyStatuses = new Set(['analyzing', 'committing', 'running']);

/** How often a running job is asked for its progress. */
export const POLL_MS = 700;

const enumLabels: Partial<Record<LedgerColumn, Record<LabelLanguage, Record<string, string>>>> = {
  tier: tierLabels,
  legalForm: legalFormLabels,
  hubKind: hubKindLabels,
  status: organizationStatusLabels,
};

export function useLedgerLabels() {
  const { t, i18n } = useTranslation('ledger');
  return useMemo(() => {
    const language: LabelLanguage = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
    const column = (key: string) => ledgerColumnLabels[language][key as LedgerColumn] ?? key;
    /** A value of an update's change, as a person would write it in the ledger. */
    const value = (field: string, raw: unknown): string => {
      if (raw === null || raw === undefined || raw === '') return t('check.emptyValue');
      if (Array.isArray(raw)) return raw.length ? raw.map(String).join('、') : t('check.emptyValue');
      if (typeof raw === 'boolean') return yesNoLabels[language][raw ? 'yes' : 'no'];
      const labels = enumLabels[field as LedgerColumn]?.[language];
      return labels?.[String(raw)] ?? String(raw);
    };
    return {
      t,
      language,
      column,
      value,
      /** The Select options of the mapping step: every ledger column, required ones marked. */
      columnOptions: ledgerColumns.map((key) => ({
        value: key,
        label: requiredLedgerColumns.includes(key) ? `${column(key)} ${t('mapping.requiredMark')}` : column(key),
      })),
      importStatus: (status: string) => t(`importStatus.${status}`, { defaultValue: status }),
      exportStatus: (status: string) => t(`exportStatus.${status}`, { defaultValue: status }),
      list: (list: string) => t(`list.${list}`, { defaultValue: list }),
    };
  }, [t, i18n.language]);
}

export type LedgerLabels = ReturnType<typeof useLedgerLabels>;
