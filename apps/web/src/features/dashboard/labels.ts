// Labels, colours and number formats of the indicator vocabulary (statuses, kinds, units, pending sources),
// translated through the 'dashboard' namespace. The policies pages use them too.
import type { IndicatorResult, IndicatorStatus } from '@linli/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format.js';

/** met green, on track blue, behind orange, overdue red, no data grey, not applicable light grey. */
export const statusColors: Record<IndicatorStatus, string> = {
  met: '#389e0d',
  on_track: '#1664c0',
  behind: '#d46b08',
  overdue: '#cf1322',
  no_data: '#8c8c8c',
  not_applicable: '#bfbfbf',
};
export const statusTagColors: Record<IndicatorStatus, string> = {
  met: 'success',
  on_track: 'processing',
  behind: 'warning',
  overdue: 'error',
  no_data: 'default',
  not_applicable: 'default',
};

export type Unit = IndicatorResult['unit'];
type Localized = { zh: string; en: string };

const trim = (value: number, digits: number) => Number(value.toFixed(digits)).toLocaleString('zh-CN', { maximumFractionDigits: digits });

export function useIndicatorLabels() {
  const { t, i18n } = useTranslation('dashboard');
  const { t: common } = useTranslation('common');
  return useMemo(() => {
    const english = i18n.language === 'en-US';
    /** A figure in its unit without the unit: 11.3, 45.2 (for %), 1,234. */
    const bare = (value: number, unit: Unit) =>
      unit === 'share' ? trim(value * 100, 1) : unit === 'per_community' ? trim(value, 1) : formatNumber(value);
    /** A figure with its unit: 11.3 个/社区, 45.2%, 1,234. */
    const figure = (value: number | null | undefined, unit: Unit) => {
      if (value === null || value === undefined) return common('state.none');
      const text = bare(value, unit);
      if (unit === 'share') return `${text}%`;
      if (unit === 'per_community') return `${text} ${t('unit.per_community')}`;
      return text;
    };
    return {
      t,
      english,
      /** Items of a list: 甲、乙 in Chinese, "a, b" in English. */
      join: (values: string[]) => values.join(english ? ', ' : '、'),
      /** The pack text in the current language. */
      text: (value: Localized) => (english ? value.en : value.zh),
      status: (status: IndicatorStatus) => t(`status.${status}`),
      kind: (kind: string) => t(`kind.${kind}`, { defaultValue: kind }),
      pendingSource: (source: string) => t(`pendingSource.${source}`, { defaultValue: source }),
      /** 1 province … 5 community; 0 (the country) and null give ''. */
      level: (level: number | null | undefined) => (level ? common(`regionLevel.${level}`) : ''),
      regionName: (region: { code: string; name: string }) => (region.code === '' ? t('country') : region.name),
      bare,
      figure,
      target: (indicator: Pick<IndicatorResult, 'comparator' | 'target' | 'unit'>) =>
        t('card.target', {
          comparator: t(`comparator.${indicator.comparator ?? 'gte'}`),
          target: figure(indicator.target, indicator.unit),
        }),
      /** '≥ 12 个/社区' (where the column already says 目标) */
      bareTarget: (indicator: Pick<IndicatorResult, 'comparator' | 'target' | 'unit'>) =>
        `${t(`comparator.${indicator.comparator ?? 'gte'}`)} ${figure(indicator.target, indicator.unit)}`,
      /** A clause as the documents number their parts: a bare 一 is the part headed 一、 */
      clause: (clause: string) => (/^[一二三四五六七八九十]+$/.test(clause) ? t('clausePart', { clause }) : clause),
      fraction: (indicator: Pick<IndicatorResult, 'kind' | 'numerator' | 'denominator' | 'regionLevel'>) =>
        indicator.numerator === null
          ? ''
          : t(`fraction.${indicator.kind}`, {
              numerator: formatNumber(indicator.numerator),
              denominator: formatNumber(indicator.denominator),
              level: indicator.regionLevel ? common(`regionLevel.${indicator.regionLevel}`) : '',
            }),
    };
  }, [t, common, i18n.language]); // the labels change with the language
}

export type IndicatorLabels = ReturnType<typeof useIndicatorLabels>;
