import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// Action names contain dots ('auth.login'), so they are looked up in the catalogue objects, not by key path.
export function useAuditLabels() {
  const { t } = useTranslation('audit');
  return useMemo(() => {
    const actions = t('action', { returnObjects: true }) as Record<string, string>;
    const families = t('family', { returnObjects: true }) as Record<string, string>;
    const targetTypes = t('targetType', { returnObjects: true }) as Record<string, string>;
    return {
      t,
      action: (action: string) => actions[action] ?? action,
      targetType: (type: string) => targetTypes[type] ?? type,
      actionOptions: [
        ...Object.entries(families).map(([value, label]) => ({ value, label })),
        ...Object.entries(actions).map(([value, label]) => ({ value, label: `${label}（${value}）` })),
      ],
      targetTypeOptions: Object.entries(targetTypes).map(([value, label]) => ({ value, label })),
    };
  }, [t]); // `t` changes with the language
}
