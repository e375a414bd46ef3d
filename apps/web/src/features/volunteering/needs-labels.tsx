// Status tags of needs, sign-ups and rewards.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const needColors: Record<string, string> = { open: 'green', closed: 'default', cancelled: 'red' };

export function NeedStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('volunteering');
  return <Tag color={needColors[status]}>{t(`needStatus.${status}`)}</Tag>;
}

export function SignupStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('volunteering');
  return <Tag color={status === 'signed_up' ? 'blue' : 'default'}>{t(`signupStatus.${status}`)}</Tag>;
}

export function RewardStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('volunteering');
  return <Tag color={status === 'active' ? 'green' : 'default'}>{t(`rewardStatus.${status}`)}</Tag>;
}
