// 停用/启用: a confirmed PATCH /users/:id with the row's version (a stale version answers 409).
import type { User } from '@linli/shared';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { useUpdateUser } from './queries.js';

export function UserStatusButton({ user }: { user: User }) {
  const { t } = useTranslation('users');
  const { modal, message } = App.useApp();
  const update = useUpdateUser();
  const disabling = user.status === 'active';
  const name = user.displayName;

  const confirm = () =>
    modal.confirm({
      title: t(disabling ? 'confirmDisable' : 'confirmEnable', { name }),
      content: t(disabling ? 'confirmDisableDetail' : 'confirmEnableDetail'),
      okText: t(disabling ? 'disable' : 'enable'),
      okButtonProps: { danger: disabling },
      onOk: async () => {
        try {
          await update.mutateAsync({ id: user.id, status: disabling ? 'disabled' : 'active', version: user.version });
          void message.success(t(disabling ? 'disabled' : 'enabled', { name }));
        } catch (error) {
          void message.error(
            error instanceof ApiError
              ? [error.title, error.errors?.[0]?.message ?? error.detail].filter(Boolean).join('：')
              : String(error),
          );
        }
      },
    });

  return (
    <Button size="small" type="link" danger={disabling} onClick={confirm} loading={update.isPending}>
      {t(disabling ? 'disable' : 'enable')}
    </Button>
  );
}
