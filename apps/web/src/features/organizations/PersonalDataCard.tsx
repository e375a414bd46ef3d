// Leader and contact. Phone and ID number come masked; "查看完整信息" asks the server for the plain values,
// which it records in the audit log (personal data is revealed only on request).
import type { Organization } from '@linli/shared';
import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useRevealPersonalData } from './queries.js';

export function PersonalDataCard({ organization: o }: { organization: Organization }) {
  const { t } = useTranslation('organizations');
  const reveal = useRevealPersonalData(o.id);
  const shown = reveal.data ?? { leaderPhone: o.leaderPhone, leaderIdNumber: o.leaderIdNumber, contactPhone: o.contactPhone };
  const dash = '—';
  return (
    <Card
      title={t('detail.people')}
      extra={
        o.abilities.reveal && !reveal.data ? (
          <Button icon={<EyeOutlined />} loading={reveal.isPending} onClick={() => reveal.mutate()} title={t('detail.revealConfirm')}>
            {t('detail.reveal')}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={reveal.error} />
      {reveal.data && <Alert type="info" showIcon title={t('detail.revealNote')} style={{ marginBottom: 12 }} />}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'leaderName', label: t('field.leaderName'), children: o.leaderName },
          { key: 'leaderPhone', label: t('field.leaderPhone'), children: shown.leaderPhone ?? dash },
          { key: 'leaderIdNumber', label: t('field.leaderIdNumber'), children: shown.leaderIdNumber ?? dash },
          { key: 'contactName', label: t('field.contactName'), children: o.contactName || dash },
          { key: 'contactPhone', label: t('field.contactPhone'), children: shown.contactPhone ?? dash },
        ]}
      />
    </Card>
  );
}
