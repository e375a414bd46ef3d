// A returned filing shows the reviewer's latest comment first: it says what the applicant must correct.
import type { FilingDetail } from '@linli/shared';
import { Alert } from 'antd';
import { useFilingLabels } from './labels.js';

export function ReturnedNotice({ filing }: { filing: FilingDetail }) {
  const { t } = useFilingLabels();
  if (filing.status !== 'returned') return null;
  const last = [...filing.transitions].reverse().find((step) => step.action === 'return');
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('detail.returnedTitle', { actor: last?.actorName ?? t('detail.systemActor') })}
      description={<span style={{ whiteSpace: 'pre-wrap' }}>{last?.comment || t('detail.noComment')}</span>}
    />
  );
}
