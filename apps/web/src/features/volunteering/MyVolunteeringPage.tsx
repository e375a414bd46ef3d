// /volunteering/me — a resident's volunteering: registration first, then their time bank (hours, points, star),
// records, certificates and redemptions.
import type { Redemption } from '@linli/shared';
import { Card, Empty, Flex, Spin, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { CertificatesCard } from './CertificatesCard.js';
import { MyRecordsCard } from './MyRecordsCard.js';
import { useMyRedemptions, useMyVolunteer } from './queries.js';
import { VolunteerForm } from './VolunteerForm.js';
import { VolunteerSummary } from './VolunteerSummary.js';

function RedemptionsCard() {
  const { t } = useTranslation('volunteering');
  const redemptions = useMyRedemptions(true);
  return (
    <Card title={t('me.redemptions')}>
      <ErrorAlert error={redemptions.error} />
      <Table<Redemption>
        rowKey="id"
        size="small"
        loading={redemptions.isFetching}
        dataSource={redemptions.data?.items}
        pagination={false}
        locale={{ emptyText: redemptions.isLoading ? ' ' : <Empty description={t('me.noRedemptions')} /> }}
        columns={[
          { title: t('field.reward'), dataIndex: 'rewardName' },
          { title: t('field.cost'), dataIndex: 'points', width: 120, align: 'right' },
          { title: t('field.redeemedAt'), dataIndex: 'createdAt', width: 180, render: (v: string) => formatDateTime(v) },
        ]}
      />
    </Card>
  );
}

export function MyVolunteeringPage() {
  const { t } = useTranslation('volunteering');
  const volunteer = useMyVolunteer();
  if (volunteer.isLoading)
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  if (volunteer.error) return <ErrorAlert error={volunteer.error} />;
  if (!volunteer.data)
    return (
      <Card title={t('register.title')}>
        <VolunteerForm volunteer={null} />
      </Card>
    );
  return (
    <>
      <VolunteerSummary volunteer={volunteer.data} />
      <MyRecordsCard />
      <CertificatesCard hasRecords={volunteer.data.hoursConfirmed > 0} />
      <RedemptionsCard />
    </>
  );
}
