// An indicator of a pack file in words: what is counted (its subject and parameters) and its target in its unit.
import { trainingAudiences, type Indicator, type Pack, type Subject } from '@linli/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndicatorLabels, type Unit } from '../dashboard/labels.js';
import { useOrganizationLabels } from '../organizations/labels.js';

export const unitOf = (kind: Indicator['kind']): Unit =>
  kind === 'avg_per_community' ? 'per_community' : kind === 'count' ? 'count' : 'share';

export function useDescribeIndicator(pack: Pack) {
  const { t } = useTranslation('policies');
  const labels = useIndicatorLabels();
  const organizationLabels = useOrganizationLabels();

  const subject = useCallback(
    (value: Subject | undefined): string[] => {
      if (!value) return [t('params.allCounted')];
      if (value.source === 'training_attendance')
        return [
          t('params.training', { audiences: labels.join((value.audiences ?? trainingAudiences).map((a) => t(`training:audience.${a}`))) }),
        ];
      if (value.source !== 'organizations') return [t('params.pending', { source: labels.pendingSource(value.source) })];
      const parts: string[] = [];
      if (value.tiers) parts.push(t('params.tiers', { tiers: labels.join(value.tiers.map(organizationLabels.tier)) }));
      if (value.hubKinds) parts.push(t('params.hubKinds', { kinds: labels.join(value.hubKinds.map(organizationLabels.hubKind)) }));
      if (value.flags) parts.push(t('params.flags', { flags: labels.join(value.flags.map((f) => t(`params.flag.${f}`))) }));
      if (value.categories) {
        const names = value.categories.map((id) => {
          const category = pack.taxonomy.find((c) => c.id === id);
          return category ? labels.text(category.name) : id;
        });
        parts.push(t('params.categories', { categories: labels.join(names) }));
      }
      return parts.length > 0 ? parts : [t('params.allCounted')];
    },
    [t, labels, organizationLabels, pack.taxonomy],
  );

  return useCallback(
    (indicator: Indicator) => {
      const unit = unitOf(indicator.kind);
      const target = labels.bareTarget({ comparator: indicator.comparator, target: indicator.target, unit });
      const params: string[] = [];
      switch (indicator.kind) {
        case 'avg_per_community':
          params.push(t(`params.communityKind.${indicator.communityKind}`), ...subject(indicator.subject));
          break;
        case 'coverage':
        case 'per_region_min':
          if (indicator.kind === 'coverage' && indicator.communityKind) params.push(t(`params.communityKind.${indicator.communityKind}`));
          params.push(
            t('params.regionLevel', { level: labels.level(indicator.regionLevel), min: indicator.min }),
            ...subject(indicator.subject),
          );
          break;
        case 'share':
        case 'count':
          params.push(...subject(indicator.subject));
          break;
        case 'funding_share':
          params.push(t('params.program', { kind: t(`params.programKind.${indicator.programKind}`) }), ...subject(indicator.subject));
          break;
        case 'staffing':
          params.push(
            t('params.staffing', {
              min: indicator.min,
              max: indicator.max,
              kinds: labels.join(indicator.hubKinds.map(organizationLabels.hubKind)),
            }),
            ...subject(indicator.subject),
          );
          break;
      }
      return { target, params, kind: labels.kind(indicator.kind) };
    },
    [t, labels, organizationLabels, subject],
  );
}
