// One volunteer's records as the staff of their region see them (GET /volunteers/:id/records).
import type { ServiceRecord, VolunteerRecords } from '@linli/shared';
import { useQuery } from '@tanstack/react-query';
import { Descriptions, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { hoursText, starText, timeRange } from './format.js';

export function VolunteerHistory({ volunteerId }: { volunteerId: string }) {
  const { t } = useTranslation('volunteering');
  const [page, setPage] = useState(1);
  const history = useQuery({
    queryKey: ['volunteering', 'volunteer-records', volunteerId, page],
    queryFn: () => api.get<VolunteerRecords>(`/volunteers/${volunteerId}/records`, { page, pageSize: 10 }),
  });
  const volunteer = history.data?.volunteer;
  return (
    <>
      <ErrorAlert error={history.error} />
      {volunteer && (
        <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('field.community')}>{volunteer.regionPath}</Descriptions.Item>
          <Descriptions.Item label={t('field.hours')}>{hoursText(volunteer.hoursConfirmed)}</Descriptions.Item>
          <Descriptions.Item label={t('field.points')}>{volunteer.pointsBalance}</Descriptions.Item>
          <Descriptions.Item label={t('field.star')}>{starText(t, volunteer.star)}</Descriptions.Item>
        </Descriptions>
      )}
      <Table<ServiceRecord>
        rowKey="id"
        size="small"
        loading={history.isFetching}
        dataSource={history.data?.items}
        pagination={{ current: page, pageSize: 10, total: history.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('field.time'), key: 'time', width: 200, render: (_, r) => timeRange(r.startedAt, r.endedAt) },
          { title: t('field.content'), dataIndex: 'content' },
          { title: t('field.organization'), dataIndex: 'organizationName', width: 150 },
          { title: t('field.serviceHours'), dataIndex: 'hours', width: 90, align: 'right', render: hoursText },
        ]}
      />
    </>
  );
}
