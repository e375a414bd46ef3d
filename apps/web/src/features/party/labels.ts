// Labels and options of the party-building vocabulary, translated through the 'party' namespace.
import { partyMeetingKinds, partyOrganizationKinds, partyOrganizationStatuses } from '@linli/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export const kindColors: Record<string, string> = { own_branch: 'red', joint_branch: 'volcano' };
export const statusColors: Record<string, string> = { active: 'green', dissolved: 'default' };

export function usePartyLabels() {
  const { t, i18n } = useTranslation('party');
  return useMemo(() => {
    const label = (group: string) => (value: string) => t(`${group}.${value}`, { defaultValue: value });
    const options = (group: string, values: readonly string[]) => values.map((value) => ({ value, label: label(group)(value) }));
    return {
      t,
      wide: i18n.language === 'en-US',
      kind: label('kind'),
      status: label('status'),
      meetingKind: label('meetingKind'),
      kindOptions: options('kind', partyOrganizationKinds),
      statusOptions: options('status', partyOrganizationStatuses),
      meetingKindOptions: options('meetingKind', partyMeetingKinds),
    };
  }, [t, i18n.language]); // the labels change with the language
}
