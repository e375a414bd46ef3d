// 核验审计链: walks the hash chain on the server and says whether any event was altered or removed.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useVerifyChain } from './queries.js';

export function VerifyChainButton({ verify }: { verify: ReturnType<typeof useVerifyChain> }) {
  const { t } = useTranslation('audit');
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
      {t('verify')}
    </Button>
  );
}

export function VerifyChainResult({ verify }: { verify: ReturnType<typeof useVerifyChain> }) {
  const { t } = useTranslation('audit');
  if (verify.error) return <ErrorAlert error={verify.error} />;
  if (!verify.data) return null;
  const { result, at } = verify.data;
  const title = result.ok
    ? t('verifyOk', { checked: result.checked })
    : t('verifyBad', {
        id: result.firstBadEventId,
        checked: result.checked,
        problem: result.problem ? t(`problem.${result.problem}`) : '',
      });
  return (
    <Alert
      type={result.ok ? 'success' : 'error'}
      showIcon
      title={title}
      description={t('verifiedAt', { time: formatDateTime(at, true) })}
      closable={{ onClose: () => verify.reset() }}
      style={{ marginBottom: 16 }}
    />
  );
}
