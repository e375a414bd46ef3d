// The buttons of one need, as its abilities allow: sign up or withdraw (volunteers), edit and close (its keepers).
import type { VolunteerNeed } from '@linli/shared';
import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { SignupStatusTag } from './needs-labels.js';
import { useNeedAction } from './queries.js';

export function NeedActions({ need, compact }: { need: VolunteerNeed; compact?: boolean }) {
  const { t } = useTranslation('volunteering');
  const { message, notification } = App.useApp();
  const action = useNeedAction(need.id);
  const size = compact ? 'small' : 'middle';
  const run = (kind: 'signUp' | 'withdraw' | 'close', done: string) =>
    action.mutate(kind === 'close' ? { kind, version: need.version } : { kind }, {
      onSuccess: () => void message.success(done),
      onError: (error) =>
        notification.error({
          title: error instanceof ApiError ? error.title : String(error),
          description: error instanceof ApiError ? error.detail : undefined,
        }),
    });
  const { abilities } = need;
  return (
    <Space wrap>
      {compact && need.mySignup === 'signed_up' && <SignupStatusTag status={need.mySignup} />}
      {abilities.signUp && (
        <Button type="primary" size={size} loading={action.isPending} onClick={() => run('signUp', t('needs.signedUp'))}>
          {t('needs.signUp')}
        </Button>
      )}
      {abilities.withdraw && (
        <Popconfirm title={t('needs.withdrawConfirm')} onConfirm={() => run('withdraw', t('needs.withdrawn'))}>
          <Button size={size} loading={action.isPending}>
            {t('needs.withdraw')}
          </Button>
        </Popconfirm>
      )}
      {!compact && abilities.update && (
        <Link to={`/volunteering/needs/${need.id}/edit`}>
          <Button>{t('needs.edit')}</Button>
        </Link>
      )}
      {!compact && abilities.close && (
        <Popconfirm title={t('needs.closeConfirm')} onConfirm={() => run('close', t('needs.closed'))}>
          <Button danger>{t('needs.close')}</Button>
        </Popconfirm>
      )}
    </Space>
  );
}
