// /volunteering/volunteers — the volunteer registry of the office's region: filter by community, skill, star and
// name; phones masked; each volunteer's records on demand; exports to Excel.
import type { Volunteer } from '@linli/shared';
import { Button, Drawer, Empty, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format.js';
import { useCan } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RegionPicker } from '../../components/RegionPicker.js';
import { ExportButton } from '../ledger/ExportButton.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { hoursText, starText } from './format.js';
import { useVolunteers } from './queries.js';
import { VolunteerHistory } from './VolunteerHistory.js';

export function VolunteersPage() {
  const { t } = useTranslation('volunteering');
  const { query, update, reset } = useUrlQuery();
  const canExport = useCan('exports:create');
  const volunteers = useVolunteers(query);
  const [shown, setShown] = useState<Volunteer | null>(null);
  const page = Number(query.page ?? 1);
  const pageSize = Number(query.pageSize ?? 20);

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <RegionPicker value={query.region} onChange={(region) => update({ region })} allowClear style={{ width: 280 }} />
          <Input.Search
            allowClear
            placeholder={t('filter.skill')}
            defaultValue={query.skill}
            onSearch={(skill) => update({ skill: skill.trim() || undefined })}
            style={{ width: 160 }}
          />
          <InputNumber
            min={0}
            max={10}
            precision={0}
            placeholder={t('filter.star')}
            value={query.star === undefined ? null : Number(query.star)}
            onChange={(star) => update({ star: star === null ? undefined : String(star) })}
            style={{ width: 110 }}
          />
          <Input.Search
            allowClear
            placeholder={t('filter.name')}
            defaultValue={query.q}
            onSearch={(q) => update({ q: q.trim() || undefined })}
            style={{ width: 160 }}
          />
          <Button onClick={() => reset()}>{t('action.reset')}</Button>
        </Space>
        {canExport && <ExportButton list="volunteers" query={query} />}
      </Space>
      <ErrorAlert error={volunteers.error} />
      <Table<Volunteer>
        rowKey="id"
        loading={volunteers.isFetching}
        dataSource={volunteers.data?.items}
        scroll={{ x: 1100 }}
        pagination={{
          current: page,
          pageSize,
          total: volunteers.data?.total ?? 0,
          showTotal: (total) => t('list.total', { count: total }),
          onChange: (next, size) =>
            update({ page: next > 1 ? String(next) : undefined, pageSize: size !== 20 ? String(size) : undefined }, { keepPage: true }),
        }}
        locale={{ emptyText: volunteers.isLoading ? ' ' : <Empty /> }}
        columns={[
          {
            title: t('field.name'),
            dataIndex: 'name',
            width: 110,
            render: (name: string, v) => <Typography.Link onClick={() => setShown(v)}>{name}</Typography.Link>,
          },
          { title: t('field.community'), dataIndex: 'regionPath' },
          { title: t('field.phone'), dataIndex: 'phone', width: 130, render: (phone: string | null) => phone ?? '—' },
          {
            title: t('field.skills'),
            dataIndex: 'skills',
            width: 200,
            render: (skills: string[]) => skills.map((s) => <Tag key={s}>{s}</Tag>),
          },
          { title: t('field.hours'), dataIndex: 'hoursConfirmed', width: 120, align: 'right', render: hoursText },
          { title: t('field.points'), dataIndex: 'pointsBalance', width: 100, align: 'right' },
          { title: t('field.star'), key: 'star', width: 120, render: (_, v) => starText(t, v.star) },
          { title: t('field.registeredAt'), dataIndex: 'registeredAt', width: 120, render: (v: string) => formatDate(v) },
        ]}
      />
      <Drawer title={shown?.name} open={Boolean(shown)} onClose={() => setShown(null)} size={760} destroyOnHidden>
        {shown && <VolunteerHistory volunteerId={shown.id} />}
      </Drawer>
    </>
  );
}
