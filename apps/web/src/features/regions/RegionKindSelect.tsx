// The system administrator corrects a community's urban/rural type (PATCH /regions/:code).
import type { Region } from '@linli/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api.js';

export function RegionKindSelect({ region }: { region: Region }) {
  const { t } = useTranslation('regions');
  const { t: common } = useTranslation('common');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (kind: 'urban' | 'rural') => api.patch<Region>(`/regions/${region.code}`, { kind }),
    onSuccess: (saved) => {
      void message.success(t('kindSaved', { name: saved.name, kind: common(`regionKind.${saved.kind}`) }));
      void queryClient.invalidateQueries({ queryKey: ['regions'] });
    },
    onError: (error) => void message.error(error instanceof ApiError ? error.title : String(error)),
  });
  return (
    <Select<'urban' | 'rural'>
      size="small"
      style={{ width: 96 }}
      value={region.kind ?? undefined}
      placeholder={common('state.none')}
      loading={save.isPending}
      disabled={save.isPending}
      options={[
        { value: 'urban', label: common('regionKind.urban') },
        { value: 'rural', label: common('regionKind.rural') },
      ]}
      onChange={(kind) => save.mutate(kind)}
    />
  );
}
