// Labels of the activity vocabularies in the page's language: the words of @linli/shared (the exports use the
// same), the rest through the 'activities' namespace.
import {
  activityKindLabels,
  activityKinds,
  activityStatuses,
  activityStatusLabels,
  reportLevelLabels,
  reportLevels,
  reportStatuses,
  reportStatusLabels,
  type LabelLanguage,
} from '@linli/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export const activityStatusColors: Record<string, string> = { planned: 'processing', held: 'success', cancelled: 'default' };
export const reportStatusColors: Record<string, string> = { reported: 'warning', acknowledged: 'success', returned: 'error' };

export function useActivityLabels() {
  const { t, i18n } = useTranslation('activities');
  return useMemo(() => {
    const language: LabelLanguage = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
    const english = language === 'en-US';
    const of =
      <T extends string>(labels: Record<LabelLanguage, Record<T, string>>) =>
      (value: T | null | undefined) =>
        value ? labels[language][value] : '';
    const options = <T extends string>(labels: Record<LabelLanguage, Record<T, string>>, values: readonly T[]) =>
      values.map((value) => ({ value, label: labels[language][value] }));
    return {
      t,
      english,
      kind: of(activityKindLabels),
      status: of(activityStatusLabels),
      level: of(reportLevelLabels),
      reportStatus: of(reportStatusLabels),
      kindOptions: options(activityKindLabels, activityKinds),
      statusOptions: options(activityStatusLabels, activityStatuses),
      levelOptions: options(reportLevelLabels, reportLevels),
      reportStatusOptions: options(reportStatusLabels, reportStatuses),
      /** A pack's { zh, en } text in the page's language */
      text: (value: { zh: string; en: string } | null | undefined) => (value ? (english ? value.en : value.zh) : ''),
      join: (values: string[]) => values.join(english ? ', ' : '、'),
    };
  }, [t, i18n.language]); // the labels change with the language
}
