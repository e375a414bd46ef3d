// The volunteers who signed up for a need, as its organization and the offices see them, with their confirmed
// hours or the button to confirm them.
import type { VolunteerNeed, VolunteerSignup } from '@linli/shared';
import { Button, Card, Empty, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ConfirmHoursModal } from './ConfirmHoursModal.js';
import { hoursText } from './format.js';
import { SignupStatusTag } from './needs-labels.js';
import { useSignups } from './queries.js';

export function SignupsCard({ need }: { need: VolunteerNeed }) {
  const { t } = useTranslation('volunteering');
  const signups = useSignups(need.id, true);
  const [confirming, setConfirming] = useState<VolunteerSignup | null>(null);
  const ended = new Date(need.endsAt) <= new Date();

  const confirmCell = (signup: VolunteerSignup) => {
    if (signup.record)
      return <Tag color="green">{t('needs.confirmed', { hours: hoursText(signup.record.hours), points: signup.record.points })}</Tag>;
    if (signup.status !== 'signed_up') return null;
    if (!need.abilities.confirm)
      return (
        <Tooltip title={ended ? t('needs.windowClosed') : t('needs.notEnded')}>
          <Button size="small" disabled>
            {t('needs.confirm')}
          </Button>
        </Tooltip>
      );
    return (
      <Button size="small" type="primary" onClick={() => setConfirming(signup)}>
        {t('needs.confirm')}
      </Button>
    );
  };

  return (
    <Card title={t('needs.signups')}>
      <ErrorAlert error={signups.error} />
      <Table<VolunteerSignup>
        rowKey="id"
        size="small"
        loading={signups.isFetching}
        dataSource={signups.data}
        pagination={false}
        scroll={{ x: 820 }}
        locale={{ emptyText: signups.isLoading ? ' ' : <Empty description={t('needs.noSignups')} /> }}
        columns={[
          { title: t('field.name'), dataIndex: 'name', width: 120 },
          { title: t('field.phone'), dataIndex: 'phone', width: 130, render: (phone: string | null) => phone ?? '—' },
          { title: t('field.skills'), dataIndex: 'skills', render: (skills: string[]) => skills.join('、') || '—' },
          { title: t('field.status'), dataIndex: 'status', width: 110, render: (s: string) => <SignupStatusTag status={s} /> },
          { title: t('field.signedUpAt'), dataIndex: 'signedUpAt', width: 150, render: (v: string) => formatDateTime(v) },
          { key: 'confirm', width: 220, render: (_, signup) => confirmCell(signup) },
        ]}
      />
      <ConfirmHoursModal need={need} signup={confirming} onClose={() => setConfirming(null)} />
    </Card>
  );
}
