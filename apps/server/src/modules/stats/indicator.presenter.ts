import type { Indicator, IndicatorResult, IndicatorValue, OrganizationFilter, Pack } from '@linli/shared';
import { trainingAudiences } from '@linli/shared';
import { startOf, trainingSubjectOf } from './indicator-engine.js';
import { fieldsOfCategories, organizationSubjectOf } from './measures.js';

const units: Record<Indicator['kind'], IndicatorResult['unit']> = {
  avg_per_community: 'per_community',
  count: 'count',
  share: 'share',
  coverage: 'share',
  per_region_min: 'share',
  funding_share: 'share',
  staffing: 'share',
};

/** The organization-list filters behind an indicator's numerator, so the dashboard can link every number. */
export function organizationFilter(pack: Pack, indicator: Indicator): OrganizationFilter | null {
  const subject = organizationSubjectOf(indicator);
  if (subject === null) return null;
  const fields = subject?.categories ? fieldsOfCategories(pack, subject.categories) : [];
  return {
    status: ['active'],
    tier: subject?.tiers ?? pack.countedTiers,
    ...(subject?.hubKinds && { hubKind: subject.hubKinds }),
    ...(fields.length > 0 && { serviceField: [...new Set(fields)] }),
    ...(subject?.flags?.includes('brand') && { isBrand: true }),
    ...(subject?.flags?.includes('demonstration') && { isDemonstration: true }),
    ...(subject?.flags?.includes('observation_point') && { isObservationPoint: true }),
  };
}

/** The training attendance list behind a person-times numerator: its audiences, from the indicator's start. */
export function trainingFilter(pack: Pack, indicator: Indicator): IndicatorResult['training'] {
  const subject = trainingSubjectOf(indicator);
  return subject ? { audiences: subject.audiences ?? [...trainingAudiences], from: startOf(pack, indicator) } : null;
}

export function presentIndicator(pack: Pack, indicator: Indicator, value: IndicatorValue): IndicatorResult {
  const subject = 'subject' in indicator ? indicator.subject : undefined;
  return {
    ...value,
    id: indicator.id,
    name: indicator.name,
    kind: indicator.kind,
    unit: units[indicator.kind],
    comparator: indicator.comparator,
    target: indicator.target,
    startsOn: startOf(pack, indicator),
    deadline: indicator.deadline ?? null,
    judgedAt: indicator.judgedAt,
    regionLevel: 'regionLevel' in indicator ? indicator.regionLevel : null,
    citation: indicator.citation,
    noDataSource: subject && subject.source !== 'organizations' && subject.source !== 'training_attendance' ? subject.source : null,
    organizations: organizationFilter(pack, indicator),
    training: trainingFilter(pack, indicator),
  };
}
