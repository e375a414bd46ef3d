// Labels and select options for the registry's closed vocabularies, translated through the 'organizations' namespace.
import { hubKinds, legalForms, organizationStatuses, serviceFields, targetGroups, tiers } from '@linli/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export const statusColors: Record<string, string> = { active: 'green', suspended: 'orange', cancelled: 'default', banned: 'red' };
export const tierColors: Record<string, string> = { registered: 'geekblue', team: 'cyan', group: 'purple' };
export const flagKeys = ['isBrand', 'isDemonstration', 'isObservationPoint'] as const;
export type FlagKey = (typeof flagKeys)[number];

export function useOrganizationLabels() {
  const { t, i18n } = useTranslation('organizations');
  return useMemo(() => {
    const label = (group: string) => (value: string | null | undefined) => (value ? t(`${group}.${value}`, { defaultValue: value }) : '');
    const options = (group: string, values: readonly string[]) => values.map((value) => ({ value, label: label(group)(value) }));
    return {
      t,
      /** English labels run longer: columns widen with it. */
      wide: i18n.language === 'en-US',
      tier: label('tier'),
      legalForm: label('legalForm'),
      hubKind: label('hubKind'),
      status: label('status'),
      serviceField: label('serviceField'),
      targetGroup: label('targetGroup'),
      flag: (key: FlagKey) => t(`flag.${key}`),
      tierOptions: options('tier', tiers),
      legalFormOptions: options('legalForm', legalForms),
      hubKindOptions: options('hubKind', hubKinds),
      statusOptions: options('status', organizationStatuses),
      serviceFieldOptions: options('serviceField', serviceFields),
      targetGroupOptions: options('targetGroup', targetGroups),
      flagOptions: flagKeys.map((value) => ({ value, label: t(`flag.${value}`) })),
    };
  }, [t, i18n.language]); // the labels change with the language
}
