// Labels and options of the training vocabulary, translated through the 'training' namespace.
import { trainingAudiences, type TrainingAudience } from '@linli/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export const audienceColors: Record<TrainingAudience, string> = {
  leaders: 'geekblue',
  backbones: 'cyan',
  social_workers: 'purple',
  volunteers: 'green',
};

export function useTrainingLabels() {
  const { t, i18n } = useTranslation('training');
  return useMemo(() => {
    const audience = (value: string) => t(`audience.${value}`, { defaultValue: value });
    return {
      t,
      wide: i18n.language === 'en-US',
      audience,
      audienceOptions: trainingAudiences.map((value) => ({ value, label: audience(value) })),
    };
  }, [t, i18n.language]); // the labels change with the language
}

export type TrainingLabels = ReturnType<typeof useTrainingLabels>;
